// The built `_headers` (copied from public/_headers) names the service's origin when the site has
// one (SERVICE_URL): hosts that send it as a header would otherwise block the forms that post to
// the service and the search page's signal, even though the pages' <meta> policy allows them.
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serviceUrl } from '../lib/build-env.ts';
import { withServiceHeaders } from '../lib/headers-file.ts';

/** The Astro integration that adds the service's origin to the built `_headers`. */
export default function hostHeaders(): AstroIntegration {
  return {
    name: 'mkb010-host-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const file = fileURLToPath(new URL('_headers', dir));
        const service = serviceUrl();
        if (!service || !existsSync(file)) return;
        await writeFile(file, withServiceHeaders(await readFile(file, 'utf8'), service));
      },
    },
  };
}

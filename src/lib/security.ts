// The site's Content-Security-Policy, written once in public/_headers (served as a header by hosts
// that read that file) and repeated here as the <meta http-equiv> every page carries, for hosts
// such as GitHub Pages that send no custom headers.
import headers from '../../public/_headers?raw';
import { formatPolicy, sitePolicy } from './headers-file.ts';

/** Directives a browser ignores in a <meta> policy (and warns about). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The policy of the `/*` block of a `_headers` file, without header-only directives. */
export function metaPolicy(headersFile: string): string {
  const directives = sitePolicy(headersFile);
  for (const name of HEADER_ONLY) directives.delete(name);
  return formatPolicy(directives);
}

/** The Content-Security-Policy for the <meta http-equiv> of every page. */
export const CONTENT_SECURITY_POLICY = metaPolicy(headers);

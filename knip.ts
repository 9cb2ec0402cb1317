// knip (part of `npm run lint`): every workspace declares what it imports and imports what it
// declares, and no file or export is left that nothing uses. Entry points are the real ones: the
// routes the site injects (read from the route table itself), the configs, scripts and tests the
// plugins find (Astro, Vitest, Sanity, package.json scripts), and the generators people run by hand.
import type { KnipConfig } from 'knip';
import { ROUTE_TEMPLATES } from './src/integrations/routes.ts';

const config: KnipConfig = {
  // An export its own file uses is a choice of interface, not dead code; one nothing uses fails.
  ignoreExportsUsedInFile: true,
  // `@pending <who>` in an export's JSDoc: landed ahead of the code that will use it. Remove the tag
  // with that code; `grep -rn @pending` lists what is still waiting.
  tags: ['-pending'],
  // tools/certificate.ts makes the stand-in's throw-away TLS certificate with the system's openssl.
  ignoreBinaries: ['openssl'],
  // Stylesheets import packages too (`@import "tailwindcss"`); knip reads JavaScript only.
  compilers: {
    css: (text: string) =>
      [...text.matchAll(/@(?:import|plugin|reference)\s+["']([^"']+)["']/g)].map(([, name]) => `import '${name}';`).join('\n'),
  },
  workspaces: {
    '.': {
      entry: [
        // Every template src/integrations/routes.ts injects; Astro finds them only through that table.
        ...new Set(ROUTE_TEMPLATES.map((t) => t.entrypoint.replace(/^\.\//, ''))),
        // The bare Astro project the benchmark builds as its floor (bench/run.ts builds it by path).
        'bench/baseline/astro.config.mjs',
        'bench/baseline/src/pages/*.astro',
        // Fixture generators, run by hand when a fixture changes (named in their first comment).
        'tests/fixtures/*/make-*.mjs',
      ],
      project: ['**/*.{ts,tsx,mjs,astro,css}'],
    },
    // The shared packages: an export no workspace imports is dead, also in their entry files.
    model: {
      includeEntryExports: true,
      // The form contract of issue 22: the service reads these, the site's forms (helper 8) will too.
      ignoreIssues: { 'src/forms.ts': ['exports'] },
    },
    content: {
      includeEntryExports: true,
      // Written by `npm run typegen`: every schema type, whether or not a query returns it.
      ignoreIssues: { 'src/sanity.types.ts': ['exports', 'types'] },
    },
    studio: {
      entry: [
        // build.ts (`npm run seed`) imports every module of seed/src/ by reading the folder.
        'seed/src/*.ts',
      ],
    },
  },
};

export default config;

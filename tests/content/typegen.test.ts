// The committed generated files (studio/schema.json, content/src/sanity.types.ts) are what
// `npm run typegen` makes from the Studio schema and the site's queries today, so a schema or query
// change without regenerating fails here instead of leaving the site's types silently stale.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const NODE = path.join(ROOT, 'node_modules/.bin/node');
const STUDIO = path.join(ROOT, 'studio');
const COMMITTED_SCHEMA = path.join(STUDIO, 'schema.json');
const COMMITTED_TYPES = path.join(ROOT, 'content/src/sanity.types.ts');

// Typegen takes its output path from studio/sanity.cli.ts only (`--config-path` is ignored when that
// config has `typegen`), so it runs on a copy of that config that writes here instead. The folder is
// a sibling of studio/ so the config's relative paths, and the `// Source:` comments they produce in
// the generated file, stay the same.
let out = '';

/** Runs the Studio's `sanity` binary with Node 24 in `cwd`, without telemetry. */
function sanity(cwd: string, ...args: string[]) {
  // The studio workspace's dependencies are hoisted; resolve the binary the way npm scripts do.
  const local = path.join(STUDIO, 'node_modules/.bin/sanity');
  const bin = existsSync(local) ? local : path.join(ROOT, 'node_modules/.bin/sanity');
  const result = spawnSync(NODE, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, DO_NOT_TRACK: '1', NO_COLOR: '1', FORCE_COLOR: '0', CI: '1' },
    timeout: 240_000,
  });
  return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Says where two texts first differ, and what to do about it. */
function staleMessage(committed: string, fresh: string, file: string): string {
  const a = committed.split('\n');
  const b = fresh.split('\n');
  const line = a.findIndex((l, i) => l !== b[i]);
  const at = line === -1 ? Math.min(a.length, b.length) : line;
  return (
    `${file} is out of date with the Studio schema and the site's queries. Run \`npm run typegen\` and commit the result.\n` +
    `First difference at line ${at + 1}:\n  committed: ${a[at] ?? '(end of file)'}\n  fresh:     ${b[at] ?? '(end of file)'}`
  );
}

beforeAll(() => {
  out = mkdtempSync(path.join(ROOT, '.typegen-check-'));
  writeFileSync(
    path.join(out, 'sanity.cli.ts'),
    `import config from '../studio/sanity.cli';\n` +
      `export default { ...config, typegen: { ...config.typegen, schema: './schema.json', generates: './sanity.types.ts' } };\n`,
  );
  // `--path` is taken relative to the studio folder, even when absolute.
  const extract = sanity(STUDIO, 'schemas', 'extract', '--path', path.relative(STUDIO, path.join(out, 'schema.json')));
  expect(extract.code, `sanity schemas extract failed:\n${extract.output}`).toBe(0);
  const typegen = sanity(out, 'typegen', 'generate');
  expect(typegen.code, `sanity typegen generate failed:\n${typegen.output}`).toBe(0);
}, 300_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

test('studio/schema.json is the schema `sanity schemas extract` makes from the Studio today', () => {
  const committed = readFileSync(COMMITTED_SCHEMA, 'utf8');
  const fresh = readFileSync(path.join(out, 'schema.json'), 'utf8');
  expect(committed === fresh, staleMessage(committed, fresh, 'studio/schema.json')).toBe(true);
});

test('content/src/sanity.types.ts is what `sanity typegen generate` makes from that schema and the queries', () => {
  const committed = readFileSync(COMMITTED_TYPES, 'utf8');
  const fresh = readFileSync(path.join(out, 'sanity.types.ts'), 'utf8');
  // A sanity check on the setup: the fresh file really covers the site's nine queries.
  expect(fresh.match(/^export type \w+QueryResult = /gm)).toHaveLength(9);
  expect(committed === fresh, staleMessage(committed, fresh, 'content/src/sanity.types.ts')).toBe(true);
});

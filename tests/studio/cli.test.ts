// The Sanity CLI accepts the schema, under the project's Node 24, offline.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from './harness';

const NODE = path.join(ROOT, 'node_modules/.bin/node');
const STUDIO = path.join(ROOT, 'studio');

/** Runs the Studio's `sanity` binary with Node 24 in studio/, without telemetry. */
function sanity(...args: string[]) {
  // The studio workspace's dependencies are hoisted; resolve the binary the way npm scripts do.
  const local = path.join(STUDIO, 'node_modules/.bin/sanity');
  const bin = existsSync(local) ? local : path.join(ROOT, 'node_modules/.bin/sanity');
  const result = spawnSync(NODE, [bin, ...args], {
    cwd: STUDIO,
    encoding: 'utf8',
    env: { ...process.env, DO_NOT_TRACK: '1', NO_COLOR: '1', FORCE_COLOR: '0', CI: '1' },
    timeout: 240_000,
  });
  return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
}

test('the CLI runs under the project Node 24', () => {
  const result = spawnSync(NODE, ['--version'], { encoding: 'utf8' });
  expect(result.stdout.trim()).toMatch(/^v24\./);
});

test('`sanity schemas validate` passes with no errors and no warnings', () => {
  const { code, output } = sanity('schemas', 'validate');
  expect(output).toMatch(/Errors:\s+0 errors/);
  expect(output).toMatch(/Warnings:\s+0 warnings/);
  expect(code, output).toBe(0);
}, 240_000);

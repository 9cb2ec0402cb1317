// Builds the site in a child process, the way a user runs it, into a folder of the test's own.
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SEED_FILE = path.join(ROOT, 'studio/seed/data.ndjson');
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');

export interface BuildResult {
  /** Exit code of `astro build`. */
  code: number;
  /** stdout and stderr, interleaved. */
  output: string;
  /** The folder the site was built into. */
  outDir: string;
  /** The folder build artefacts outside dist (content report, schedule) were written to. */
  reportDir: string;
}

export interface BuildOptions {
  env?: Record<string, string | undefined>;
  /** Build into this folder instead of a new temporary one. */
  outDir?: string;
  /** Build reports go here instead of a new temporary folder. */
  reportDir?: string;
  /** Another Astro config file (e.g. astro.config.preview.mjs), relative to the project root. */
  config?: string;
}

/** Astro's lost rename of its shared `.astro/content-*.mjs.tmp` file (see buildSite). */
const SHARED_TMP_RACE = /ENOENT: no such file or directory, rename '[^']*[\\/]\.astro[\\/]content-(?:assets|modules)\.mjs\.tmp'/;

/** Runs `astro build` with the given environment; resolves whatever the exit code. */
export async function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  const work = await mkdtemp(path.join(tmpdir(), 'mkb-build-'));
  const outDir = options.outDir ?? path.join(work, 'dist');
  const reportDir = options.reportDir ?? path.join(work, 'reports');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_CACHE_DIR: path.join(work, 'cache'),
    REPORT_DIR: reportDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...options.env,
  };
  // Vitest mirrors import.meta.env into process.env (BASE_URL=/); Astro would read that variable as
  // the build's own BASE_URL and every withBase() link would ignore SITE_URL's path.
  delete env.BASE_URL;
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  const run = () =>
    new Promise<BuildResult>((resolve, reject) => {
      const config = options.config ? ['--config', options.config] : [];
      const child = spawn(process.execPath, [ASTRO, 'build', ...config, '--outDir', outDir], { cwd: ROOT, env });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code: code ?? 1, output, outDir, reportDir }));
    });
  let result = await run();
  // Astro writes `<root>/.astro/content-assets.mjs` (and content-modules.mjs) through one fixed
  // `.tmp` name, so two builds syncing content at the same instant can lose that rename (ENOENT).
  // Only that race is retried; every other failure is the test's to see.
  for (let attempt = 1; attempt <= 2 && result.code !== 0 && SHARED_TMP_RACE.test(result.output); attempt++) {
    result = await run();
  }
  return result;
}

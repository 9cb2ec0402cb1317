// Shared by the publishing tests: the fixture, reading every file of a built site (gzip-compressed
// search index files unpacked, so "appears anywhere in dist" includes the search index), and
// running the npm scripts the way a user or the workflow runs them.
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ROOT } from '../helpers/build.ts';

export const SITE_FIXTURE = path.join(ROOT, 'tests/fixtures/publishing/site.ndjson');
export const REPORT_FIXTURE = path.join(ROOT, 'tests/fixtures/publishing/report.ndjson');

/** The fixture campaign's window (make-fixtures.mjs). */
export const CAMPAIGN_FROM = '2026-03-02T08:00:00.000Z';
export const CAMPAIGN_UNTIL = '2026-03-16T08:00:00.000Z';

/** Environment for a build from a fixture file, whatever the caller's shell has set. */
export function fileEnv(file: string, now: string, extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    CONTENT_FILE: file,
    SITE_NOW: now,
    SANITY_PROJECT_ID: undefined,
    SANITY_API_READ_TOKEN: undefined,
    CONTENT_PERSPECTIVE: undefined,
    CONTENT_STRICT: undefined,
    ...extra,
  };
}

export interface SiteFile {
  /** Path relative to the site root, with forward slashes. */
  path: string;
  /** Contents as text (gzip files unpacked). */
  text: string;
}

/** Every file of a built site as text. */
export async function readSite(dir: string): Promise<SiteFile[]> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((d) => d.isFile());
  return Promise.all(
    names.map(async (d) => {
      const full = path.join(d.parentPath, d.name);
      let bytes = await readFile(full);
      if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
      return { path: path.relative(dir, full).split(path.sep).join('/'), text: bytes.toString('utf8') };
    }),
  );
}

/** The files whose text contains `needle`. */
export function filesContaining(files: SiteFile[], needle: string): string[] {
  return files.filter((f) => f.text.includes(needle)).map((f) => f.path);
}

export interface ScriptResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run -s <script> [-- args]` in the project with the given environment. */
export function runScript(script: string, env: Record<string, string | undefined>, args: string[] = []): Promise<ScriptResult> {
  const full: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const [k, v] of Object.entries(full)) if (v === undefined) delete full[k];
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '-s', script, ...(args.length ? ['--', ...args] : [])], { cwd: ROOT, env: full });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

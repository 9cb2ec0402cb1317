// Runs the built live preview server (scripts/preview-server.ts) in a child process on a free
// loopback port, and keeps every answer it gives, so tests can check all of them at the end.
import { spawn, type ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { ROOT } from './build.ts';
import { freePort } from '../../tools/free-port.ts';

/** One answer of the server, as the browser would get it. */
export interface Answer {
  method: string;
  path: string;
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface PreviewServer {
  url: string;
  /** Every answer received so far. */
  answers: Answer[];
  /** Everything the server printed (stdout and stderr). */
  output(): string;
  /** GETs a path; `auth` is "user:password", or false to send none. */
  get(pathname: string, auth?: string | false): Promise<Answer>;
  /** Sends `method` to `target` exactly as written (fetch would resolve `%2e%2e` and refuses TRACE). */
  request(method: string, target: string, auth?: string | false): Promise<Answer>;
  close(): Promise<void>;
}

/** Starts the preview server built into `dir`, with `auth` as the credentials get() sends by default. */
export async function startPreviewServer(options: {
  dir: string;
  env: Record<string, string | undefined>;
  auth?: string;
}): Promise<PreviewServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', ASTRO_TELEMETRY_DISABLED: '1', ...options.env, PORT: String(port) };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'scripts/preview-server.ts'), options.dir], { cwd: ROOT, env });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const answers: Answer[] = [];

  const request = (method: string, target: string, auth: string | false | undefined = options.auth): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const headers: Record<string, string> = auth ? { authorization: `Basic ${Buffer.from(auth).toString('base64')}` } : {};
      const req = httpRequest({ host: '127.0.0.1', port, method, path: target, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const flat: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) flat[k] = Array.isArray(v) ? v.join(', ') : v;
          const answer = { method, path: target, status: res.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks).toString('utf8') };
          answers.push(answer);
          resolve(answer);
        });
      });
      req.on('error', reject);
      req.end();
    });
  const get = (pathname: string, auth?: string | false) => request('GET', pathname, auth);

  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`The preview server stopped (exit ${child.exitCode}):\n${output}`);
    const up = await fetch(`${url}/`, { method: 'HEAD' }).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (i > 600) throw new Error(`The preview server did not answer within 60 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    answers,
    output: () => output,
    get,
    request,
    close: async () => {
      if (child.exitCode === null) child.kill();
      await exited;
    },
  };
}

/** Asks `get` again until `done` holds for its answer or `ms` have passed; returns the last answer. */
export async function until(get: () => Promise<Answer>, done: (a: Answer) => boolean, ms: number): Promise<Answer> {
  const deadline = Date.now() + ms;
  for (;;) {
    const answer = await get();
    if (done(answer) || Date.now() > deadline) return answer;
    await new Promise((r) => setTimeout(r, 100));
  }
}

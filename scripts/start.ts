// `npm start`: the whole site on your own machine, forms included. Starts the service (embedded
// PGlite under service/.data, mails written as .eml files unless SMTP_URL is set), builds the site
// with SERVICE_URL pointing at it, and serves the build. Ctrl+C stops both.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const SITE_PORT = process.env.PORT?.trim() || '4321';
const SITE_URL = process.env.SITE_URL?.trim() || `http://localhost:${SITE_PORT}`;
const SERVICE_PORT = process.env.SERVICE_PORT?.trim() || '4330';
const SERVICE_URL = process.env.SERVICE_URL?.trim() || `http://127.0.0.1:${SERVICE_PORT}`;

const children: ChildProcess[] = [];

/** Runs `args` with Node 24 (this process's Node) and the given extra environment. */
function run(args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return child;
}

/** Stops everything this command started. */
function stop(code: number): never {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

async function main(): Promise<void> {
  const service = run([path.join(ROOT, 'service/src/main.ts')], { SITE_URL, SERVICE_PORT, SERVICE_URL });
  await new Promise<void>((resolve, reject) => {
    service.stdout!.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      if (/Service listening on/.test(chunk.toString())) resolve();
    });
    service.once('exit', (code) => reject(new Error(`the service stopped (exit code ${code}) before it listened; see its message above.`)));
  });
  const astro = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
  const build = run([astro, 'build'], { SITE_URL, SERVICE_URL });
  build.stdout!.pipe(process.stdout);
  const built = await new Promise<number>((resolve) => build.once('exit', (code) => resolve(code ?? 1)));
  if (built !== 0) throw new Error('the site did not build; see the messages above.');
  const preview = run([astro, 'preview', '--port', SITE_PORT, '--host', '127.0.0.1'], { SITE_URL, SERVICE_URL });
  let told = false;
  preview.stdout!.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (told || !/Local/.test(chunk.toString())) return;
    told = true;
    console.log(`\nThe site is at ${SITE_URL}/ and its forms post to the service at ${SERVICE_URL}. Ctrl+C stops both.`);
  });
  preview.once('exit', (code) => stop(code ?? 0));
  service.once('exit', (code) => stop(code ?? 1));
}

main().catch((error: Error) => {
  console.error(`npm start: ${error.message}`);
  stop(1);
});

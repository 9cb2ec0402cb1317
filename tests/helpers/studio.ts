// The built Studio against the local stand-in for Sanity's API (tools/sanity-server.ts with the seed
// dataset), for tests in Chromium: no Sanity account, no network. The stand-in speaks HTTP/2 over TLS
// with a throw-away certificate, as Sanity's API does, so the Studio's many listeners share one
// connection; Chromium resolves Sanity's `<projectId>.localhost` project host to loopback.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { selfSignedCertificate } from '../../tools/certificate.ts';
import { type SanityServer, type StudioUserAnswer, startSanityServer } from '../../tools/sanity-server.ts';
import { type StaticServer, serveDir } from '../../tools/serve.ts';
import { ROOT, SEED_FILE } from './build.ts';

const STUDIO = path.join(ROOT, 'studio');

/** `sanity build` of studio/ into `dir`, talking to `apiHost`; `env` adds build variables (SANITY_STUDIO_…). */
export function buildStudio(dir: string, apiHost: string, env: Record<string, string> = {}): void {
  const local = path.join(STUDIO, 'node_modules/.bin/sanity');
  const bin = existsSync(local) ? local : path.join(ROOT, 'node_modules/.bin/sanity');
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/node'), [bin, 'build', dir, '--yes'], {
    cwd: STUDIO,
    encoding: 'utf8',
    // NODE_ENV: vitest sets `test`, which would give a Studio bundle other than the one editors get.
    env: {
      ...process.env,
      NODE_ENV: 'production',
      SANITY_STUDIO_API_HOST: apiHost,
      DO_NOT_TRACK: '1',
      NO_COLOR: '1',
      CI: '1',
      ...env,
    },
    timeout: 240_000,
  });
  if (result.status !== 0) throw new Error(`sanity build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
}

/** A built Studio served over HTTP, and the stand-in API it talks to. */
export interface BuiltStudio {
  api: SanityServer;
  studio: StaticServer;
  /** Stops both servers and removes the build. */
  close(): Promise<void>;
}

/** Starts the stand-in with the seed dataset (HTTP/2, TLS) for `user`, builds the Studio against it and serves it. */
export async function startBuiltStudio(user: StudioUserAnswer): Promise<BuiltStudio> {
  const api = await startSanityServer({ file: SEED_FILE, studio: { user }, host: 'localhost', tls: selfSignedCertificate() });
  const outDir = await mkdtemp(path.join(tmpdir(), 'mkb-studio-'));
  try {
    buildStudio(outDir, api.url);
    const studio = await serveDir(outDir, { spa: true });
    return {
      api,
      studio,
      async close() {
        await studio.close();
        await api.close();
        await rm(outDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await api.close();
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }
}

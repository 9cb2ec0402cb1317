// Global setup of the site and browser tiers: the one builder of the run's shared sites (the seed
// site, the draft preview site). A test asks for one (seedSite(), draftSite()) by leaving a
// `<name>.wanted` file in the shared folder; this setup builds each asked-for site once and writes
// its result beside it. So a run builds only what its tests use, and other tests run meanwhile.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startSanityServer } from '../../tools/sanity-server.ts';
import { buildSite } from '../helpers/build.ts';
import { DRAFT_FIXTURE, DRAFT_NOW, DRAFT_TOKEN, type DraftSite } from './draft-site.ts';
import { type SeedSite, seedNow } from './seed-site.ts';

interface Shared {
  dir: Promise<string>;
  builds: Map<string, Promise<void>>;
  tiers: number;
  watch?: NodeJS.Timeout;
}

// One state for every tier's global setup in this process.
const KEY = Symbol.for('mkb010.siteBuilds');
const holder = globalThis as Record<symbol, Shared | undefined>;
holder[KEY] ??= { dir: mkdtemp(path.join(tmpdir(), 'mkb-site-builds-')), builds: new Map(), tiers: 0 };
const state = holder[KEY];

/** Starts a named build once; its result or error lands in the shared folder. */
function start(name: string, make: (dir: string) => Promise<unknown>): void {
  if (state.builds.has(name)) return;
  const done = state.dir.then(async (dir) => {
    const started = Date.now();
    try {
      const result = await make(path.join(dir, name));
      await writeFile(path.join(dir, `${name}.json`), JSON.stringify(result));
      console.log(`Shared ${name} site built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    } catch (error) {
      await writeFile(path.join(dir, `${name}.failed`), error instanceof Error ? error.message : String(error));
    }
  });
  state.builds.set(name, done);
}

async function seed(dir: string): Promise<SeedSite> {
  const { anchor, now } = await seedNow();
  const result = await buildSite({
    outDir: path.join(dir, 'dist'),
    reportDir: path.join(dir, 'reports'),
    env: { SITE_NOW: now, CONTENT_FILE: undefined, SANITY_PROJECT_ID: undefined },
  });
  if (result.code !== 0) throw new Error(`Building the seed site failed (exit ${result.code}):\n${result.output.slice(-4000)}`);
  return { outDir: result.outDir, reportDir: result.reportDir, now, anchor, output: result.output };
}

async function drafts(dir: string): Promise<DraftSite> {
  const server = await startSanityServer({ file: DRAFT_FIXTURE });
  try {
    const result = await buildSite({
      outDir: path.join(dir, 'dist'),
      reportDir: path.join(dir, 'reports'),
      env: {
        SITE_NOW: DRAFT_NOW,
        CONTENT_FILE: undefined,
        CONTENT_STRICT: undefined,
        CONTENT_PERSPECTIVE: 'drafts',
        SANITY_PROJECT_ID: 'mkbpreview',
        SANITY_DATASET: 'production',
        SANITY_API_HOST: server.url,
        SANITY_IMAGE_HOST: server.url,
        SANITY_API_READ_TOKEN: DRAFT_TOKEN,
      },
    });
    if (result.code !== 0) throw new Error(`The draft preview build failed (exit ${result.code}):\n${result.output.slice(-4000)}`);
    const requests = server.requests.map(({ perspective, status }) => ({ perspective, status }));
    return { outDir: result.outDir, reportDir: result.reportDir, output: result.output, requests };
  } finally {
    await server.close();
  }
}

/** The shared sites, by the name tests ask for. */
const SITES: Record<string, (dir: string) => Promise<unknown>> = { seed, drafts };

/** Starts every site a test has asked for and is not started yet. */
async function startWanted(dir: string): Promise<void> {
  for (const file of await readdir(dir)) {
    const name = file.endsWith('.wanted') ? file.slice(0, -'.wanted'.length) : undefined;
    if (!name) continue;
    const make = SITES[name];
    if (make) start(name, make);
    else await writeFile(path.join(dir, `${name}.failed`), `No shared site "${name}"; known: ${Object.keys(SITES).join(', ')}.`);
  }
}

export default async function setup(project: TestProject) {
  const dir = await state.dir;
  project.provide('siteBuildsDir', dir);
  state.tiers++;
  state.watch ??= setInterval(() => void startWanted(dir), 200);
  return async () => {
    // The last tier to finish stops watching and removes the builds, after they have settled.
    if (--state.tiers > 0) return;
    clearInterval(state.watch);
    await Promise.all(state.builds.values());
    await rm(dir, { recursive: true, force: true });
  };
}

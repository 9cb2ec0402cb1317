// Draft previews (CONTENT_PERSPECTIVE=drafts): from a dataset file and from the Content Lake's query
// API (a local stand-in) with a read token. Drafts shown, banner and noindex on every page, the
// scheduled campaign visible with its start, and the token nowhere in the built site.
import path from 'node:path';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build.ts';
import { startSanityServer, type SanityServer } from '../../tools/sanity-server.ts';
import { fileEnv, filesContaining, readSite, SITE_FIXTURE, type SiteFile } from './helpers.ts';

const BUILD_TIMEOUT = 600_000;
/** Before the campaign starts: it is scheduled, so only a preview shows it. */
const NOW = '2026-03-01T12:00:00.000Z';
/** Recognisable, so a leak anywhere in dist is found by a plain search. */
const TOKEN = 'skPreviewFAKE7c1e0b5d9a3f4e2b8c6d0a1f3e5b7c9d';

let server: SanityServer;
let fromFile: { result: BuildResult; files: SiteFile[] };
let fromLake: { result: BuildResult; files: SiteFile[] };

beforeAll(async () => {
  server = await startSanityServer({ file: SITE_FIXTURE });
  const lakeEnv = {
    ...fileEnv(SITE_FIXTURE, NOW),
    CONTENT_FILE: undefined,
    CONTENT_PERSPECTIVE: 'drafts',
    SANITY_PROJECT_ID: 'mkbpreview',
    SANITY_DATASET: 'production',
    SANITY_API_HOST: server.url,
    SANITY_IMAGE_HOST: server.url,
    SANITY_API_READ_TOKEN: TOKEN,
  };
  const [file, lake] = await Promise.all([
    buildSite({ env: fileEnv(SITE_FIXTURE, NOW, { CONTENT_PERSPECTIVE: 'drafts' }) }),
    buildSite({ env: lakeEnv }),
  ]);
  for (const r of [file, lake]) if (r.code !== 0) throw new Error(`A preview build failed:\n${r.output.slice(-3000)}`);
  fromFile = { result: file, files: await readSite(file.outDir) };
  fromLake = { result: lake, files: await readSite(lake.outDir) };
}, BUILD_TIMEOUT);

afterAll(async () => {
  await server?.close();
  for (const b of [fromFile, fromLake]) if (b) await rm(path.dirname(b.result.outDir), { recursive: true, force: true });
});

const html = (files: SiteFile[]) => files.filter((f) => f.path.endsWith('.html'));
const page = (files: SiteFile[], p: string) => files.find((f) => f.path === p)?.text ?? '';

describe.each([
  ['a dataset file', () => fromFile],
  ['the Content Lake with a read token', () => fromLake],
])('a preview build from %s', (_label, build) => {
  test('every page has the "Voorbeeld / Preview" banner and noindex', () => {
    const pages = html(build().files);
    expect(pages.length).toBeGreaterThan(10);
    for (const f of pages) {
      expect(f.text, f.path).toContain('Voorbeeld / Preview');
      expect(f.text, f.path).toMatch(/<meta name="robots" content="noindex[^"]*"/);
    }
  });

  test('drafts are shown: a new draft guide and the draft version of a published one', () => {
    const { files } = build();
    expect(page(files, 'gidsen/warmtepomp-winkelpand/index.html')).toContain('Een warmtepomp voor je winkelpand');
    const edited = page(files, 'gidsen/restwarmte-benutten/index.html');
    expect(edited).toContain('Restwarmte slim benutten in je werkplaats');
    expect(edited).not.toContain('Restwarmte benutten in je bedrijf');
    expect(page(files, 'gidsen/index.html')).toContain('Een warmtepomp voor je winkelpand');
  });

  test('the scheduled campaign is visible with the moment it goes live', () => {
    const { files } = build();
    const nl = page(files, 'campagnes/lente-warme-werkplaatsen/index.html');
    expect(nl).toContain('Lenteactie Warme Werkplaatsen');
    expect(nl).toMatch(/Gepland vanaf\s*<time datetime="2026-03-02T09:00\+01:00">maandag 2 maart 2026, 09:00 uur<\/time>/);
    const en = page(files, 'en/campaigns/spring-warm-workshops/index.html');
    expect(en).toMatch(/Scheduled from\s*<time datetime="2026-03-02T09:00\+01:00">Monday 2 March 2026, 09:00<\/time>/);
  });
});

describe('the read token', () => {
  test('was needed: the preview asked the Content Lake for drafts', () => {
    expect(server.requests.filter((r) => r.status === 200).length).toBeGreaterThan(0);
    expect(server.requests.every((r) => r.perspective === 'drafts')).toBe(true);
  });

  test('appears in no file of the built site (search index unpacked)', () => {
    expect(fromLake.files.length).toBeGreaterThan(10);
    expect(filesContaining(fromLake.files, TOKEN)).toEqual([]);
    // Not even a part of it, in case something shortens or splits it.
    expect(filesContaining(fromLake.files, TOKEN.slice(0, 16))).toEqual([]);
  });

  test('is not in the build log or the reports either', async () => {
    expect(fromLake.result.output).not.toContain(TOKEN);
    const reports = await readSite(fromLake.result.reportDir);
    expect(reports.length).toBeGreaterThan(0);
    expect(filesContaining(reports, TOKEN)).toEqual([]);
  });
});

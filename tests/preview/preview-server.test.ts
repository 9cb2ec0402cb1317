// The live draft preview server (`npm run preview:server`), used the way an editor uses it: from a
// dataset file, then from the Content Lake (the local stand-in API, through the real @sanity/client).
// A draft-only guide is shown on its real page, a change to its title shows up without a restart,
// every answer is noindex with the preview banner, the read token (a canary) is never sent back,
// and a failing source gives a 503 page until it recovers by itself.
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RawDocument } from '@mkb010/content/source';
import { buildSite, ROOT, type BuildResult } from '../helpers/build.ts';
import { startPreviewServer, until, type Answer, type PreviewServer } from '../helpers/preview-server.ts';
import { startSanityServer, type SanityServer } from '../../tools/sanity-server.ts';
import { SITE_FIXTURE } from '../publishing/helpers.ts';

/** Before the fixture campaign starts, as in the preview build tests. */
const NOW = '2026-03-01T12:00:00.000Z';
/** A canary: if any part of the server sends or logs the token, a plain search finds it. */
const TOKEN = 'skCanaryPREVIEW9d1f3b5a7c2e4f6a8b0c1d3e5f7a9b2c4d';
const AUTH = 'redactie:warme-werkplaats-010';
const DRAFT_ID = 'drafts.guide-warmtepomp-winkel';
const DRAFT_PATH = '/gidsen/warmtepomp-winkelpand/';
const DRAFT_TITLE = 'Een warmtepomp voor je winkelpand';
/** Files of the build itself (public/ and Astro's bundles), the same for every visitor. */
const ASSET = /^\/(_astro\/|favicon\.svg$)/;
/** The promise: a draft change shows up on a request within 5 seconds. */
const SHOWS_WITHIN_MS = 5000;

let work: string;
let build: BuildResult;

beforeAll(async () => {
  // Inside the project, so the built server finds its packages in node_modules as it does when deployed.
  await mkdir(path.join(ROOT, '.tmp'), { recursive: true });
  work = await mkdtemp(path.join(ROOT, '.tmp', 'preview-server-'));
  build = await buildSite({
    config: 'astro.config.preview.mjs',
    outDir: path.join(work, 'server'),
    env: { CONTENT_FILE: SITE_FIXTURE, SITE_NOW: NOW },
  });
  if (build.code !== 0) throw new Error(`The preview server build failed:\n${build.output.slice(-3000)}`);
}, 600_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** A content source the server reads, and how a test changes it. */
interface Source {
  env: Record<string, string | undefined>;
  /** Applies an editor's change to the documents. */
  edit(change: (docs: RawDocument[]) => RawDocument[]): Promise<void>;
  /** Makes the source unreadable, and what the 503 page then says about it. */
  fail(): Promise<string>;
  recover(): Promise<void>;
  close(): Promise<void>;
}

const withTitle = (title: string | undefined) => (docs: RawDocument[]) =>
  docs.map((d) => (d._id === DRAFT_ID ? ({ ...d, title } as RawDocument) : d));

/** A copy of the fixture file the test may rewrite. */
async function fileSource(): Promise<Source> {
  const file = path.join(work, 'content.ndjson');
  await copyFile(SITE_FIXTURE, file);
  const original = await readFile(file, 'utf8');
  let text = original;
  const write = (t: string) => {
    text = t;
    return writeFile(file, t);
  };
  const docs = () =>
    text
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as RawDocument);
  return {
    env: { CONTENT_FILE: file, SANITY_PROJECT_ID: undefined, SANITY_API_READ_TOKEN: TOKEN },
    edit: async (change) =>
      write(
        `${change(docs())
          .map((d) => JSON.stringify(d))
          .join('\n')}\n`,
      ),
    fail: async () => {
      await write(`${text}{ this line is not JSON\n`);
      return 'not valid JSON';
    },
    recover: () => write(original),
    close: async () => {},
  };
}

/** The local stand-in for the Content Lake's query API, queried by the real @sanity/client. */
async function lakeSource(): Promise<Source> {
  const api: SanityServer = await startSanityServer({ file: SITE_FIXTURE });
  return {
    env: {
      CONTENT_FILE: undefined,
      SANITY_PROJECT_ID: 'mkbpreview',
      SANITY_DATASET: 'production',
      SANITY_API_HOST: api.url,
      SANITY_IMAGE_HOST: api.url,
      SANITY_API_READ_TOKEN: TOKEN,
    },
    edit: async (change) => api.update(change),
    fail: async () => {
      api.failAlways(500);
      return 'HTTP 500';
    },
    recover: async () => api.reset(),
    close: () => api.close(),
  };
}

/** Internal addresses a page links to or loads (pages, feeds, calendar files, images). */
function internalLinks(html: string): string[] {
  const found = [...html.matchAll(/(?:href|src)="(\/[^"#?]*)"/g)].map((m) => m[1]!);
  return found.filter((p) => !p.startsWith('//') && !p.startsWith('/_astro/'));
}

describe.each([
  ['a dataset file', fileSource],
  ['the Content Lake (local stand-in API)', lakeSource],
])('the preview server reading %s', (_label, open) => {
  let source: Source;
  let server: PreviewServer;

  beforeAll(async () => {
    source = await open();
    server = await startPreviewServer({ dir: build.outDir, env: { ...source.env, SITE_NOW: NOW, PREVIEW_BASIC_AUTH: AUTH }, auth: AUTH });
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await source?.close();
  });

  test('shows a draft-only guide on its real page', async () => {
    const page = await server.get(DRAFT_PATH);
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<h1`);
    expect(page.body).toContain(DRAFT_TITLE);
    expect((await server.get('/gidsen/')).body).toContain(DRAFT_TITLE);
    // Styled as on the public site: the stylesheet is a file (the pages' CSP allows no inline style).
    expect(page.body).not.toContain('<style');
    const css = /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"/.exec(page.body)?.[1];
    expect(css).toBeDefined();
    expect((await server.get(css!)).status).toBe(200);
  });

  test('asks for the password and shows nothing without it', async () => {
    for (const auth of [false, 'redactie:fout-wachtwoord', 'iemand:warme-werkplaats-010'] as const) {
      const answer = await server.get(DRAFT_PATH, auth);
      expect(answer.status).toBe(401);
      expect(answer.headers['www-authenticate']).toMatch(/^Basic /);
      expect(answer.body).not.toContain(DRAFT_TITLE);
    }
  });

  test('renders every page the home pages lead to (pages, feeds, calendar files)', async () => {
    const seen = new Set<string>();
    const queue = ['/', '/en/'];
    while (queue.length > 0 && seen.size < 300) {
      const next = queue.shift()!;
      if (seen.has(next)) continue;
      seen.add(next);
      const answer = await server.get(next);
      expect(answer.status, next).toBe(200);
      if (answer.headers['content-type']?.startsWith('text/html')) queue.push(...internalLinks(answer.body));
    }
    expect(seen).toContain(DRAFT_PATH);
    expect(seen.size).toBeGreaterThan(20);
    expect((await server.get('/robots.txt')).body).toMatch(/^Disallow: \/$/m);
  });

  test('answers an unknown page with the 404 page', async () => {
    const answer = await server.get('/gidsen/bestaat-niet/');
    expect(answer.status).toBe(404);
    expect(answer.body).toContain('Deze pagina bestaat niet (meer).');
  });

  test(`shows a change to the draft's title within ${SHOWS_WITHIN_MS / 1000} seconds, without a restart`, async () => {
    const title = 'Een warmtepomp voor je winkel in Delfshaven';
    await source.edit(withTitle(title));
    const page = await until(
      () => server.get(DRAFT_PATH),
      (a) => a.body.includes(title),
      SHOWS_WITHIN_MS,
    );
    expect(page.body).toContain(title);
    expect(page.body).not.toContain(`${DRAFT_TITLE}<`);
  });

  test('leaves out and reports a draft that breaks a rule; the rest still renders', async () => {
    await source.edit(withTitle(undefined));
    const gone = await until(
      () => server.get(DRAFT_PATH),
      (a) => a.status === 404,
      SHOWS_WITHIN_MS,
    );
    expect(gone.status).toBe(404);
    // The report names the document as the drafts perspective does: by its published id.
    expect(server.output()).toContain(`invalid guide "${DRAFT_ID.replace('drafts.', '')}", field title`);
    expect((await server.get('/gidsen/')).status).toBe(200);
    await source.edit(withTitle(DRAFT_TITLE));
    expect(
      (
        await until(
          () => server.get(DRAFT_PATH),
          (a) => a.status === 200,
          SHOWS_WITHIN_MS,
        )
      ).body,
    ).toContain(DRAFT_TITLE);
  });

  test('answers 503 with a clear message while the source fails, then recovers by itself', async () => {
    const reason = await source.fail();
    const down = await until(
      () => server.get(DRAFT_PATH),
      (a) => a.status === 503,
      SHOWS_WITHIN_MS + 5000,
    );
    expect(down.status).toBe(503);
    expect(down.headers['retry-after']).toBeTruthy();
    expect(down.body).toContain('Het voorbeeld is tijdelijk niet beschikbaar');
    expect(down.body).toContain(reason);
    await source.recover();
    const up = await until(
      () => server.get(DRAFT_PATH),
      (a) => a.status === 200,
      SHOWS_WITHIN_MS + 5000,
    );
    expect(up.body).toContain(DRAFT_TITLE);
  });

  test('marks every answer noindex; every page has the noindex meta and the preview banner', () => {
    const pages = server.answers.filter((a: Answer) => a.headers['content-type']?.startsWith('text/html'));
    expect(pages.length).toBeGreaterThan(20);
    expect(pages.some((a) => a.status === 503) && pages.some((a) => a.status === 404)).toBe(true);
    // Build assets (stylesheets, the favicon) are files served before the middleware; no content.
    for (const a of server.answers.filter((x) => !ASSET.test(x.path))) expect(a.headers['x-robots-tag'], a.path).toMatch(/noindex/);
    for (const a of pages) {
      expect(a.body, a.path).toMatch(/<meta name="robots" content="noindex/);
      expect(a.body, a.path).toContain('Voorbeeld / Preview');
    }
  });

  test('never sends or logs the read token', () => {
    expect(server.answers.length).toBeGreaterThan(20);
    for (const a of server.answers) {
      expect(a.body, a.path).not.toContain(TOKEN.slice(0, 16));
      expect(JSON.stringify(a.headers), a.path).not.toContain(TOKEN.slice(0, 16));
    }
    expect(server.output()).not.toContain(TOKEN.slice(0, 16));
  });
});

describe('the preview server refuses to start with settings that would expose or hide drafts', () => {
  test.each([
    ['a basic-auth setting without a password', { PREVIEW_BASIC_AUTH: 'redactie' }, /PREVIEW_BASIC_AUTH must be "user:password"/],
    [
      'a Content Lake without a read token',
      { SANITY_PROJECT_ID: 'mkbpreview', SANITY_API_READ_TOKEN: undefined },
      /SANITY_API_READ_TOKEN is not/,
    ],
    [
      'a cache longer than the 5 seconds editors are promised',
      { PREVIEW_CACHE_MS: '60000' },
      /PREVIEW_CACHE_MS="60000" must be a whole number of milliseconds from 0 to 5000/,
    ],
  ])('%s', async (_label, env, message) => {
    const start = startPreviewServer({ dir: build.outDir, env: { CONTENT_FILE: SITE_FIXTURE, SANITY_PROJECT_ID: undefined, ...env } });
    await expect(start).rejects.toThrow(message);
    await expect(start).rejects.toThrow(/stopped \(exit 1\)/);
  });
});

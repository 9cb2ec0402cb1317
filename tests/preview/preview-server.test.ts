// The live draft preview server (`npm run preview:server`), used the way an editor uses it: from a
// dataset file, then from the Content Lake (the local stand-in API, through the real @sanity/client).
// A draft-only guide is shown on its real page, a change to its title shows up without a restart,
// every answer is noindex with the preview banner, the read token (a canary) is never sent back,
// and a failing source gives a 503 page until it recovers by itself. No path, encoding or method
// reaches a draft without the password, every answer carries the preview's security headers, and
// every image the pages show is served at the address they use.
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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
/** The Studio allowed to show the preview in its Voorbeeld tool (a frame). */
const STUDIO = 'https://studio.mkb010next.example';
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
  await cp(path.join(path.dirname(SITE_FIXTURE), 'images'), path.join(work, 'images'), { recursive: true });
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

/** Internal addresses a page links to or loads (pages, feeds, calendar files, images and every srcset candidate). */
function internalLinks(html: string): string[] {
  const found = [...html.matchAll(/(?:href|src)="(\/[^"#?]*)"/g)].map((m) => m[1]!);
  for (const [, srcset] of html.matchAll(/srcset="([^"]*)"/g)) found.push(...srcset!.split(',').map((c) => c.trim().split(/\s+/)[0]!));
  return found.filter((p) => p.startsWith('/') && !p.startsWith('//') && !p.startsWith('/_astro/'));
}

/** Ways of writing the draft's address that a server might resolve to it (encoded dots, double slashes, …). */
const DISGUISED_DRAFT_PATHS = [
  DRAFT_PATH,
  `//${DRAFT_PATH.slice(1)}`,
  DRAFT_PATH.replace('/gidsen/', '/gidsen//'),
  `/gidsen/%2e%2e${DRAFT_PATH}`,
  `/gidsen/%2E%2E/${DRAFT_PATH.slice(1)}`,
  `/_astro/%2e%2e${DRAFT_PATH}`,
  `/_astro/..${DRAFT_PATH}`,
  `/favicon.svg/%2e%2e${DRAFT_PATH}`,
  `/.${DRAFT_PATH}`,
  DRAFT_PATH.replace('/gidsen/', '/gidsen%2f'),
  DRAFT_PATH.replace('/gidsen/', '/%67idsen/'),
  DRAFT_PATH.replace(/\/$/, ''),
  `${DRAFT_PATH}?x=1`,
  `${DRAFT_PATH}index.html`,
];

/** The headers the issue asks of every answer, whatever produced it. */
function expectSecurityHeaders(answer: Answer) {
  expect(answer.headers['referrer-policy'], answer.path).toBe('no-referrer');
  expect(answer.headers['x-content-type-options'], answer.path).toBe('nosniff');
  const csp = answer.headers['content-security-policy'] ?? '';
  expect(csp, answer.path).toMatch(/^default-src 'self';/);
  expect(csp, answer.path).toContain(`frame-ancestors ${STUDIO}`);
  // X-Frame-Options cannot name the Studio; frame-ancestors does.
  expect(answer.headers['x-frame-options'], answer.path).toBeUndefined();
}

describe.each([
  ['a dataset file', fileSource],
  ['the Content Lake (local stand-in API)', lakeSource],
])('the preview server reading %s', (_label, open) => {
  let source: Source;
  let server: PreviewServer;

  beforeAll(async () => {
    source = await open();
    server = await startPreviewServer({
      dir: build.outDir,
      env: { ...source.env, SITE_NOW: NOW, PREVIEW_BASIC_AUTH: AUTH, PREVIEW_STUDIO_ORIGIN: STUDIO },
      auth: AUTH,
    });
  }, 120_000);

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

  test('renders every page the home pages lead to (pages, feeds, calendar files) and every image on them', async () => {
    const seen = new Set<string>();
    const queue = ['/', '/en/'];
    const images: Answer[] = [];
    while (queue.length > 0 && seen.size < 300) {
      const next = queue.shift()!;
      if (seen.has(next)) continue;
      seen.add(next);
      const answer = await server.get(next);
      expect(answer.status, next).toBe(200);
      if (answer.headers['content-type']?.startsWith('text/html')) queue.push(...internalLinks(answer.body));
      if (next.startsWith('/media/')) images.push(answer);
    }
    expect(seen).toContain(DRAFT_PATH);
    expect(seen.size).toBeGreaterThan(20);
    // The partner's logo, the draft guide's and the event's image, each in several widths.
    expect(images.length).toBeGreaterThanOrEqual(6);
    for (const image of images) {
      expect(image.headers['content-type'], image.path).toBe('image/webp');
      expect(image.body.slice(0, 4) + image.body.slice(8, 12), image.path).toBe('RIFFWEBP');
    }
    expect((await server.get('/robots.txt')).body).toMatch(/^Disallow: \/$/m);
  });

  test('shows no draft without the password, however its address is written', async () => {
    for (const target of DISGUISED_DRAFT_PATHS) {
      const answer = await server.request('GET', target, false);
      // 401, or an answer that shows nothing: a redirect to the plain address, a bad request, not found.
      expect([301, 400, 401, 404], target).toContain(answer.status);
      expect(answer.body, target).not.toContain(DRAFT_TITLE);
      if (answer.status === 301) expect(answer.headers.location, target).toMatch(/^\/(?!\/)/);
    }
    // The same addresses with the password: the draft where they mean its page, and nothing else.
    for (const target of DISGUISED_DRAFT_PATHS) {
      const answer = await server.request('GET', target, AUTH);
      if (answer.status === 200 && answer.body.includes(DRAFT_TITLE)) continue;
      expect([301, 400, 404], target).toContain(answer.status);
    }
  });

  test('answers HEAD like GET without a body, OPTIONS with the allowed methods, and every other method with 405', async () => {
    const head = await server.request('HEAD', DRAFT_PATH, false);
    expect(head.status).toBe(401);
    expect(head.body).toBe('');
    expect((await server.request('HEAD', DRAFT_PATH)).status).toBe(200);
    for (const auth of [false, AUTH] as const) {
      const options = await server.request('OPTIONS', DRAFT_PATH, auth);
      expect(options.status).toBe(204);
      expect(options.body).toBe('');
      expect(options.headers.allow).toBe('GET, HEAD, OPTIONS');
      for (const method of ['TRACE', 'POST', 'PUT', 'PATCH', 'DELETE', 'PROPFIND']) {
        const answer = await server.request(method, DRAFT_PATH, auth);
        expect(answer.status, method).toBe(405);
        expect(answer.headers.allow, method).toBe('GET, HEAD, OPTIONS');
        expect(answer.body, method).not.toContain(DRAFT_TITLE);
      }
    }
    // No stack trace in the log, from these or any request before.
    expect(server.output()).not.toMatch(/^\s+at /m);
    expect(server.output()).not.toMatch(/TypeError|Internal Server Error/);
  });

  test('sends no-referrer, nosniff and a CSP that lets only the Studio frame it, on every answer', async () => {
    await server.request('TRACE', '/', false);
    await server.get('/', false);
    const kinds = new Set(server.answers.map((a) => a.status));
    expect([...kinds]).toEqual(expect.arrayContaining([200, 204, 401, 404, 405]));
    for (const answer of server.answers) expectSecurityHeaders(answer);
    // Build assets too (served before Astro's middleware).
    expect(server.answers.some((a) => ASSET.test(a.path) && a.status === 200)).toBe(true);
  });

  test("lets in the visual-editing connection's style elements by a nonce of each answer, and nothing more", async () => {
    const first = await server.get(DRAFT_PATH);
    const second = await server.get(DRAFT_PATH);
    const nonceOf = (answer: Answer) =>
      /(?:^|; )style-src 'self' 'nonce-([A-Za-z0-9+/=]+)'(?:;|$)/.exec(answer.headers['content-security-policy'] ?? '')?.[1];
    const nonce = nonceOf(first);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonceOf(second)).not.toBe(nonce);
    // The page's own <meta> policy has the same nonce, and styled-components finds it in its meta.
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(first.body)?.[1] ?? '';
    expect(meta).toContain(`style-src 'self' 'nonce-${nonce}';`);
    expect(first.body).toContain(`<meta property="csp-nonce" nonce="${nonce}">`);
    // Scripts stay the site's own; nothing inline is allowed wholesale.
    for (const policy of [first.headers['content-security-policy'] ?? '', meta]) {
      expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
      expect(policy).not.toContain('unsafe-inline');
    }
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
    // A document from a dataset file is named with its line there.
    expect(server.output()).toMatch(new RegExp(`invalid guide "${DRAFT_ID.replace('drafts.', '')}"(?: \\(line \\d+\\))?, field title`));
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
    const pages = server.answers.filter((a: Answer) => a.method === 'GET' && a.headers['content-type']?.startsWith('text/html'));
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

describe('failed sign-ins', () => {
  let server: PreviewServer;
  beforeAll(async () => {
    server = await startPreviewServer({
      dir: build.outDir,
      env: { CONTENT_FILE: SITE_FIXTURE, SANITY_PROJECT_ID: undefined, SITE_NOW: NOW, PREVIEW_BASIC_AUTH: AUTH },
      auth: AUTH,
    });
  }, 120_000);
  afterAll(() => server?.close());

  test('are limited to 10 a minute per address and logged without the password', async () => {
    expect((await server.get(DRAFT_PATH, false)).status).toBe(401);
    const guesses = Array.from({ length: 10 }, (_, i) => `redactie:geraden-wachtwoord-${i}`);
    for (const guess of guesses) expect((await server.get(DRAFT_PATH, guess)).status).toBe(401);
    // The 11th attempt is not even checked: the right password is refused too, until the minute is over.
    for (const auth of ['redactie:nog-een-gok', AUTH]) {
      const refused = await server.get(DRAFT_PATH, auth);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(refused.body).not.toContain(DRAFT_TITLE);
    }
    const log = server.output();
    // Each failure is logged once: a request without credentials is not a failed sign-in.
    expect(log.match(/Failed sign-in from 127\.0\.0\.1 \(wrong password\)/g)).toHaveLength(10);
    expect(log).toContain('10 of 10 allowed per minute; refused for 60 s');
    for (const guess of guesses) expect(log).not.toContain(guess.split(':')[1]);
    expect(log).not.toContain(AUTH.split(':')[1]);
  });
});

describe('the preview server refuses to start with settings that would expose or hide drafts', () => {
  test.each([
    [
      'no password while listening on every interface',
      { HOST: '0.0.0.0', PREVIEW_BASIC_AUTH: undefined },
      /PREVIEW_BASIC_AUTH is not set, but HOST=0\.0\.0\.0/,
    ],
    [
      'a blank password setting on an IPv6 interface',
      { HOST: '::', PREVIEW_BASIC_AUTH: '   ' },
      /PREVIEW_BASIC_AUTH is not set, but HOST=::/,
    ],
    [
      'a user name without a password on a public address',
      { HOST: '0.0.0.0', PREVIEW_BASIC_AUTH: 'redactie:' },
      /PREVIEW_BASIC_AUTH must be "user:password"/,
    ],
    [
      'a Studio origin with a path',
      { PREVIEW_STUDIO_ORIGIN: 'https://studio.example.org/desk' },
      /PREVIEW_STUDIO_ORIGIN="https:\/\/studio.example.org\/desk": .* is not an origin/,
    ],
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

  test('runs without a password only on a loopback address, and says so', async () => {
    const server = await startPreviewServer({
      dir: build.outDir,
      env: { CONTENT_FILE: SITE_FIXTURE, SANITY_PROJECT_ID: undefined, SITE_NOW: NOW, HOST: '127.0.0.1', PREVIEW_BASIC_AUTH: undefined },
    });
    try {
      expect((await server.get(DRAFT_PATH, false)).body).toContain(DRAFT_TITLE);
      expect(server.output()).toContain('PREVIEW_BASIC_AUTH is not set: only this machine can reach the drafts (HOST=127.0.0.1)');
    } finally {
      await server.close();
    }
  });
});

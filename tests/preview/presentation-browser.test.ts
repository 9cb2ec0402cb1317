// The Studio's Voorbeeld tool (Sanity's Presentation) across sites, in Chromium: the built Studio on
// 127.0.0.1, the built preview server on localhost (another site), both against the stand-in for
// Sanity's API (HTTP/2 with a throw-away certificate, the seed dataset). The frame has no password
// prompt, so the page shows only through Sanity's preview handshake (secret → the preview server's
// own session cookie). Then the page follows the editor: a title typed in the Studio shows in the
// frame with no click, through Sanity's visual-editing connection (a 'mutation' refresh reloads it),
// and a second title typed right after shows too, through the page's own changes stream. A save of a
// document the page does not show leaves it as it is; a save of its own document reloads it.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PREVIEW_PATHS } from '@mkb010/model';
import { launchBrowser } from '../../tools/browser.ts';
import { selfSignedCertificate } from '../../tools/certificate.ts';
import { startSanityServer, type SanityServer } from '../../tools/sanity-server.ts';
import { serveDir, type StaticServer } from '../../tools/serve.ts';
import { buildSite, ROOT, SEED_FILE } from '../helpers/build.ts';
import { startPreviewServer, type PreviewServer } from '../helpers/preview-server.ts';
import { buildStudio } from '../helpers/studio.ts';
import { seedNow } from '../setup/seed-site.ts';

/** The seed's editor for Maakhaven Circulair, whose guide is edited here. */
const EDITOR = { id: 'p-maakhaven', name: 'Redactie Maakhaven', email: 'redactie@maakhaven.example' };
const GUIDE = { id: 'guide-circulair-ontwerpen', path: '/gidsen/circulair-ontwerpen/' };
/** How long a cold Studio page may take on a loaded two-core machine. */
const LOAD = 90_000;

let work: string;
let api: SanityServer;
let preview: PreviewServer;
let studio: StaticServer;
let browser: Browser;
/** What the Studio and the preview page reported as errors, shown when a step fails. */
const consoleErrors: string[] = [];
/** The Studio's and the preview page's comlink messages (handshake, refresh…), shown when a step fails. */
const traffic: string[] = [];
/** Words of Presentation's connection trouble overlay, in English and in our Dutch (studio/locale.ts). */
const CONNECTION_TROUBLE = ['Unable to connect', 'Continue anyway', 'Geen verbinding met het voorbeeld', 'Toch doorgaan'];

beforeAll(async () => {
  const { now } = await seedNow();
  // Inside the project, so the built preview server finds its packages in node_modules.
  await mkdir(path.join(ROOT, '.tmp'), { recursive: true });
  work = await mkdtemp(path.join(ROOT, '.tmp', 'presentation-'));
  const tls = selfSignedCertificate();
  const caFile = path.join(work, 'stand-in.pem');
  await writeFile(caFile, tls.cert);
  api = await startSanityServer({ file: SEED_FILE, studio: { user: EDITOR }, host: 'localhost', tls });
  const build = await buildSite({
    config: 'astro.config.preview.mjs',
    outDir: path.join(work, 'preview'),
    env: { CONTENT_FILE: SEED_FILE, SITE_NOW: now },
  });
  if (build.code !== 0) throw new Error(`The preview server build failed:\n${build.output.slice(-3000)}`);
  // The Studio's address must be known before the preview server starts (it may frame the preview),
  // and the preview's before the Studio is built: serve the Studio's folder first, build into it after.
  const studioDir = path.join(work, 'studio');
  await mkdir(studioDir);
  studio = await serveDir(studioDir, { spa: true });
  preview = await startPreviewServer({
    dir: build.outDir,
    env: {
      SANITY_PROJECT_ID: 'mkb010next',
      SANITY_DATASET: 'production',
      SANITY_API_HOST: api.url,
      SANITY_API_READ_TOKEN: 'sk-preview-test',
      // Images come from the stand-in, as they come from Sanity's image CDN in production.
      SANITY_IMAGE_HOST: api.url,
      NODE_EXTRA_CA_CERTS: caFile,
      SITE_NOW: now,
      // People who open the preview directly sign in; the Studio's frame must get in without it.
      PREVIEW_BASIC_AUTH: 'redactie:warme-werkplaats-010',
      PREVIEW_STUDIO_ORIGIN: studio.url,
    },
  });
  // Another site than the Studio's 127.0.0.1: the frame is cross-site, as in production.
  const previewUrl = preview.url.replace('127.0.0.1', 'localhost');
  buildStudio(studioDir, api.url, { SANITY_STUDIO_PREVIEW_URL: previewUrl });
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await studio?.close();
  await preview?.close();
  await api?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** `step`, whose failure also shows the console errors so far (why the frame shows nothing, mostly). */
async function withConsole(step: Promise<unknown>): Promise<void> {
  try {
    await step;
  } catch (error) {
    throw new Error(
      `${(error as Error).message}\nConsole errors:\n${consoleErrors.join('\n')}\nComlink messages:\n${traffic.slice(-60).join('\n')}`,
    );
  }
}

/** The Voorbeeld tool on the guide, with a fresh context (no cookies, the real clock). */
async function openVoorbeeld(): Promise<Page> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1400, height: 900 } });
  // Notes in the Studio's page whether Presentation's connection trouble overlay ever showed (it stays
  // up for seconds when it does, so a look every 200 ms sees it).
  await context.addInitScript(
    ({ origin, words }) => {
      // Both frames: which of Sanity's channel messages arrive (heartbeats and answers left out).
      const channelMessages: string[] = [];
      Object.assign(window, { channelMessages });
      addEventListener('message', ({ data }) => {
        if (data?.domain === 'sanity/channels') channelMessages.push(data.type);
        // Presentation also calls for Sanity's loaders and preview-kit, which these pages do not use.
        if (data?.domain !== 'sanity/channels' || /heartbeat|response/.test(data.type) || /loaders|preview-kit/.test(data.to)) return;
        console.debug(`[comlink] ${location.origin} ← ${data.from}: ${data.type} ${data.data?.source ?? ''}`);
      });
      if (location.origin !== origin) return;
      const seen: string[] = [];
      Object.assign(window, { connectionTrouble: seen });
      setInterval(() => {
        const text = document.body?.innerText ?? '';
        for (const word of words) if (text.includes(word) && !seen.includes(word)) seen.push(word);
      }, 200);
    },
    { origin: studio.url, words: CONNECTION_TROUBLE },
  );
  const page = await context.newPage();
  const started = Date.now();
  page.on('console', (message) => {
    if (message.text().startsWith('[comlink]')) traffic.push(`${((Date.now() - started) / 1000).toFixed(1)} s ${message.text()}`);
    if (message.type() === 'error') consoleErrors.push(`${message.location().url}: ${message.text().slice(0, 300)}`);
  });
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame()) traffic.push(`${((Date.now() - started) / 1000).toFixed(1)} s frame → ${frame.url()}`);
  });
  await page.goto(`${studio.url}/presentation/guide/${GUIDE.id}?preview=${encodeURIComponent(GUIDE.path)}`);
  return page;
}

test('the preview across sites shows the draft page through the handshake, with no password', async () => {
  const page = await openVoorbeeld();
  const frame = page.frameLocator('iframe').first();
  const heading = frame.locator('h1').first();
  await withConsole(expect.poll(() => heading.innerText().catch(() => ''), { timeout: LOAD }).toMatch(/^Circulair ontwerpen/));
  // In through the handshake: the frame carries the preview server's own session cookie, not a password.
  const cookies = await page.context().cookies(preview.url.replace('127.0.0.1', 'localhost'));
  expect(cookies.map((c) => [c.name, c.sameSite, c.secure, c.httpOnly])).toEqual([['mkb010_voorbeeld', 'None', true, true]]);
  expect(preview.output()).not.toContain('ongeldig of verlopen');
  // The pages' changes stream is behind the same gate as every preview address: no session, no
  // password, no stream; with the password a page showing an older read (0) hears at once.
  const changes = `${PREVIEW_PATHS.changes}?after=0`;
  expect((await preview.get(changes, false)).status).toBe(401);
  const stream = await preview.get(changes, 'redactie:warme-werkplaats-010');
  expect([stream.status, stream.headers['content-type']]).toEqual([200, 'text/event-stream; charset=utf-8']);
  expect(stream.body).toMatch(/event: changed\ndata: [1-9]/);

  await page.context().close();
}, 600_000);

test('opens the Voorbeeld tool, types a new title, and sees it in the preview frame without clicking', async () => {
  const page = await openVoorbeeld();
  const previewOrigin = new URL(preview.url.replace('127.0.0.1', 'localhost')).origin;
  const heading = page.frameLocator('iframe').first().locator('h1').first();
  await withConsole(expect.poll(() => heading.innerText().catch(() => ''), { timeout: LOAD }).toMatch(/^Circulair ontwerpen/));
  // The page in the frame is connected: it told the Studio which page it shows, and the Studio's
  // address now names that page on the preview server.
  const framed = () => (new URL(page.url()).searchParams.get('preview') ?? '').split('?')[0];
  await withConsole(expect.poll(framed, { timeout: LOAD }).toBe(`${previewOrigin}${GUIDE.path}`));

  // The document's pages in Dutch (studio/locations.ts), not "Used on one page".
  await page.getByText('Gebruikt op één pagina').first().waitFor({ timeout: LOAD });
  // The tool starts its watch on the draft seconds after the page connected (lazily loaded parts of
  // Sanity's Presentation tool), and then sends the page its perspective; a change made before that
  // is not sent (docs/preview.md). An editor reading the page first never notices; the test waits.
  const watching = async () => {
    const framed = page.frames().find((f) => f.url().startsWith(previewOrigin));
    const heard = await framed
      ?.evaluate(() => (window as unknown as { channelMessages: string[] }).channelMessages)
      .catch((): string[] => []);
    return heard?.includes('presentation/perspective') ?? false;
  };
  await withConsole(expect.poll(watching, { timeout: LOAD }).toBe(true));
  const title = page.locator('input#title');
  await expect.poll(() => title.inputValue(), { timeout: LOAD }).toMatch(/^Circulair ontwerpen/);
  const before = await heading.innerText();
  const newTitle = 'Circulair ontwerpen: zo gaat je product langer mee';
  expect(before).not.toBe(newTitle);
  await title.fill(newTitle, { timeout: LOAD });
  // Typed in the Studio beside the preview, saved as the draft the preview server reads…
  await expect.poll(() => api.document(`drafts.${GUIDE.id}`)?.title, { timeout: LOAD }).toBe(newTitle);
  // …and the page in the frame shows it by itself: nothing in the frame or on "Voorbeeld vernieuwen"
  // is clicked.
  await withConsole(expect.poll(() => heading.innerText().catch(() => ''), { timeout: LOAD }).toBe(newTitle));
  expect(framed()).toBe(`${previewOrigin}${GUIDE.path}`);
  // A second edit right after, about 2 s after the first: the frame has just reloaded and its
  // connection to the Studio is not back yet (seconds), so the Studio's refresh reaches no page; the
  // page's own changes stream (from the preview server, which listens to the Content Lake) still
  // brings the second title, with no click.
  const secondTitle = 'Circulair ontwerpen: langer mee met je product';
  await title.fill(secondTitle, { timeout: LOAD });
  await expect.poll(() => api.document(`drafts.${GUIDE.id}`)?.title, { timeout: LOAD }).toBe(secondTitle);
  await withConsole(expect.poll(() => heading.innerText().catch(() => ''), { timeout: LOAD }).toBe(secondTitle));
  // No "Unable to connect… Continue anyway" (nor its Dutch words) at any moment, and the preview's
  // policy let the connection's styles in.
  expect(await page.evaluate(() => (window as unknown as { connectionTrouble: string[] }).connectionTrouble)).toEqual([]);
  expect(consoleErrors.filter((line) => line.includes('Content Security Policy'))).toEqual([]);
  await page.context().close();
}, 600_000);

test("another editor's save of a document a preview page does not show leaves the page as it is; a save of its own document reloads it", async () => {
  const guide = { id: 'guide-avg-voor-je-winkel', path: '/gidsen/avg-voor-je-winkel/' };
  // Opened directly, with the password, as an editor checks a page outside the Studio.
  const context = await browser.newContext({ httpCredentials: { username: 'redactie', password: 'warme-werkplaats-010' } });
  const page = await context.newPage();
  await page.goto(`${preview.url}${guide.path}`);
  const heading = page.locator('h1').first();
  await expect(heading.innerText()).resolves.toMatch(/^De AVG voor je winkel/);
  const version = async () => Number(await page.locator('meta[name="preview-version"]').getAttribute('content'));
  const shown = await version();
  // A mark in this page's window: a reload takes it away.
  await page.evaluate(() => Object.assign(window, { stayed: true }));
  const stayed = () => page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed ?? false);

  // Another partner's editor corrects an impact report, which this page does not show: the page hears
  // of the newer drafts, finds itself unchanged, takes the newer version as its own, and stays.
  await api.update((documents) =>
    documents.map((doc) => (doc._id === 'impact-bouwkring-rijnmond-2018' ? { ...doc, activity: 'Bouwplaatsbezoeken en spreekuren' } : doc)),
  );
  await withConsole(expect.poll(version, { timeout: LOAD }).toBeGreaterThan(shown));
  expect(await stayed()).toBe(true);

  // A save of the guide itself: the page reloads and shows it.
  const newTitle = 'De AVG voor je winkel: zo regel je privacy zonder gedoe';
  await api.update((documents) => documents.map((doc) => (doc._id === guide.id ? { ...doc, title: newTitle } : doc)));
  await withConsole(expect.poll(() => heading.innerText().catch(() => ''), { timeout: LOAD }).toBe(newTitle));
  expect(await stayed()).toBe(false);
  await context.close();
}, 600_000);

// The built Studio in Chromium, against the local stand-in of Sanity's API (tools/sanity-server.ts
// with the seed dataset): no Sanity account, no network. The stand-in speaks HTTP/2 over TLS with a
// throw-away certificate, as Sanity's API does (so the Studio's many listeners share one connection),
// and saves, lists, publishes and tells listeners as the Content Lake does. `sanity build` runs once
// with SANITY_STUDIO_API_HOST pointing at it (Chromium resolves Sanity's `<projectId>.localhost`
// project host to loopback), and the page's clock is fixed at the seed's anchor noon so what is
// overdue or scheduled matches the seed. A partner editor works through the desk: lists, edits,
// publishes, is stopped by validation, creates an event in their own list, types Dutch dates, and
// finds another partner's guide read-only.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, launchBrowser } from '../../tools/browser.ts';
import { selfSignedCertificate } from '../../tools/certificate.ts';
import { startSanityServer, type SanityServer } from '../../tools/sanity-server.ts';
import { serveDir, type StaticServer } from '../../tools/serve.ts';
import { seedNow } from '../setup/seed-site.ts';
import { ROOT } from './harness';

const STUDIO = path.join(ROOT, 'studio');
/** The seed's editor for Maakhaven Circulair (site settings → editors per partner). */
const EDITOR = { id: 'p-maakhaven', name: 'Redactie Maakhaven', email: 'redactie@maakhaven.example' };

let api: SanityServer;
let studio: StaticServer;
let browser: Browser;
let context: BrowserContext;
let outDir: string;
let now: Date;

/** `sanity build` of studio/ into `dir`, talking to `apiHost`. */
function buildStudio(dir: string, apiHost: string): void {
  const local = path.join(STUDIO, 'node_modules/.bin/sanity');
  const bin = existsSync(local) ? local : path.join(ROOT, 'node_modules/.bin/sanity');
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/node'), [bin, 'build', dir, '--yes'], {
    cwd: STUDIO,
    encoding: 'utf8',
    // NODE_ENV: vitest sets `test`, which would give a Studio bundle other than the one editors get.
    env: { ...process.env, NODE_ENV: 'production', SANITY_STUDIO_API_HOST: apiHost, DO_NOT_TRACK: '1', NO_COLOR: '1', CI: '1' },
    timeout: 240_000,
  });
  if (result.status !== 0) throw new Error(`sanity build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
}

beforeAll(async () => {
  now = new Date((await seedNow()).now);
  api = await startSanityServer({
    file: path.join(ROOT, 'studio/seed/data.ndjson'),
    studio: { user: EDITOR },
    host: 'localhost',
    tls: selfSignedCertificate(),
  });
  outDir = await mkdtemp(path.join(tmpdir(), 'mkb-studio-'));
  buildStudio(outDir, api.url);
  studio = await serveDir(outDir, { spa: true });
  browser = await launchBrowser();
  // The certificate is the test's own: trusted for this context only.
  context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1400, height: 900 } });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await studio?.close();
  await api?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

/** A fresh page at `route` of the Studio, its clock at the seed's moment. */
async function open(route: string): Promise<Page> {
  const page = await context.newPage();
  await page.clock.setFixedTime(now);
  await page.goto(`${studio.url}${route}`);
  return page;
}

describe('the built Studio against the stand-in API', () => {
  test('starts without a Sanity login and speaks Dutch', async () => {
    const page = await open('/structure');
    await page.getByRole('link', { name: 'Redactierapport' }).waitFor({ timeout: 30_000 });
    await page.getByText('Site-instellingen').waitFor();
    const text = await page.locator('body').innerText();
    // Our own titles, and strings of Sanity's Dutch locale ("Drafts" is "Concepten").
    for (const word of [
      'Inhoud',
      'Mijn organisatie',
      'Gidsen',
      'Succesverhalen',
      'Evenementen',
      'Regelingen',
      'Site-instellingen',
      'Concepten',
    ])
      expect(text).toContain(word);
    expect(text).not.toMatch(/\bDrafts\b|\bContent\b/);
    // It asked the stand-in, never Sanity's own hosts.
    expect(api.requests.some((r) => r.path.endsWith('/users/me') && r.status === 200)).toBe(true);
    await page.close();
  }, 60_000);

  test('a scheduled campaign says when it goes live, in Amsterdam time', async () => {
    const page = await open('/intent/edit/id=campaign-aftelweken-ondernemen010-live;type=campaign');
    await page
      .getByText('Op de site: gepland voor dinsdag 12 januari 2027 09:00 (de site is uiterlijk 30 minuten daarna bijgewerkt)', {
        exact: true,
      })
      .first()
      .waitFor({ timeout: 30_000 });
    expect(await page.getByRole('button', { name: /Publiceren/ }).count()).toBeGreaterThan(0);
    await page.close();
  }, 60_000);

  test("a guide past its check date carries the Dutch badge, and another partner's the ownership banner", async () => {
    const page = await open('/intent/edit/id=guide-elektrische-bestelbus;type=guide');
    await page.getByText('Controle verlopen sinds 4 nov 2026', { exact: true }).first().waitFor({ timeout: 30_000 });
    // It belongs to Havenkring Mkb, and this editor writes for Maakhaven Circulair: the courtesy guard.
    await page.getByText('Dit is van Havenkring Mkb; vraag de redactie om een wijziging.').first().waitFor({ timeout: 30_000 });
    await page.close();
  }, 60_000);

  test("the Redactierapport opens on the editor's own partner, and its rows open their documents", async () => {
    const page = await open('/redactierapport');
    const heading = page.getByRole('heading', { level: 1 });
    await expect.poll(() => heading.innerText(), { timeout: 30_000 }).toBe('Redactierapport Maakhaven Circulair');
    expect(await page.getByRole('combobox', { name: 'Partner' }).inputValue()).toBe('maakhaven-circulair');
    for (const title of ['Ongeldige documenten, niet op de site', 'Gidsen over hun controledatum', 'Partners: inhoud en actualiteit'])
      expect(await page.locator('h2', { hasText: title }).innerText()).toMatch(/ \(\d+\)$/);
    // A partner's report has no campaign list; the whole network's does.
    expect(await page.locator('h2', { hasText: 'Campagnes die' }).count()).toBe(0);
    await page.getByRole('combobox', { name: 'Partner' }).selectOption('');
    await expect.poll(() => heading.innerText()).toBe('Redactierapport');
    const stale = page.getByRole('table', { name: /^Gidsen over hun controledatum/ });
    expect(await stale.getByRole('row').count()).toBeGreaterThan(1);
    expect(await page.locator('h2', { hasText: 'Campagnes die de komende 14 dagen starten of stoppen' }).count()).toBe(1);

    // Axe (WCAG 2.1 A/AA) on the tool itself. Sanity's own frame has findings of its own, outside this
    // project's code (its top bar's links and menus, and a viewport that disables zoom): see studio/README.md.
    const violations = await axeViolations(page, '[data-redactierapport]');
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    const link = stale.getByRole('link').first();
    const title = await link.innerText();
    await link.click();
    await expect.poll(() => page.url(), { timeout: 30_000 }).toMatch(/guide-[a-z-]+/);
    // The guide's own form: its title field holds the title the row showed.
    const fieldValues = () => page.locator('input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    await expect.poll(fieldValues, { timeout: 30_000 }).toContain(title);
    await page.close();
  }, 90_000);

  test("a partner editor's own partner opens first, with its documents listed from the stand-in", async () => {
    const page = await open('/structure');
    await page.getByRole('link', { name: 'Mijn organisatie' }).click({ timeout: 30_000 });
    // Straight on the editor's own partner (site settings → editors per partner), not a partner picker.
    await page.getByRole('link', { name: 'Andere organisatie bekijken' }).waitFor({ timeout: 30_000 });
    await page.getByRole('link', { name: 'Gidsen' }).last().click();
    const guides = page.getByRole('link', { name: /· Maakhaven Circulair ·/ });
    await expect.poll(() => guides.count(), { timeout: 30_000 }).toBe(3);
    expect(await guides.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^Circulair ontwerpen/)]));
    expect(await page.getByRole('link', { name: /Havenkring Mkb/ }).count()).toBe(0);
    await page.close();
  }, 60_000);

  test('an edit is saved as a draft and publishing makes it the published version', async () => {
    const page = await open('/intent/edit/id=guide-circulair-ontwerpen;type=guide');
    const title = page.getByRole('textbox', { name: 'Titel' }).first();
    await expect.poll(() => title.inputValue(), { timeout: 30_000 }).toMatch(/^Circulair ontwerpen/);
    const newTitle = 'Circulair ontwerpen: zo gaat je product langer mee';
    await title.fill(newTitle);
    await expect.poll(() => api.document('drafts.guide-circulair-ontwerpen')?.title, { timeout: 15_000 }).toBe(newTitle);
    expect(api.document('guide-circulair-ontwerpen')?.title).not.toBe(newTitle);
    await page.getByRole('button', { name: 'Publiceren', exact: true }).click();
    await expect.poll(() => api.document('guide-circulair-ontwerpen')?.title, { timeout: 15_000 }).toBe(newTitle);
    expect(api.document('drafts.guide-circulair-ontwerpen')).toBeUndefined();
    await page.close();
  }, 60_000);

  test('validation keeps an invalid document from being published, and says why in Dutch', async () => {
    const page = await open('/intent/edit/id=guide-productieafval-hergebruiken;type=guide');
    const title = page.getByRole('textbox', { name: 'Titel' }).first();
    await expect.poll(() => title.inputValue(), { timeout: 30_000 }).not.toBe('');
    await title.fill('Afval');
    await page.getByText('Deze tekst is 5 tekens lang; maak hem minstens 10 tekens (nu 5 te kort).').first().waitFor({ timeout: 15_000 });
    const publish = page.getByRole('button', { name: 'Publiceren', exact: true });
    await expect.poll(() => publish.isDisabled(), { timeout: 15_000 }).toBe(true);
    // The draft is saved, the published guide is untouched.
    await expect.poll(() => api.document('drafts.guide-productieafval-hergebruiken')?.title, { timeout: 15_000 }).toBe('Afval');
    expect(api.document('guide-productieafval-hergebruiken')?.title).not.toBe('Afval');
    await page.close();
  }, 60_000);

  test('an event made in the partner’s own list opens there, takes Dutch dates, and is listed there', async () => {
    const page = await open('/structure/mijn-organisatie');
    await page.getByRole('link', { name: 'Evenementen' }).last().click({ timeout: 30_000 });
    const listPane = page.url();
    await page.getByRole('button', { name: 'Evenement van deze organisatie' }).click({ timeout: 30_000 });
    // The new document opens beside the partner's own list, not under "Alle evenementen".
    await expect.poll(() => page.url(), { timeout: 15_000 }).toMatch(/partner-maakhaven-circulair-event;[0-9a-f-]{36}/);
    expect(page.url().startsWith(listPane)).toBe(true);
    const id = /;([0-9a-f-]{36})/.exec(page.url())![1]!;
    await page.getByRole('textbox', { name: 'Nederlands' }).first().fill('Repaircafé voor makers');
    // Dates as Dutch editors write them, 19:00 Dutch time in winter (UTC+1) and in summer (UTC+2).
    await page.getByLabel('Begin', { exact: true }).fill('20-1-2027 19:00');
    await page.getByLabel('Einde', { exact: true }).fill('20-7-2027 19:00');
    await expect.poll(() => api.document(`drafts.${id}`)?.end, { timeout: 15_000 }).toBe('2027-07-20T17:00:00.000Z');
    const draft = api.document(`drafts.${id}`)!;
    expect(draft.start).toBe('2027-01-20T18:00:00.000Z');
    expect(draft.organisers).toEqual([expect.objectContaining({ _ref: 'partner-maakhaven-circulair' })]);
    // Text the input cannot read gets a Dutch message.
    await page.getByLabel('Begin', { exact: true }).fill('20 januari 2027');
    await page
      .getByText(/^Deze datum en tijd kan de Studio niet lezen/)
      .first()
      .waitFor({ timeout: 15_000 });
    expect(await page.locator('body').innerText()).not.toContain('Invalid date');
    // And the partner's own list shows it.
    await page.goto(listPane);
    await page
      .getByRole('link', { name: /Repaircafé voor makers/ })
      .first()
      .waitFor({ timeout: 30_000 });
    await page.close();
  }, 90_000);

  test("another partner's guide is read-only, and duplicating or translating it is off", async () => {
    const page = await open('/intent/edit/id=guide-elektrische-bestelbus;type=guide');
    const title = page.getByRole('textbox', { name: 'Titel' }).first();
    await expect.poll(() => title.inputValue(), { timeout: 30_000 }).not.toBe('');
    expect(await title.isEditable()).toBe(false);
    await page.getByRole('button', { name: 'Documentacties openen' }).first().click();
    for (const name of ['Dupliceren', 'Engelse versie maken']) {
      await expect.poll(() => page.getByRole('menuitem', { name }).isDisabled(), { timeout: 10_000 }).toBe(true);
    }
    expect(api.document('drafts.guide-elektrische-bestelbus')).toBeUndefined();
    await page.close();
  }, 60_000);
});

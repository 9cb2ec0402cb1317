// The built Studio in Chromium, against the local stand-in of Sanity's API (tools/sanity-server.ts
// with the seed dataset): no Sanity account, no network. `sanity build` runs once with
// SANITY_STUDIO_API_HOST pointing at the stand-in (Chromium resolves Sanity's
// `<projectId>.localhost` project host to loopback), and the page's clock is fixed at the seed's
// anchor noon so what is overdue or scheduled matches the seed. Proves the Studio is Dutch, shows a
// campaign's status, a guide's badge and the ownership banner, and that the Redactierapport opens on the
// editor's own partner with rows that open their documents.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, launchBrowser } from '../../tools/browser.ts';
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
  api = await startSanityServer({ file: path.join(ROOT, 'studio/seed/data.ndjson'), studio: { user: EDITOR }, host: 'localhost' });
  outDir = await mkdtemp(path.join(tmpdir(), 'mkb-studio-'));
  buildStudio(outDir, api.url);
  studio = await serveDir(outDir, { spa: true });
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await studio?.close();
  await api?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

/** A fresh page at `route` of the Studio, its clock at the seed's moment. */
async function open(route: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.clock.setFixedTime(now);
  await page.goto(`${studio.url}${route}`);
  return page;
}

// One retry: the stand-in speaks HTTP/1.1, where the browser allows six connections per host and the
// Studio opens many listeners (Sanity's API speaks HTTP/2); now and then a document load waits behind
// them. A second failure is a real one.
describe('the built Studio against the stand-in API', { retry: 1 }, () => {
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
      .getByText('Gepland: live op dinsdag 12 januari 2027 09:00 (de site is uiterlijk 30 minuten daarna bijgewerkt)', { exact: true })
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
});

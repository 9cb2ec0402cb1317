// The built Studio in Chromium, against the local stand-in of Sanity's API (tools/sanity-server.ts
// with the seed dataset): no Sanity account, no network. The stand-in speaks HTTP/2 over TLS with a
// throw-away certificate, as Sanity's API does (so the Studio's many listeners share one connection),
// and saves, lists, publishes and tells listeners as the Content Lake does. `sanity build` runs once
// with SANITY_STUDIO_API_HOST pointing at it (Chromium resolves Sanity's `<projectId>.localhost`
// project host to loopback), and the page's clock is fixed at the seed's anchor noon so what is
// overdue or scheduled matches the seed. A partner editor works through the desk: lists, edits,
// publishes, is stopped by validation, creates an event in their own list, types Dutch dates, and
// finds another partner's guide read-only.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, launchBrowser } from '../../tools/browser.ts';
import type { SanityServer } from '../../tools/sanity-server.ts';
import type { StaticServer } from '../../tools/serve.ts';
import { type BuiltStudio, startBuiltStudio } from '../helpers/studio.ts';
import { seedNow } from '../setup/seed-site.ts';

/**
 * How long a Studio page may take to show a form or list, and a test to finish: generous, because a
 * loaded two-core machine (a whole suite beside it) makes a cold Studio page take most of a minute.
 */
const LOAD = 90_000;
const TEST = 240_000;

/** The seed's editor for Maakhaven Circulair (site settings → editors per partner). */
const EDITOR = { id: 'p-maakhaven', name: 'Redactie Maakhaven', email: 'redactie@maakhaven.example' };

let built: BuiltStudio;
let api: SanityServer;
let studio: StaticServer;
let browser: Browser;
let context: BrowserContext;
/** A context whose clock runs: Playwright's clock belongs to the whole context, not one page. */
let editing: BrowserContext;
let now: Date;

beforeAll(async () => {
  now = new Date((await seedNow()).now);
  built = await startBuiltStudio(EDITOR);
  ({ api, studio } = built);
  browser = await launchBrowser();
  // The certificate is the test's own: trusted for this context only.
  context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1400, height: 900 } });
  await context.clock.setFixedTime(now);
  editing = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1400, height: 900 } });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await built?.close();
});

/**
 * A fresh page at `route` of the Studio, its clock at the seed's moment. Pages that edit keep the real
 * clock (`clock: false`, their own context): with time standing still the Studio never sees its own
 * save complete and holds the form read-only.
 */
async function open(route: string, { clock = true } = {}): Promise<Page> {
  const page = await (clock ? context : editing).newPage();
  await page.goto(`${studio.url}${route}`);
  return page;
}

describe('the built Studio against the stand-in API', () => {
  test(
    'starts without a Sanity login and speaks Dutch',
    async () => {
      const page = await open('/structure');
      await page.getByRole('link', { name: 'Redactierapport' }).waitFor({ timeout: LOAD });
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
      // English the editors met before (issue 28): Sanity's paid-plan tools are off, the page is Dutch.
      expect(text).not.toMatch(/Releases|Schedule publish|Used on|Sorted by/);
      expect(await page.locator('html').getAttribute('lang')).toBe('nl');
      // It asked the stand-in, never Sanity's own hosts.
      expect(api.requests.some((r) => r.path.endsWith('/users/me') && r.status === 200)).toBe(true);
      await page.close();
    },
    TEST,
  );

  test(
    'a scheduled campaign says when it goes live, in Amsterdam time',
    async () => {
      const page = await open('/intent/edit/id=campaign-aftelweken-ondernemen010-live;type=campaign');
      await page
        .getByText('Op de site: gepland voor dinsdag 12 januari 2027 09:00 (de site is uiterlijk 30 minuten daarna bijgewerkt)', {
          exact: true,
        })
        .first()
        .waitFor({ timeout: LOAD });
      expect(await page.getByRole('button', { name: /Publiceren/ }).count()).toBeGreaterThan(0);
      await page.close();
    },
    TEST,
  );

  test(
    "a guide past its check date carries the Dutch badge, and another partner's the ownership banner",
    async () => {
      const page = await open('/intent/edit/id=guide-elektrische-bestelbus;type=guide');
      await page.getByText('Controle verlopen sinds 4 nov 2026', { exact: true }).first().waitFor({ timeout: LOAD });
      // It belongs to Havenkring Mkb, and this editor writes for Maakhaven Circulair: the courtesy guard.
      await page.getByText('Dit is van Havenkring Mkb; vraag de redactie om een wijziging.').first().waitFor({ timeout: LOAD });
      await page.close();
    },
    TEST,
  );

  test(
    "the Redactierapport opens on the editor's own partner, and its rows open their documents",
    async () => {
      const page = await open('/redactierapport');
      const heading = page.getByRole('heading', { level: 1 });
      await expect.poll(() => heading.innerText(), { timeout: LOAD }).toBe('Redactierapport Maakhaven Circulair');
      expect(await page.getByRole('combobox', { name: 'Partner' }).inputValue()).toBe('maakhaven-circulair');
      for (const title of ['Ongeldige documenten, niet op de site', 'Gidsen over hun controledatum', 'Partners: inhoud en actualiteit'])
        expect(await page.locator('h2', { hasText: title }).innerText()).toMatch(/ \(\d+\)$/);
      // A partner's report has no campaign list; the whole network's does.
      expect(await page.locator('h2', { hasText: 'Campagnes die' }).count()).toBe(0);
      await page.getByRole('combobox', { name: 'Partner' }).selectOption('');
      await expect.poll(() => heading.innerText(), { timeout: LOAD }).toBe('Redactierapport');
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
      await expect.poll(() => page.url(), { timeout: LOAD }).toMatch(/guide-[a-z-]+/);
      // The guide's own form: its title field holds the title the row showed.
      const fieldValues = () => page.locator('input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
      await expect.poll(fieldValues, { timeout: LOAD }).toContain(title);
      await page.close();
    },
    TEST,
  );

  test(
    "a partner editor's own partner opens first, with its documents listed from the stand-in",
    async () => {
      const page = await open('/structure');
      await page.getByRole('link', { name: 'Mijn organisatie' }).click({ timeout: LOAD });
      // Straight on the editor's own partner (site settings → editors per partner), not a partner picker.
      await page.getByRole('link', { name: 'Andere organisatie bekijken' }).waitFor({ timeout: LOAD });
      await page.getByRole('link', { name: 'Gidsen' }).last().click();
      const guides = page.getByRole('link', { name: /· Maakhaven Circulair ·/ });
      await expect.poll(() => guides.count(), { timeout: LOAD }).toBe(3);
      expect(await guides.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^Circulair ontwerpen/)]));
      expect(await page.getByRole('link', { name: /Havenkring Mkb/ }).count()).toBe(0);
      await page.close();
    },
    TEST,
  );

  test(
    'an edit is saved as a draft and publishing makes it the published version',
    async () => {
      const page = await open('/intent/edit/id=guide-circulair-ontwerpen;type=guide', { clock: false });
      const title = page.locator('input#title');
      await expect.poll(() => title.inputValue(), { timeout: LOAD }).toMatch(/^Circulair ontwerpen/);
      const newTitle = 'Circulair ontwerpen: zo gaat je product langer mee';
      await title.fill(newTitle, { timeout: LOAD });
      await expect.poll(() => api.document('drafts.guide-circulair-ontwerpen')?.title, { timeout: LOAD }).toBe(newTitle);
      expect(api.document('guide-circulair-ontwerpen')?.title).not.toBe(newTitle);
      await page.getByRole('button', { name: 'Publiceren', exact: true }).click();
      await expect.poll(() => api.document('guide-circulair-ontwerpen')?.title, { timeout: LOAD }).toBe(newTitle);
      expect(api.document('drafts.guide-circulair-ontwerpen')).toBeUndefined();
      await page.close();
    },
    TEST,
  );

  test(
    'validation keeps an invalid document from being published, and says why in Dutch',
    async () => {
      const page = await open('/intent/edit/id=guide-productieafval-hergebruiken;type=guide', { clock: false });
      const title = page.locator('input#title');
      await expect.poll(() => title.inputValue(), { timeout: LOAD }).not.toBe('');
      await title.fill('Afval', { timeout: LOAD });
      // The field's message (shown beside the field's warning sign and in the validation list).
      await page
        .getByText('Deze tekst is 5 tekens lang; maak hem minstens 10 tekens (nu 5 te kort).')
        .first()
        .waitFor({ state: 'attached', timeout: LOAD });
      const publish = page.getByRole('button', { name: 'Publiceren', exact: true });
      await expect.poll(() => publish.isDisabled(), { timeout: LOAD }).toBe(true);
      // The draft is saved, the published guide is untouched.
      await expect.poll(() => api.document('drafts.guide-productieafval-hergebruiken')?.title, { timeout: LOAD }).toBe('Afval');
      expect(api.document('guide-productieafval-hergebruiken')?.title).not.toBe('Afval');
      await page.close();
    },
    TEST,
  );

  test(
    'an event made in the partner’s own list opens there, takes Dutch dates, and is listed there',
    async () => {
      const page = await open('/structure/mijn-organisatie', { clock: false });
      await page.getByRole('link', { name: 'Evenementen' }).last().click({ timeout: LOAD });
      const listPane = page.url();
      // The list's own "+": its one template, "Evenement van deze organisatie".
      await page.locator('[data-testid="action-intent-button"]').last().click({ timeout: LOAD });
      // The new document opens beside the partner's own list, not under "Alle evenementen".
      await expect.poll(() => page.url(), { timeout: LOAD }).toMatch(/partner-maakhaven-circulair-event;__edit__[0-9a-f-]{36}/);
      expect(page.url().startsWith(listPane)).toBe(true);
      const id = /__edit__([0-9a-f-]{36})/.exec(page.url())![1]!;
      await page.locator('input[id="title.nl"]').fill('Repaircafé voor makers', { timeout: LOAD });
      // A date written out in words cannot be read; the field says so in Dutch, with an example.
      await page.locator('input#start').fill('20 januari 2027 19:00', { timeout: LOAD });
      await page.keyboard.press('Tab');
      // The field's error sign tells it when the editor points at it.
      await page.locator('[data-testid="field-start"] [data-testid="input-validation-icon-error"]').hover({ timeout: LOAD });
      await page
        .getByText(
          'Deze datum en tijd kan de Studio niet lezen. Schrijf dag-maand-jaar in cijfers en dan de tijd, bijvoorbeeld 20-1-2027 19:00',
        )
        .first()
        .waitFor({ state: 'attached', timeout: LOAD });
      expect(await page.getByText(/Invalid date|Must be on the format/).count()).toBe(0);
      // Dates as Dutch editors write them, 19:00 Dutch time in winter (UTC+1) and in summer (UTC+2).
      await page.locator('input#start').fill('20-1-2027 19:00');
      await page.locator('input#end').fill('20-7-2027 19:00');
      // Sanity's date input takes typed text when the field loses focus, as an editor tabbing on does.
      await page.keyboard.press('Tab');
      await expect.poll(() => api.document(`drafts.${id}`)?.end, { timeout: LOAD }).toBe('2027-07-20T17:00:00.000Z');
      const draft = api.document(`drafts.${id}`)!;
      expect(draft.start).toBe('2027-01-20T18:00:00.000Z');
      expect(draft.organisers).toEqual([expect.objectContaining({ _ref: 'partner-maakhaven-circulair' })]);
      // And the partner's own list shows it.
      await page.goto(listPane);
      await page
        .getByRole('link', { name: /Repaircafé voor makers/ })
        .first()
        .waitFor({ timeout: LOAD });
      await page.close();
    },
    TEST,
  );

  test(
    "another partner's guide is read-only, and duplicating, translating or recording a change is off",
    async () => {
      const page = await open('/intent/edit/id=guide-elektrische-bestelbus;type=guide', { clock: false });
      const title = page.locator('input#title');
      await expect.poll(() => title.inputValue(), { timeout: LOAD }).not.toBe('');
      await page.getByText('Dit is van Havenkring Mkb; vraag de redactie om een wijziging.').first().waitFor({ timeout: LOAD });
      expect(await title.isEditable()).toBe(false);
      // Typing changes nothing: no draft is saved.
      await title.click();
      await page.keyboard.type(' extra');
      await page.waitForTimeout(2000);
      await page.getByRole('button', { name: 'Documentacties openen' }).first().click();
      for (const name of ['Dupliceren', 'Engelse versie maken', 'Wijziging vastleggen']) {
        await expect.poll(() => page.getByRole('menuitem', { name }).isDisabled(), { timeout: 10_000 }).toBe(true);
      }
      // Sanity's scheduled publishing (a paid-plan feature beside our own scheduling) is not offered.
      expect(await page.getByRole('menu').first().innerText()).not.toMatch(/Schedule|Plannen/);
      expect(api.document('drafts.guide-elektrische-bestelbus')).toBeUndefined();
      await page.close();
    },
    TEST,
  );
});

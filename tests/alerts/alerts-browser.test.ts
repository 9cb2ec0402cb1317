// E-mail alerts end to end (issue 23 "Done when"): the seed site built with a service, the service
// running on PostgreSQL with a real SMTP server behind it, and Chromium with JavaScript switched off.
// An entrepreneur asks for a deadline reminder on a scheme page and for the daily news of a theme on
// its hub and on the schemes overview, confirms each with the button behind the link in the mail, `npm run alerts:send`
// at the reminder moment sends each one mail (and nothing when run again), and after a one-click
// unsubscribe the next day with news sends her nothing while another subscriber still hears it.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  amsterdamDay,
  docPath,
  isClosed,
  reminderDay,
  schemeNews,
  type NewsScheme,
  sectionPath,
  startOfAmsterdamDay,
  thanksPath,
  THEMES,
  themePath,
  type Lang,
  type Theme,
} from '@mkb010/model';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, launchBrowser } from '../../tools/browser.ts';
import type { StaticServer } from '../../tools/serve.ts';
import type { SmtpSink } from '../../tools/smtp-sink.ts';
import { header, linkIn } from '../helpers/alert-mail.ts';
import { ROOT, SEED_FILE } from '../helpers/build.ts';
import { buildServiceSite, type ServedServiceSite, serveServiceSite } from '../helpers/service-site.ts';
import type { TestService } from '../helpers/service.ts';

type SeedScheme = NewsScheme & { _id: string; slug: { current: string }; title: Record<Lang, string>; themes: Theme[] };

const schemes: SeedScheme[] = (await readFile(SEED_FILE, 'utf8'))
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line))
  .filter((d) => d._type === 'scheme' && !d._id.startsWith('drafts.'));

const run = promisify(execFile);
const READER = 'fatima@bakkerij-amrani.example';
const HUB_READER = 'sem@fietsenmaker-sem.example';
const CONTROL = 'noor@drukkerij-noor.example';

let browser: Browser;
let site: StaticServer;
let service: TestService;
let sink: SmtpSink;
let served: ServedServiceSite;
let noScript: BrowserContext;
let siteNow: Date;
/** The scheme she asks a reminder for: open on the site's day, its reminder day still ahead. */
let scheme: SeedScheme;
let theme: Theme;
/** 08:30 Amsterdam time on the scheme's reminder day, and on the theme's next day with news after it. */
let reminderAt: string;
let nextNewsAt: string;

/** 08:30 in Amsterdam on `day`, as an ISO moment. */
const morningOf = (day: string) => new Date(startOfAmsterdamDay(day).getTime() + 8.5 * 3_600_000).toISOString();

beforeAll(async () => {
  const built = await buildServiceSite();
  siteNow = new Date(built.now);
  const today = amsterdamDay(siteNow);
  [scheme] = schemes
    .filter((s) => !isClosed(s, siteNow) && reminderDay(s) && reminderDay(s)! > today && (!s.opensAt || s.opensAt <= today))
    .sort((a, b) => reminderDay(a)!.localeCompare(reminderDay(b)!));
  expect(scheme, 'the seed should hold an open scheme whose reminder day is after its anchor').toBeDefined();
  theme = scheme!.themes[0]!;
  const firstDay = reminderDay(scheme!)!;
  // The theme's next news after the reminder day: a scheme opening, changing or coming near its deadline.
  const later = schemes
    .filter((s) => s.themes.includes(theme))
    .flatMap((s) => schemeNews(s, new Date('2030-01-01T00:00:00Z')).map((n) => n.day))
    .filter((day) => day > firstDay)
    .sort();
  expect(later.length, `the seed should hold news on the theme ${theme} after ${firstDay}`).toBeGreaterThan(0);
  reminderAt = morningOf(firstDay);
  nextNewsAt = morningOf(later[0]!);

  [served, browser] = await Promise.all([
    serveServiceSite(built, 'postgres', {
      // The service lives on the seed's day, as the site does; alerts:send is told its moment.
      clock: () => siteNow,
      env: {
        SERVICE_SECRET: 'alerts-browser-test-secret-of-32-characters',
        // Only the command sends alerts in this test, at the moments it is given.
        SERVICE_ALERTS_EVERY_MS: '0',
      },
    }),
    launchBrowser(),
  ]);
  ({ site, sink, service } = served);
  noScript = await browser.newContext({ javaScriptEnabled: false });
}, 600_000);

afterAll(async () => {
  await noScript?.close();
  await browser?.close();
  await served?.close();
});

const mailsTo = (email: string) => sink.mails.filter((m) => m.envelope.to.includes(email));

/**
 * Axe on the page at `url`, best practices included; empty when it finds nothing. axe is a script,
 * so it runs in a page of its own with JavaScript; the forms themselves never need it.
 */
async function axe(url: string): Promise<string> {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    return describeViolations(await axeViolations(page, undefined, { bestPractice: true }));
  } finally {
    await page.close();
  }
}

/** `npm run alerts:send -- --now <at>` as its own process beside the running service. */
async function alertsSend(at: string): Promise<string> {
  const { stdout } = await run(process.execPath, [path.join(ROOT, 'service/src/alerts-send.ts'), '--now', at], {
    cwd: ROOT,
    env: { ...process.env, ...service.env, SERVICE_URL: service.url },
  });
  return stdout;
}

/**
 * Fills in an alert form on `path` with `email` (choosing `choose` in the theme group if given),
 * sends it, checks the thank-you page, opens the link of the confirmation mail and presses its button.
 */
async function subscribe(
  path: string,
  form: string,
  email: string,
  lang: Lang,
  choose?: string,
): Promise<{ formAxe: string; thanksAxe: string; askAxe: string; confirmAxe: string; confirmText: string }> {
  const page = await noScript.newPage();
  // A step that cannot happen fails in seconds, naming the step, not at the test's timeout.
  page.setDefaultTimeout(15_000);
  await page.goto(site.url + path);
  const formAxe = await axe(site.url + path);
  const alert = page.locator(`section:has(#${form}-title) form`);
  await alert.getByLabel(lang === 'nl' ? 'Je e-mailadres' : 'Your email address').fill(email);
  if (choose) await alert.getByLabel(choose, { exact: true }).check();
  const before = sink.mails.length;
  await alert.getByRole('button').click();
  await page.waitForLoadState();
  expect(new URL(page.url()).pathname, (await page.locator('body').textContent())?.slice(0, 800)).toBe(thanksPath('subscribe', lang));
  expect(await page.locator('h1').textContent()).toBe(lang === 'nl' ? 'Kijk in je e-mail' : 'Check your email');
  const thanksAxe = await axe(page.url());
  const [confirmation] = (await sink.waitFor(before + 1)).slice(before);
  expect(confirmation!.envelope.to).toEqual([email]);
  const confirm = linkIn(confirmation!, '/alerts/confirm');
  await page.goto(confirm);
  // The link asks; only its button confirms (a mail scanner that opens links confirms nothing).
  const askAxe = await axe(confirm);
  const button = page.getByRole('button', { name: lang === 'nl' ? 'Ja, bevestig mijn aanmelding' : 'Yes, confirm my subscription' });
  await button.click();
  await button.waitFor({ state: 'detached' });
  const confirmText = (await page.locator('body').textContent()) ?? '';
  // Opened again, the link says the subscription was already confirmed: that page, checked by axe.
  const confirmAxe = await axe(confirm);
  await page.close();
  return { formAxe, thanksAxe, askAxe, confirmAxe, confirmText };
}

describe('e-mail alerts, without JavaScript, against the built site and the running service', () => {
  it('a deadline reminder asked for on a scheme page is confirmed with the button behind the link in the mail', async () => {
    const seen = await subscribe(docPath('scheme', scheme.slug.current, 'nl'), 'alert-reminder', READER, 'nl');
    expect(seen.confirmText).toContain('Je aanmelding is bevestigd');
    expect(seen).toMatchObject({ formAxe: '', thanksAxe: '', askAxe: '', confirmAxe: '' });
  });

  it('the news of a theme, asked for on its hub (in English) and on the schemes overview, is confirmed the same way', async () => {
    const hub = await subscribe(themePath(theme, 'en'), 'alert-digest', HUB_READER, 'en');
    expect(hub.confirmText).toContain('Your subscription is confirmed');
    expect(hub).toMatchObject({ formAxe: '', thanksAxe: '', askAxe: '', confirmAxe: '' });
    const overview = await subscribe(sectionPath('scheme', 'nl'), 'alert-digest', CONTROL, 'nl', THEMES.label(theme, 'nl'));
    expect(overview.confirmText).toContain('Je aanmelding is bevestigd');
    expect(overview).toMatchObject({ formAxe: '', thanksAxe: '', askAxe: '', confirmAxe: '' });
  });

  it('alerts:send at the reminder moment sends her exactly one mail naming the scheme, and nothing when run again', async () => {
    const before = mailsTo(READER).length;
    const first = await alertsSend(reminderAt);
    expect(first).toContain('1 reminder(s) queued');
    const reminders = mailsTo(READER).slice(before);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.parsed.subject).toContain(scheme.title.nl);
    expect(reminders[0]!.parsed.text).toContain(`${site.url}${docPath('scheme', scheme.slug.current, 'nl')}`);
    expect(header(reminders[0]!, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    // The theme's subscribers hear of the near deadline in their digest, once each.
    expect(mailsTo(HUB_READER).filter((m) => m.parsed.text?.includes(scheme.title.en))).toHaveLength(1);
    expect(mailsTo(CONTROL).filter((m) => m.parsed.text?.includes(scheme.title.nl))).toHaveLength(1);
    const total = sink.mails.length;
    const second = await alertsSend(reminderAt);
    expect(second).toContain('0 mail(s) sent now');
    expect(sink.mails.length).toBe(total);
  });

  it('after a one-click unsubscribe (RFC 8058) the next day with news sends her nothing; another subscriber still gets it', async () => {
    const digest = mailsTo(HUB_READER).at(-1)!;
    const unsubscribe = linkIn(digest, '/alerts/unsubscribe');
    expect(header(digest, 'List-Unsubscribe')).toBe(`<${unsubscribe}>`);
    // The link itself asks first (a mail program's preview must not unsubscribe anyone).
    expect(await axe(unsubscribe)).toBe('');
    const oneClick = await fetch(unsubscribe, {
      method: 'POST',
      body: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(oneClick.status).toBe(200);

    const [hubBefore, controlBefore] = [mailsTo(HUB_READER).length, mailsTo(CONTROL).length];
    const out = await alertsSend(nextNewsAt);
    expect(out).toMatch(/[1-9]\d* mail\(s\) sent now/);
    expect(mailsTo(CONTROL).length).toBe(controlBefore + 1);
    expect(mailsTo(HUB_READER).length).toBe(hubBefore);
  });
});

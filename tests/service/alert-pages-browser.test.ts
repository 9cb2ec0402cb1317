// The service's own alert pages as a subscriber sees them in Chromium, in both languages: the form
// again after a bad address, the confirmation page with its button and the page after it, the
// unsubscribe page with its button and the page after it, and the page for a forged link. Each is
// checked with axe (it runs as a script; the pages themselves need none: each button is a plain form).
import type { Lang } from '@mkb010/model';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, launchBrowser } from '../../tools/browser.ts';
import { type SmtpSink, startSmtpSink } from '../../tools/smtp-sink.ts';
import { startTestService, TEST_SITE_ORIGIN, type TestService } from '../helpers/service.ts';

const WORDS = {
  nl: {
    invalid: 'Vul een e-mailadres in zoals naam@voorbeeld.nl.',
    confirm: 'Bevestig je aanmelding',
    confirmButton: 'Ja, bevestig mijn aanmelding',
    confirmed: 'Je aanmelding is bevestigd',
    button: 'Ja, meld mij af',
    unsubscribed: 'Je bent afgemeld',
    forged: 'Deze link werkt niet',
  },
  en: {
    invalid: 'Enter an email address like name@example.com.',
    confirm: 'Confirm your subscription',
    confirmButton: 'Yes, confirm my subscription',
    confirmed: 'Your subscription is confirmed',
    button: 'Yes, unsubscribe me',
    unsubscribed: 'You have unsubscribed',
    forged: 'This link does not work',
  },
} as const;

let browser: Browser;
let smtp: SmtpSink;
let service: TestService;
let now = new Date('2026-12-18T09:00:00Z');

beforeAll(async () => {
  smtp = await startSmtpSink();
  service = await startTestService('pglite', { env: { SMTP_URL: smtp.url, SERVICE_ALERTS_EVERY_MS: '0' }, clock: () => now });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await service?.stop();
  await smtp?.stop();
});

/** Checks `page` with axe and expects nothing. */
async function noViolations(page: Page): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

/** The first link to `endpoint` in a mail's text. */
function link(text: string | undefined, endpoint: string): string {
  return new RegExp(`https?://\\S+?${endpoint}\\?token=[\\w.-]+&lang=(?:nl|en)`).exec(text ?? '')![0];
}

describe.each(['nl', 'en'] as Lang[])('the alert pages in %s', (lang) => {
  const email = `${lang}@bloemist-west.example`;
  const words = WORDS[lang];

  it('shows the form again after a bad address, with zero axe violations', async () => {
    const response = await service.post(
      `/alerts/subscribe?lang=${lang}`,
      { email: 'bloemist@', kind: 'reminder', docId: 'scheme-webshop-training', page: '/regelingen/webshop-training/', website: '' },
      { origin: TEST_SITE_ORIGIN },
    );
    expect(response.status).toBe(400);
    const page = await browser.newPage();
    // Same origin as the service, so the page's own form would post where it came from.
    await page.goto(`${service.url}/healthz`);
    await page.setContent(await response.text());
    await expect(page.getByRole('alert').textContent()).resolves.toContain(words.invalid);
    await noViolations(page);
    await page.close();
  });

  it('confirms and unsubscribes with the buttons, and says so on pages with zero axe violations', async () => {
    now = new Date('2026-12-18T09:00:00Z');
    const before = smtp.mails.length;
    await service.post(
      `/alerts/subscribe?lang=${lang}`,
      { email, kind: 'reminder', docId: 'scheme-webshop-training', page: '/regelingen/webshop-training/', website: '' },
      { origin: TEST_SITE_ORIGIN },
    );
    const [confirmation] = (await smtp.waitFor(before + 1)).slice(before);
    const page = await browser.newPage();
    await page.goto(link(confirmation!.parsed.text, '/alerts/confirm'));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(words.confirm);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
    await noViolations(page);
    const confirm = page.getByRole('button', { name: words.confirmButton });
    await confirm.click();
    await confirm.waitFor({ state: 'detached' });
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(words.confirmed);
    await noViolations(page);

    now = new Date('2026-12-26T07:40:00Z');
    await service.alerts();
    const [, reminder] = (await smtp.waitFor(before + 2)).slice(before);
    expect(reminder!.envelope.to).toEqual([email]);
    await page.goto(link(reminder!.parsed.text, '/alerts/unsubscribe'));
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
    await noViolations(page);
    await page.getByRole('button', { name: words.button }).click();
    await page.waitForLoadState();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(words.unsubscribed);
    await noViolations(page);
    expect(await service.db.query(`SELECT id FROM alert_subscription WHERE email = $1`, [email])).toEqual([]);

    await page.goto(`${service.url}/alerts/confirm?token=1.forged&lang=${lang}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(words.forged);
    await noViolations(page);
    await page.close();
  });
});

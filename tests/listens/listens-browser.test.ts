// The site listens, end to end: the seed site built with a service (SERVICE_URL), served as static
// files, the service running on PGlite with a real SMTP server behind it, and Chromium with
// JavaScript switched off filling in the forms the way an entrepreneur would.
import { readFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import {
  amsterdamDay,
  DISTRICTS,
  dataFilePath,
  SECTORS,
  THEMES,
  docPath,
  finderResultPath,
  routePath,
  thanksPath,
  type Lang,
} from '@mkb010/model';
import { fetchServiceReport, type ServiceReport } from '@mkb010/service/client';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, launchBrowser } from '../../tools/browser.ts';
import type { StaticServer } from '../../tools/serve.ts';
import type { SmtpSink } from '../../tools/smtp-sink.ts';
import { buildSite, ROOT, SEED_FILE } from '../helpers/build.ts';
import { buildServiceSite, type ServedServiceSite, serveServiceSite } from '../helpers/service-site.ts';
import { TEST_REPORT_TOKEN, type TestService } from '../helpers/service.ts';
import { seedNow } from '../setup/seed-site.ts';

interface SeedDoc {
  _id: string;
  _type: string;
  slug?: { current: string };
  providerPartner?: { _ref: string };
  intakeEmail?: string;
  title?: string;
  name?: string;
  contact?: { email?: string };
}

const docs: SeedDoc[] = (await readFile(SEED_FILE, 'utf8'))
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line));
const partners = new Map(docs.filter((d) => d._type === 'partner').map((d) => [d._id, d]));
// A scheme whose provider partner takes questions at its own intake address.
const scheme = docs.find(
  (d) => d._type === 'scheme' && !d._id.startsWith('drafts.') && partners.get(d.providerPartner?._ref ?? '')?.intakeEmail,
)!;
const provider = partners.get(scheme.providerPartner!._ref)!;
const programmeEmail = docs.find((d) => d._type === 'siteSettings')!.contact!.email!;
const guide = docs.find((d) => d._type === 'guide' && !d._id.startsWith('drafts.'))!;

const run = promisify(execFile);

let browser: Browser;
let site: StaticServer;
let service: TestService;
let sink: SmtpSink;
let outDir: string;
let served: ServedServiceSite;
let noScript: BrowserContext;

beforeAll(async () => {
  const built = await buildServiceSite();
  outDir = built.outDir;
  [served, browser] = await Promise.all([serveServiceSite(built, 'pglite'), launchBrowser()]);
  ({ site, sink, service } = served);
  noScript = await browser.newContext({ javaScriptEnabled: false });
}, 600_000);

afterAll(async () => {
  await noScript?.close();
  await browser?.close();
  await served?.close();
});

/** Fills in and sends the intake form on `page` as an entrepreneur would. */
async function askPartner(page: Page, fields: { name: string; email: string; question: string; company?: string }): Promise<void> {
  const form = page.locator('form[action*="/intake"]');
  await form.getByLabel(/Je naam|Your name/).fill(fields.name);
  await form.getByLabel(/Je e-mailadres|Your email address/).fill(fields.email);
  if (fields.company) await form.getByLabel(/Naam van je bedrijf|Your company name/).fill(fields.company);
  await form.getByLabel(/Je vraag|Your question/).fill(fields.question);
  await form.getByRole('checkbox').check();
  await Promise.all([page.waitForURL(/bedankt|thank-you/), form.getByRole('button').click()]);
}

/** The service's report, read as the Redactierapport reads it. */
function report(): Promise<ServiceReport> {
  return fetchServiceReport(service.url, TEST_REPORT_TOKEN);
}

describe('without JavaScript, against the built site and the running service', () => {
  it('a question on a scheme page ends on the bedankt page and reaches the provider partner, and the entrepreneur gets a reference number', async () => {
    const page = await noScript.newPage();
    const schemePath = docPath('scheme', scheme.slug!.current, 'nl');
    await page.goto(site.url + schemePath);
    const before = sink.mails.length;
    await askPartner(page, {
      name: 'Fatima el Amrani',
      email: 'fatima@bakkerij-amrani.example',
      company: 'Bakkerij El Amrani',
      question: 'Mijn oven verbruikt veel stroom. Kan ik bij jullie terecht voor advies over een zuinige oven?',
    });
    expect(new URL(page.url()).pathname).toBe(thanksPath('intake', 'nl'));
    await expect(page.locator('h1').textContent()).resolves.toContain('Bedankt');

    const mails = (await sink.waitFor(before + 2)).slice(before);
    const toPartner = mails.find((m) => m.envelope.to.includes(provider.intakeEmail!))!;
    const toEntrepreneur = mails.find((m) => m.envelope.to.includes('fatima@bakkerij-amrani.example'))!;
    expect(toPartner, 'a mail to the provider partner').toBeDefined();
    expect(toPartner.parsed.text).toContain('zuinige oven');
    expect(toPartner.parsed.text).toContain(schemePath);
    expect(toPartner.parsed.replyTo?.text).toContain('fatima@bakkerij-amrani.example');
    expect(toEntrepreneur, 'a confirmation to the entrepreneur').toBeDefined();
    expect(toEntrepreneur.parsed.text).toMatch(/MKB-\d{4}-\d{6}/);
    expect(toEntrepreneur.parsed.text).toContain(provider.name!);
    await page.close();
  });

  it('a question from a Hulpwijzer result page carries its answers to the programme contact', async () => {
    const page = await noScript.newPage();
    const theme = THEMES.values[0]!;
    const sector = SECTORS.values[0]!;
    await page.goto(site.url + finderResultPath(theme, sector, 'en'));
    await page.locator('form[action*="/intake"] select[name="district"]').selectOption(DISTRICTS.values[0]!);
    const before = sink.mails.length;
    await askPartner(page, {
      name: 'Joost de Wit',
      email: 'joost@dewit-installatie.example',
      question: 'Which of these schemes fits a firm of six installers?',
    });
    expect(new URL(page.url()).pathname).toBe(thanksPath('intake', 'en'));
    const mails = (await sink.waitFor(before + 2)).slice(before);
    const toProgramme = mails.find((m) => m.envelope.to.includes(programmeEmail))!;
    expect(toProgramme, 'a mail to the programme contact').toBeDefined();
    for (const answer of [THEMES.label(theme, 'nl'), SECTORS.label(sector, 'nl'), DISTRICTS.label(DISTRICTS.values[0]!, 'nl')]) {
      expect(toProgramme.parsed.text).toContain(answer);
    }
    const confirmation = mails.find((m) => m.envelope.to.includes('joost@dewit-installatie.example'))!;
    expect(confirmation.parsed.subject).toMatch(/[A-Za-z]/);
    expect(confirmation.parsed.text).toMatch(/MKB-\d{4}-\d{6}/);
    await page.close();
  });

  it('a yes and a no with a comment are stored, the comment without its e-mail address, and the report shows both for the page', async () => {
    const guidePath = docPath('guide', guide.slug!.current, 'nl');
    for (const [answer, comment] of [
      ['Ja', ''],
      ['Nee', 'Er staat niet bij wat het kost. Mail me op pieter@voorbeeld.example'],
    ] as const) {
      const page = await noScript.newPage();
      await page.goto(site.url + guidePath);
      const form = page.locator('form[action*="/feedback"]');
      await form.getByLabel(answer, { exact: true }).check();
      if (comment) await form.getByLabel(/Wat ontbrak er/).fill(comment);
      await Promise.all([page.waitForURL(/bedankt/), form.getByRole('button').click()]);
      expect(new URL(page.url()).pathname).toBe(thanksPath('feedback', 'nl'));
      await page.close();
    }
    const onPage = (await report()).feedback.find((f) => f.page === guidePath);
    expect(onPage).toMatchObject({ yes: 1, no: 1, docId: guide._id });
    expect(onPage!.latestComments.map((c) => c.text).join(' ')).toContain('wat het kost');
    expect(JSON.stringify(onPage)).not.toContain('pieter@voorbeeld.example');
  });

  it('the intake requests are counted per partner in the report, without names or addresses', async () => {
    const { requests } = await report();
    expect(requests.find((r) => r.partnerId === provider._id)?.count).toBe(1);
    expect(requests.find((r) => r.partnerId === null)?.count).toBe(1);
    expect(JSON.stringify(requests)).not.toMatch(/fatima|joost|@/i);
  });
});

describe('the Content-Security-Policy of a site with a service', () => {
  it('allows the service origin for form-action and connect-src, in the built _headers and every page, and nothing else', async () => {
    const policy = (file: string) => /Content-Security-Policy:\s*(.*)/.exec(file)![1]!.split(/;\s*/);
    const source = policy(await readFile(path.join(ROOT, 'public/_headers'), 'utf8'));
    const built = policy(await readFile(path.join(outDir, '_headers'), 'utf8'));
    const expected = source.map((d) => (/^(form-action|connect-src) /.test(d) ? `${d} ${service.url}` : d));
    expect(built).toEqual(expected);
    const html = await readFile(path.join(outDir, docPath('scheme', scheme.slug!.current, 'nl'), 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)![1]!.replaceAll('&#39;', "'").split(/;\s*/);
    expect(meta).toEqual(expected.filter((d) => !d.startsWith('frame-ancestors')));
  });
});

describe('with JavaScript, the search page', () => {
  it('counts a search that finds nothing, and it appears in the report’s top list', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}${routePath('search', 'nl')}?q=xqzvlorp`);
    await page.locator('[data-search-status]').filter({ hasText: /\S/ }).waitFor();
    await expect.poll(async () => (await report()).zeroResultQueries.map((q) => q.query), { timeout: 15_000 }).toContain('xqzvlorp');
    await context.close();
  });
});

describe('npm run content:report with the service', () => {
  /** Runs the report command the way an editor does, with the service's address and a token; returns what it printed. */
  async function contentReport(args: string[], token = TEST_REPORT_TOKEN): Promise<string> {
    const { stdout } = await run(process.execPath, [path.join(ROOT, 'scripts/content-report.ts'), ...args], {
      cwd: ROOT,
      env: {
        ...process.env,
        SERVICE_URL: service.url,
        SERVICE_REPORT_TOKEN: token,
        SITE_NOW: (await seedNow()).now,
        REPORT_DIR: path.join(outDir, '..', 'reports-cli'),
      },
    });
    return stdout;
  }

  it('lists the questions per partner, the answers per page with the comment, and the search that found nothing', async () => {
    const out = await contentReport([]);
    expect(out).toContain('Vragen via de site, per partner');
    expect(out).toMatch(new RegExp(`${provider.name}: 1 vraag, oudste`));
    expect(out).toMatch(/Programmateam \(algemeen contact\): 1 vraag/);
    expect(out).toContain(`${docPath('guide', guide.slug!.current, 'nl')}: 1 van 2 vonden de pagina nuttig (50%)`);
    expect(out).toContain('wat het kost');
    expect(out).not.toContain('pieter@voorbeeld.example');
    expect(out).toMatch(/"xqzvlorp" \(nl\): 1 keer/);
  });

  it("gives a partner's own report only its own questions", async () => {
    const slug = provider.slug!.current;
    const out = await contentReport(['--partner', slug, '--lang', 'en']);
    expect(out).toMatch(new RegExp(`${provider.name}: 1 question, oldest`));
    expect(out).not.toContain('Programme team (general contact)');
  });

  it('says in the report when the service refuses the token, and still reports the content', async () => {
    const stdout = await contentReport([], 'wrong');
    expect(stdout).toMatch(/De reacties van ondernemers zijn niet opgehaald: .*SERVICE_REPORT_TOKEN/);
    expect(stdout).toContain('Partners');
  });
});

describe('the progress page of a build that can read the service', () => {
  it('shows the questions through the site per quarter as a series of its own, in the page and the open data, never in the totals', async () => {
    const { now } = await seedNow();
    const rebuilt = await buildSite({
      env: {
        SITE_NOW: now,
        SERVICE_URL: service.url,
        SERVICE_REPORT_TOKEN: TEST_REPORT_TOKEN,
        CONTENT_FILE: undefined,
        SANITY_PROJECT_ID: undefined,
      },
    });
    expect(rebuilt.code, rebuilt.output).toBe(0);
    const json = async (dir: string) => JSON.parse(await readFile(path.join(dir, dataFilePath('json')), 'utf8'));
    const [withService, before] = await Promise.all([json(rebuilt.outDir), json(outDir)]);
    // The service counts in Amsterdam's calendar; both questions of this run were sent just now.
    const [year, month] = amsterdamDay(new Date()).split('-').map(Number) as [number, number];
    expect(withService.siteRequests).toEqual([{ quarter: `${year}-Q${Math.ceil(month / 3)}`, count: 2 }]);
    expect(before.siteRequests).toBeNull();
    expect(withService.totals).toEqual(before.totals);
    const page = await readFile(path.join(rebuilt.outDir, routePath('progress', 'nl'), 'index.html'), 'utf8');
    expect(page).toContain('Aanvragen via de site');
    expect(page).toMatch(new RegExp(`Q${Math.ceil(month / 3)} ${year}</th><td[^>]*>2</td>`));
    expect(await readFile(path.join(outDir, routePath('progress', 'nl'), 'index.html'), 'utf8')).not.toContain('Aanvragen via de site');
  }, 600_000);
});

describe('accessibility of the forms and the pages around them', () => {
  const pagesToCheck: [string, (lang: Lang) => string][] = [
    ['a scheme page with both forms', (lang) => docPath('scheme', scheme.slug!.current, lang)],
    ['the bedankt page for a question', (lang) => thanksPath('intake', lang)],
    ['the bedankt page for feedback', (lang) => thanksPath('feedback', lang)],
  ];
  for (const lang of ['nl', 'en'] as const) {
    for (const [what, pathOf] of pagesToCheck) {
      it(`axe finds nothing on ${what} (${lang})`, async () => {
        const page = await browser.newPage();
        const sitePath = pathOf(lang);
        if (lang === 'en' && what.startsWith('a scheme')) {
          // The English scheme page is the translation the Dutch page links to.
          await page.goto(site.url + docPath('scheme', scheme.slug!.current, 'nl'));
          const href = await page.locator('link[rel="alternate"][hreflang="en"]').getAttribute('href');
          await page.goto(href ? site.url + new URL(href).pathname : site.url + sitePath);
        } else {
          await page.goto(site.url + sitePath);
        }
        if (what.startsWith('a scheme')) {
          await expect(page.locator('form[action*="/intake"]').count()).resolves.toBe(1);
          await expect(page.locator('form[action*="/feedback"]').count()).resolves.toBe(1);
        }
        const violations = await axeViolations(page);
        expect(violations, describeViolations(violations)).toEqual([]);
        await page.close();
      });
    }
    it(`a form sent with its question left empty gets the service's error page in ${lang}, naming the field and keeping what was typed, and axe finds nothing on it`, async () => {
      // axe runs as a script, so this page has JavaScript; the form does not use it.
      const page = await browser.newPage();
      await page.goto(site.url + docPath('scheme', scheme.slug!.current, 'nl'));
      if (lang === 'en') {
        const href = await page.locator('link[rel="alternate"][hreflang="en"]').getAttribute('href');
        await page.goto(site.url + new URL(href!).pathname);
      }
      const form = page.locator('form[action*="/intake"]');
      await form.getByLabel(/Je naam|Your name/).fill('Sanne <b>Visser</b>');
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST'),
        form.getByRole('button').click(),
      ]);
      expect(response.status()).toBe(400);
      await page.waitForLoadState();
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
      await expect(page.locator('body').textContent()).resolves.toMatch(lang === 'nl' ? /Je vraag/ : /Your question/);
      await expect(page.locator('input[name="name"]').inputValue()).resolves.toBe('Sanne <b>Visser</b>');
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.close();
    });
  }
});

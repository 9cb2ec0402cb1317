// `npm run content:report` on a dataset made to contain every kind of problem it lists, judged at
// a fixed SITE_NOW: in Dutch (the default), in English (`--lang en`), and its `--partner` view.
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { editorReportHtml, type EditorReport } from '@mkb010/content/editor-report';
import { axeViolations, describeViolations, launchBrowser } from '../../tools/browser.ts';
import { fileEnv, REPORT_FIXTURE, runScript, type ScriptResult } from './helpers.ts';

const NOW = '2026-03-01T12:00:00.000Z';
let dir: string;
let all: { run: ScriptResult; json: EditorReport; html: string };
let havenlab: { run: ScriptResult; json: EditorReport; html: string };
let english: { run: ScriptResult; json: EditorReport; html: string };

async function report(args: string[], base: string, reportDir = dir) {
  const run = await runScript('content:report', { ...fileEnv(REPORT_FIXTURE, NOW), REPORT_DIR: reportDir }, args);
  if (run.code !== 0) throw new Error(`content:report ${args.join(' ')} failed (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  const json = JSON.parse(await readFile(path.join(reportDir, `${base}.json`), 'utf8')) as EditorReport;
  const html = await readFile(path.join(reportDir, `${base}.html`), 'utf8');
  return { run, json, html };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'mkb-editor-report-'));
  await mkdir(path.join(dir, 'en'));
  [all, havenlab, english] = await Promise.all([
    report([], 'editor-report'),
    report(['--partner', 'havenlab'], 'editor-report-havenlab'),
    report(['--lang', 'en'], 'editor-report', path.join(dir, 'en')),
  ]);
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the editor report lists each kind of problem', () => {
  test('invalid documents with field and problem', () => {
    expect(all.json.invalid).toEqual([
      { id: 'guide-kort', type: 'guide', problems: [{ path: 'summary', message: expect.stringMatching(/50 characters/) }] },
    ]);
    expect(all.run.stdout).toMatch(/guide "guide-kort", veld summary: .*50 characters/);
  });

  test('guides past their check-again date, with how late', () => {
    expect(all.json.staleGuides).toEqual([
      expect.objectContaining({
        id: 'guide-walstroom',
        checkAgainBy: '2026-02-01',
        lastChecked: '2025-02-01',
        daysOverdue: 28,
        partner: 'Havenlab Rotterdam',
      }),
    ]);
    expect(all.run.stdout).toContain(
      '"Walstroom voor binnenvaartschippers" (guide-walstroom, Havenlab Rotterdam): controleren uiterlijk op 1 februari 2026, 28 dagen te laat',
    );
  });

  test('broken references', () => {
    expect(all.json.brokenReferences).toEqual([
      { id: 'guide-laadpalen', type: 'guide', path: 'relatedGuides[0]', ref: 'guide-bestaat-niet', reason: 'missing' },
    ]);
    expect(all.run.stdout).toContain(
      'guide "guide-laadpalen", veld relatedGuides[0]: verwijst naar "guide-bestaat-niet", dat bestaat niet',
    );
  });

  test('upcoming events without registration (not the one that has it)', () => {
    expect(all.json.eventsWithoutRegistration.map((e) => e.id)).toEqual(['event-havenavond']);
    expect(all.run.stdout).toContain(
      '"Havenavond duurzame logistiek" (event-havenavond) op 12 maart 2026, georganiseerd door Havenlab Rotterdam',
    );
  });

  test('campaigns starting or ending in the next 14 days, also one not yet public', () => {
    expect(all.json.campaignsSoon).toEqual([
      { id: 'campaign-kassaweek', title: 'Kassaweek voor winkeliers', language: 'nl', change: 'ends', at: '2026-03-06T08:00:00.000Z' },
      { id: 'campaign-havenmaand', title: 'Havenmaand schone logistiek', language: 'nl', change: 'starts', at: '2026-03-09T08:00:00.000Z' },
    ]);
  });

  test('per partner: how much content and how fresh', () => {
    expect(all.json.partners).toEqual([
      {
        id: 'partner-havenlab',
        slug: 'havenlab',
        name: 'Havenlab Rotterdam',
        guides: 2,
        stories: 0,
        events: 1,
        schemes: 1,
        oldestLastChecked: '2025-02-01',
        neverChecked: 0,
        pastCheckAgain: 1,
      },
      {
        id: 'partner-stadswerk',
        slug: 'stadswerk',
        name: 'Stadswerk Ondernemers',
        guides: 0,
        stories: 0,
        events: 1,
        schemes: 0,
        oldestLastChecked: null,
        neverChecked: 0,
        pastCheckAgain: 0,
      },
    ]);
    expect(all.run.stdout).toContain(
      'Havenlab Rotterdam (havenlab): 2 gidsen, 0 verhalen, 1 evenement, 1 regeling; oudste controle 1 februari 2025, 1 over controledatum',
    );
  });

  test('the HTML page is self-contained, has a table per list, and escapes content', () => {
    expect(all.html).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(all.html).not.toMatch(/<script|<link |src="http|href="http/);
    expect(all.html).toContain('<th scope="col">Veld</th>');
    expect(all.html).toContain('<td>guide-kort</td><td>guide</td><td>summary</td>');
    expect(all.html).toContain('<td>Walstroom voor binnenvaartschippers</td>');
    // Six lists with rows plus the writing list (its open tips are none: a sentence, no table).
    expect(all.html.match(/<table>/g)?.length).toBe(7);
  });

  test('the HTML page passes axe (WCAG 2.1 A/AA) in Chromium', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.setContent(all.html);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      expect(await page.getByRole('table').count()).toBe(7);
      expect(await page.getByRole('heading', { level: 2 }).count()).toBe(8);
    } finally {
      await browser.close();
    }
  });

  test("editors' text cannot become markup in the HTML page", () => {
    const hostile = { ...all.json, staleGuides: [{ ...all.json.staleGuides[0], title: '<img src=x onerror=alert(1)> & "Co"' }] };
    const page = editorReportHtml(hostile, 'nl');
    expect(page).toContain('<td>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot;</td>');
    expect(page).not.toContain('<img');
  });
});

describe('--partner gives one organisation its own list', () => {
  test("only Havenlab Rotterdam's documents, no campaigns", () => {
    expect(havenlab.json.partner).toEqual({ id: 'partner-havenlab', slug: 'havenlab', name: 'Havenlab Rotterdam' });
    expect(havenlab.json.partners.map((p) => p.slug)).toEqual(['havenlab']);
    expect(havenlab.json.staleGuides.map((g) => g.id)).toEqual(['guide-walstroom']);
    expect(havenlab.json.brokenReferences.map((r) => r.id)).toEqual(['guide-laadpalen']);
    expect(havenlab.json.eventsWithoutRegistration.map((e) => e.id)).toEqual(['event-havenavond']);
    // guide-kort belongs to Stadswerk.
    expect(havenlab.json.invalid).toEqual([]);
    expect(havenlab.json.campaignsSoon).toBeNull();
    expect(havenlab.run.stdout).toContain('Redactierapport Havenlab Rotterdam (havenlab)');
    expect(havenlab.run.stdout).not.toContain('Stadswerk');
    expect(havenlab.html).toContain('Redactierapport Havenlab Rotterdam');
  });

  test("a left-out document still reaches its own partner's list", async () => {
    const { json } = await report(['--partner=stadswerk'], 'editor-report-stadswerk');
    expect(json.invalid.map((d) => d.id)).toEqual(['guide-kort']);
    expect(json.staleGuides).toEqual([]);
  });

  test('an unknown slug is an error that lists the known partners', async () => {
    const r = await runScript('content:report', { ...fileEnv(REPORT_FIXTURE, NOW), REPORT_DIR: dir }, ['--partner', 'havenlb']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Er is geen partner met slug "havenlb". Bekende partners: havenlab, stadswerk.');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('--lang en gives the same report in English', () => {
  test('the same findings, English sentences and an English page', () => {
    expect({ ...english.json, generatedAt: '' }).toEqual({ ...all.json, generatedAt: '' });
    expect(english.run.stdout).toContain(
      '"Walstroom voor binnenvaartschippers" (guide-walstroom, Havenlab Rotterdam): check again by 1 February 2026, 28 days overdue',
    );
    expect(english.run.stdout).toContain(
      'guide "guide-laadpalen", field relatedGuides[0]: refers to "guide-bestaat-niet", which does not exist',
    );
    expect(english.run.stdout).toContain(
      'Havenlab Rotterdam (havenlab): 2 guides, 0 stories, 1 event, 1 scheme; oldest check 1 February 2025, 1 past check-again',
    );
    expect(english.run.stdout).not.toMatch(/gidsen|verwijst|controleren/);
    expect(english.html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(english.html).toContain('<th scope="col">Field</th>');
  });

  test('an unknown language is an error that says which exist', async () => {
    const r = await runScript('content:report', { ...fileEnv(REPORT_FIXTURE, NOW), REPORT_DIR: dir }, ['--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--lang must be one of nl, en, not "fr"');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

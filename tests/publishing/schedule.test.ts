// Scheduled publishing: builds of the fixture at moments around its campaign's window, the schedule
// each build writes, and `npm run schedule:check` deciding whether a rebuild is due.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build.ts';
import { dueChanges, type Schedule } from '../../src/lib/schedule.ts';
import { buildSchedule } from '../../src/lib/schedule-build.ts';
import { CAMPAIGN_FROM, CAMPAIGN_UNTIL, fileEnv, filesContaining, readSite, runScript, SITE_FIXTURE, type SiteFile } from './helpers.ts';

const BUILD_TIMEOUT = 600_000;

/** The moments the site is built at, and whether the campaign is live then. */
const MOMENTS = {
  before: { now: '2026-03-01T12:00:00.000Z', live: false },
  atStart: { now: CAMPAIGN_FROM, live: true },
  during: { now: '2026-03-09T12:00:00.000Z', live: true },
  atEnd: { now: CAMPAIGN_UNTIL, live: false },
  after: { now: '2026-03-21T12:00:00.000Z', live: false },
} as const;
type Moment = keyof typeof MOMENTS;

/** What names the campaign on a page: titles and slugs (links, sitemap, feeds), in both languages. */
const CAMPAIGN_MARKERS = [
  'Lenteactie Warme Werkplaatsen',
  'Spring Drive for Warm Workshops',
  'lente-warme-werkplaatsen',
  'spring-warm-workshops',
];

const builds = {} as Record<Moment, { result: BuildResult; files: SiteFile[] }>;

beforeAll(async () => {
  const entries = await Promise.all(
    (Object.keys(MOMENTS) as Moment[]).map(async (name) => {
      const result = await buildSite({ env: fileEnv(SITE_FIXTURE, MOMENTS[name].now) });
      if (result.code !== 0) throw new Error(`Building the fixture at ${MOMENTS[name].now} failed:\n${result.output.slice(-3000)}`);
      return [name, { result, files: await readSite(result.outDir) }] as const;
    }),
  );
  for (const [name, build] of entries) builds[name] = build;
}, BUILD_TIMEOUT);

afterAll(async () => {
  for (const b of Object.values(builds)) await rm(path.dirname(b.result.outDir), { recursive: true, force: true });
});

const page = (name: Moment, file: string) => builds[name].files.find((f) => f.path === file)?.text;

describe('a campaign is on the site only inside its window', () => {
  test.each(Object.keys(MOMENTS) as Moment[])('%s the window: the campaign appears in dist exactly when it is live', (name) => {
    const { files } = builds[name];
    for (const marker of CAMPAIGN_MARKERS) {
      const found = filesContaining(files, marker);
      if (MOMENTS[name].live) expect(found.length, `"${marker}" should be in the site at ${MOMENTS[name].now}`).toBeGreaterThan(0);
      else expect(found, `"${marker}" must not be anywhere in the site at ${MOMENTS[name].now}`).toEqual([]);
    }
    // Not even its document id leaks while it is not public.
    if (!MOMENTS[name].live) expect(filesContaining(files, 'campaign-lente')).toEqual([]);
  });

  test('while live: its pages, the home page link, the sitemap, the guide link and the search index all have it', () => {
    for (const name of ['atStart', 'during'] as const) {
      expect(page(name, 'campagnes/lente-warme-werkplaatsen/index.html')).toMatch(/<h1[^>]*>Lenteactie Warme Werkplaatsen<\/h1>/);
      expect(page(name, 'en/campaigns/spring-warm-workshops/index.html')).toContain('Spring Drive for Warm Workshops');
      expect(page(name, 'index.html')).toContain('href="/campagnes/lente-warme-werkplaatsen/"');
      expect(page(name, 'gidsen/restwarmte-benutten/index.html')).toContain('href="/campagnes/lente-warme-werkplaatsen/"');
      const sitemap = builds[name].files
        .filter((f) => /^sitemap.*\.xml$/.test(f.path))
        .map((f) => f.text)
        .join('\n');
      expect(sitemap).toContain('/campagnes/lente-warme-werkplaatsen/');
      const index = builds[name].files.filter((f) => f.path.startsWith('pagefind/fragment/'));
      expect(filesContaining(index, 'Lenteactie Warme Werkplaatsen').length).toBe(1);
    }
  });

  test('the campaigns overview lists the campaign while it is live; outside its window it says none runs and points to the events', () => {
    for (const name of ['atStart', 'during'] as const) {
      expect(page(name, 'campagnes/index.html')).toContain('href="/campagnes/lente-warme-werkplaatsen/"');
      expect(page(name, 'en/campaigns/index.html')).toContain('href="/en/campaigns/spring-warm-workshops/"');
    }
    for (const name of ['before', 'atEnd', 'after'] as const) {
      const nl = page(name, 'campagnes/index.html')!;
      expect(nl).toContain('Er loopt op dit moment geen campagne.');
      expect(nl).toContain('href="/evenementen/"');
      expect(page(name, 'en/campaigns/index.html')).toContain('There is no campaign running at the moment.');
    }
  });

  test('outside the window the guide keeps its text but loses the link', () => {
    const guide = page('before', 'gidsen/restwarmte-benutten/index.html');
    expect(guide).toContain('Doe mee met de lenteactie.');
    expect(guide).not.toContain('/campagnes/lente-warme-werkplaatsen/');
  });
});

describe('events and schemes follow the same clock', () => {
  test('the event is upcoming before it ends and in the archive after', () => {
    expect(page('during', 'evenementen/index.html')).toContain('Warmtecafé voor ondernemers');
    expect(page('during', 'evenementen/archief/index.html')).not.toContain('Warmtecafé voor ondernemers');
    expect(page('after', 'evenementen/index.html')).not.toContain('Warmtecafé voor ondernemers');
    expect(page('after', 'evenementen/archief/index.html')).toContain('Warmtecafé voor ondernemers');
  });

  test('the scheme is open through its deadline day (20 March) and closed the day after', () => {
    expect(page('during', 'regelingen/warmtevoucher/index.html')).not.toContain('De deadline van deze regeling is voorbij');
    expect(page('after', 'regelingen/warmtevoucher/index.html')).toContain('De deadline van deze regeling is voorbij');
  });
});

describe('the schedule the build writes', () => {
  const schedule = async (name: Moment): Promise<Schedule> =>
    JSON.parse(await readFile(path.join(builds[name].result.reportDir, 'schedule.json'), 'utf8'));

  test('lists the next changes after the build, with times, types and ids only', async () => {
    const s = await schedule('before');
    expect(s.builtAt).toBe(MOMENTS.before.now);
    expect(s.perspective).toBe('published');
    expect(s.nextChange).toBe(CAMPAIGN_FROM);
    expect(s.changes).toEqual([
      { at: CAMPAIGN_FROM, kind: 'campaign-start', type: 'campaign', id: 'campaign-lente' },
      { at: CAMPAIGN_FROM, kind: 'campaign-start', type: 'campaign', id: 'campaign-lente-en' },
      // 14 days before the deadline (6 March, from midnight CET) the scheme feeds gain an entry.
      { at: '2026-03-05T23:00:00.000Z', kind: 'scheme-deadline-near', type: 'scheme', id: 'scheme-warmtevoucher' },
      { at: '2026-03-10T18:00:00.000Z', kind: 'event-end', type: 'event', id: 'event-warmtecafe' },
      { at: CAMPAIGN_UNTIL, kind: 'campaign-end', type: 'campaign', id: 'campaign-lente' },
      { at: CAMPAIGN_UNTIL, kind: 'campaign-end', type: 'campaign', id: 'campaign-lente-en' },
      // The deadline day 20 March ends at midnight in Amsterdam (CET, UTC+1).
      { at: '2026-03-20T23:00:00.000Z', kind: 'scheme-close', type: 'scheme', id: 'scheme-warmtevoucher' },
    ]);
    const text = await readFile(path.join(builds.before.result.reportDir, 'schedule.json'), 'utf8');
    expect(text).not.toContain('Lenteactie');
    expect(text).not.toContain('lente-warme-werkplaatsen');
  });

  test('is written outside dist, and a later build lists only what is still ahead', async () => {
    expect(builds.before.files.some((f) => f.path.includes('schedule'))).toBe(false);
    const s = await schedule('after');
    expect(s.changes).toEqual([]);
    expect(s.nextChange).toBeNull();
    const during = await schedule('during');
    expect(during.changes.map((c) => c.kind)).toEqual(['event-end', 'campaign-end', 'campaign-end', 'scheme-close']);
  });
});

describe('npm run schedule:check', () => {
  const check = (name: Moment, now: string) => runScript('schedule:check', { REPORT_DIR: builds[name].result.reportDir, SITE_NOW: now });

  test('says no rebuild (exit 1) before the campaign starts, naming the next change', async () => {
    const r = await check('before', '2026-03-02T07:59:59.999Z');
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain(`next change at ${CAMPAIGN_FROM} campaign starts (campaign campaign-lente)`);
  });

  test('says rebuild (exit 0) from the moment the campaign starts', async () => {
    for (const now of [CAMPAIGN_FROM, '2026-03-05T10:00:00.000Z']) {
      const r = await check('before', now);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain(`Rebuild due: ${CAMPAIGN_FROM} campaign starts (campaign campaign-lente)`);
    }
  });

  test('after the rebuild at the start, nothing is due until the scheme feeds gain their deadline entry', async () => {
    const quiet = await check('atStart', '2026-03-05T22:59:59.000Z');
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).toContain(
      'next change at 2026-03-05T23:00:00.000Z scheme deadline comes within the reminder days (feed entry) (scheme scheme-warmtevoucher)',
    );
    expect((await check('atStart', '2026-03-05T23:00:00.000Z')).code).toBe(0);
  });

  test('after the rebuild during the campaign, nothing is due until the event ends', async () => {
    const quiet = await check('during', '2026-03-10T17:59:59.000Z');
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).toContain('next change at 2026-03-10T18:00:00.000Z event ends (upcoming → past) (event event-warmtecafe)');
    const due = await check('during', '2026-03-10T18:00:00.000Z');
    expect(due.code).toBe(0);
    expect(due.stdout).toContain('event ends');
  });

  test('the scheme deadline triggers a rebuild at midnight after the deadline day', async () => {
    expect((await check('during', '2026-03-20T22:59:59.000Z')).code).toBe(0); // the event and campaign end already passed
    const atEnd = await runScript('schedule:check', { REPORT_DIR: builds.atEnd.result.reportDir, SITE_NOW: '2026-03-20T22:59:59.000Z' });
    expect(atEnd.code).toBe(1);
    const closes = await runScript('schedule:check', { REPORT_DIR: builds.atEnd.result.reportDir, SITE_NOW: '2026-03-20T23:00:00.000Z' });
    expect(closes.code).toBe(0);
    expect(closes.stdout).toContain('scheme deadline passes (open → closed) (scheme scheme-warmtevoucher)');
  });

  test('with nothing scheduled it says so (exit 1)', async () => {
    const r = await check('after', '2027-01-01T00:00:00.000Z');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('nothing is scheduled to change');
  });

  test('without a schedule (never built here) it asks for a build (exit 0)', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'mkb-no-schedule-'));
    try {
      const r = await runScript('schedule:check', { REPORT_DIR: empty, SITE_NOW: undefined });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('no schedule at');
      expect(existsSync(path.join(empty, 'schedule.json'))).toBe(false);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});

describe('schedule logic', () => {
  test('a change exactly at the build moment is already built; one a millisecond later is due once passed', () => {
    const builtAt = new Date(CAMPAIGN_FROM);
    const s = buildSchedule(
      { campaigns: [{ _id: 'c', publishFrom: CAMPAIGN_FROM, publishUntil: CAMPAIGN_UNTIL }], events: [], schemes: [] },
      builtAt,
      'published',
    );
    expect(s.changes.map((c) => c.kind)).toEqual(['campaign-end']);
    expect(dueChanges(s, new Date(Date.parse(CAMPAIGN_UNTIL) - 1))).toEqual([]);
    expect(dueChanges(s, new Date(CAMPAIGN_UNTIL)).map((c) => c.id)).toEqual(['c']);
  });
});

// The sample dataset has what the issue promises, hangs together, and regenerates the same way.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.ts';

const SEED = path.join(ROOT, 'studio/seed');
const BUILD = path.join(SEED, 'build.ts');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = { _id: string; _type: string; [field: string]: any };

const readDocs = (dir: string): Doc[] =>
  readFileSync(path.join(dir, 'data.ndjson'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));

const meta = JSON.parse(readFileSync(path.join(SEED, 'meta.json'), 'utf8')) as { anchor: string; counts: Record<string, number> };
const docs = readDocs(SEED);
const published = docs.filter((d) => !d._id.startsWith('drafts.'));
const ofType = (type: string, list = published) => list.filter((d) => d._type === type);
/** Noon in Amsterdam on the anchor day: the "now" the seed is written for. */
const nowFor = (anchor: string) => `${anchor}T11:00:00.000Z`;

const temps: string[] = [];
/** Runs build.ts into a fresh temporary folder with the given anchor; returns that folder. */
function buildInto(anchor: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mkb-seed-'));
  temps.push(dir);
  execFileSync(process.execPath, [BUILD, dir], { env: { ...process.env, SEED_ANCHOR: anchor }, stdio: 'pipe' });
  return dir;
}
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function campaignStates(list: Doc[], now: string) {
  const dutch = ofType('campaign', list).filter((c) => c.language === 'nl');
  const state = (c: Doc) =>
    c.publishUntil && c.publishUntil <= now ? 'ended' : c.publishFrom && c.publishFrom > now ? 'scheduled' : 'live';
  return dutch.map(state).sort();
}

const total = (reports: Doc[]) => reports.flatMap((r) => r.figures).reduce((sum, f) => sum + f.inspired + f.informed + f.activated, 0);

describe('seed dataset counts', () => {
  it('has the 13 partners, each with a logo', () => {
    const partners = ofType('partner');
    expect(partners.length).toBeGreaterThanOrEqual(13);
    expect(partners.filter((p) => p.logo?._sanityAsset).length).toBe(partners.length);
  });

  it('has at least 40 Dutch guides over all three themes, 15 of them translated', () => {
    const guides = ofType('guide');
    const dutch = guides.filter((g) => g.language === 'nl');
    const english = guides.filter((g) => g.language === 'en');
    expect(dutch.length).toBeGreaterThanOrEqual(40);
    for (const theme of ['circulair', 'duurzaam', 'digitaal']) {
      expect(dutch.filter((g) => g.themes.includes(theme)).length, `Dutch guides on ${theme}`).toBeGreaterThanOrEqual(10);
    }
    const translated = new Set(english.map((g) => g.translationOf?._ref));
    expect([...translated].filter((id) => dutch.some((g) => g._id === id)).length).toBeGreaterThanOrEqual(15);
  });

  it('has at least 12 Dutch stories with an image', () => {
    const stories = ofType('story').filter((s) => s.language === 'nl');
    expect(stories.length).toBeGreaterThanOrEqual(12);
    expect(stories.every((s) => s.image?._sanityAsset && s.image.alt)).toBe(true);
  });

  it('has 25 events in the past year and the coming six months, one cancelled, Ondernemen010 Live! ahead', () => {
    const now = nowFor(meta.anchor);
    const events = ofType('event');
    expect(events.length).toBeGreaterThanOrEqual(25);
    const past = events.filter((e) => e.end < now);
    const upcoming = events.filter((e) => e.start > now);
    expect(past.length).toBeGreaterThanOrEqual(5);
    expect(upcoming.length).toBeGreaterThanOrEqual(5);
    const yearAgo = new Date(Date.parse(now) - 370 * 86_400_000).toISOString();
    const halfYearAhead = new Date(Date.parse(now) + 190 * 86_400_000).toISOString();
    expect(events.filter((e) => e.start < yearAgo || e.start > halfYearAhead).map((e) => e._id)).toEqual([]);
    expect(events.filter((e) => e.cancelled).length).toBeGreaterThanOrEqual(1);
    expect(upcoming.some((e) => /Ondernemen010 Live!/.test(e.title.nl))).toBe(true);
  });

  it('has at least 15 schemes, some closed and some open', () => {
    const schemes = ofType('scheme');
    expect(schemes.length).toBeGreaterThanOrEqual(15);
    const closed = schemes.filter((s) => !s.ongoing && s.deadline < meta.anchor);
    expect(closed.length).toBeGreaterThanOrEqual(2);
    expect(schemes.filter((s) => s.ongoing || s.deadline >= meta.anchor).length).toBeGreaterThanOrEqual(8);
  });

  it('has 4 Dutch campaigns at the anchor: 1 ended, 1 live, 2 scheduled, with English versions', () => {
    expect(campaignStates(published, nowFor(meta.anchor))).toEqual(['ended', 'live', 'scheduled', 'scheduled']);
    expect(ofType('campaign').filter((c) => c.language === 'en').length).toBeGreaterThanOrEqual(2);
  });

  it('has impact reports whose first-run totals pass 5,000 and whose current run heads for the target', () => {
    const reports = ofType('impactReport');
    const firstRun = reports.filter((r) => r.periodEnd <= '2023-06-30');
    const currentRun = reports.filter((r) => r.periodStart >= '2023-07-01');
    expect(firstRun.length + currentRun.length, 'every report lies inside one run').toBe(reports.length);
    expect(total(firstRun)).toBeGreaterThan(5000);
    const settings = published.find((d) => d._id === 'siteSettings');
    expect(total(currentRun)).toBeGreaterThan(0);
    expect(total(currentRun)).toBeLessThan(settings?.targetEntrepreneurs);
    const years = new Set(reports.map((r) => r.periodStart.slice(0, 4)));
    expect(years.has('2018')).toBe(true);
    expect(reports.every((r) => r.periodEnd < meta.anchor)).toBe(true);
    for (const f of reports.flatMap((r) => r.figures)) expect(f.inspired).toBeGreaterThanOrEqual(f.activated);
  });

  it('has the about, accessibility and privacy pages in Dutch and English, linked as translations', () => {
    const pages = ofType('page');
    const slugs = (lang: string) =>
      pages
        .filter((p) => p.language === lang)
        .map((p) => p.slug.current)
        .sort();
    expect(slugs('nl')).toEqual(expect.arrayContaining(['over', 'privacy', 'toegankelijkheid']));
    expect(slugs('en')).toEqual(expect.arrayContaining(['about', 'accessibility', 'privacy']));
    for (const en of pages.filter((p) => p.language === 'en')) {
      expect(pages.find((p) => p._id === en.translationOf?._ref)?.language, `${en._id} translates a Dutch page`).toBe('nl');
    }
    const about = JSON.stringify(pages.find((p) => p.slug.current === 'over')?.body);
    expect(about).toMatch(/voorbeeld/i);
  });

  it('has site settings with the targets and the navigation routes', () => {
    const settings = published.find((d) => d._id === 'siteSettings');
    expect(settings).toMatchObject({ targetEntrepreneurs: 7500, firstRunTarget: 5000, currentRunStart: '2023-07-01' });
    expect(settings?.navigation.map((n: Doc) => n.route)).toEqual([
      'finder',
      'guides',
      'schemes',
      'events',
      'stories',
      'partners',
      'progress',
    ]);
    expect(settings?.footerLinks.map((n: Doc) => n.route)).toEqual(expect.arrayContaining(['about', 'accessibility', 'privacy']));
  });

  it('keeps drafts apart from the published documents', () => {
    const drafts = docs.filter((d) => d._id.startsWith('drafts.'));
    expect(drafts.some((d) => /Conceptversie/.test(d.title) && published.some((p) => `drafts.${p._id}` === d._id))).toBe(true);
    expect(drafts.some((d) => /Conceptgids/.test(d.title) && !published.some((p) => `drafts.${p._id}` === d._id))).toBe(true);
    expect(JSON.stringify(published)).not.toMatch(/Conceptversie|Conceptgids/);
  });

  it('matches the counts in meta.json', () => {
    expect(meta.counts.guide).toBe(ofType('guide').length);
    expect(meta.counts.drafts ?? 0).toBe(docs.length - published.length);
  });
});

describe('seed dataset integrity', () => {
  it('has unique ids and every reference resolves', () => {
    const ids = new Set(docs.map((d) => d._id));
    expect(ids.size).toBe(docs.length);
    const dangling: string[] = [];
    const walk = (doc: Doc, value: unknown) => {
      if (Array.isArray(value)) for (const v of value) walk(doc, v);
      else if (value && typeof value === 'object') {
        const ref = (value as { _ref?: unknown })._ref;
        if (typeof ref === 'string' && !ids.has(ref) && !(doc._id.startsWith('drafts.') && ids.has(`drafts.${ref}`))) {
          dangling.push(`${doc._id} -> ${ref}`);
        }
        for (const v of Object.values(value)) walk(doc, v);
      }
    };
    for (const d of docs) walk(d, d);
    expect(dangling).toEqual([]);
  });

  it('has every image file beside data.ndjson, named by its content and size', () => {
    const assets = new Set<string>();
    const walk = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        const asset = (value as { _sanityAsset?: unknown })._sanityAsset;
        if (typeof asset === 'string') assets.add(asset);
        Object.values(value).forEach(walk);
      }
    };
    docs.forEach(walk);
    expect(assets.size).toBeGreaterThanOrEqual(30);
    for (const asset of assets) {
      const match = /^image@file:\/\/\.\/images\/([0-9a-f]{40})-(\d+)x(\d+)\.png$/.exec(asset);
      expect(match, asset).not.toBeNull();
      const file = path.join(SEED, 'images', `${match![1]}-${match![2]}x${match![3]}.png`);
      expect(existsSync(file), `${file} exists`).toBe(true);
      const bytes = readFileSync(file);
      expect(createHash('sha1').update(bytes).digest('hex')).toBe(match![1]);
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([Number(match![2]), Number(match![3])]);
      expect(bytes.length, `${file} stays small`).toBeLessThan(60_000);
    }
    expect(readdirSync(path.join(SEED, 'images')).length, 'no unused files in images/').toBe(assets.size);
  });
});

describe('seed build', () => {
  it('regenerates the committed dataset byte for byte from the same anchor', () => {
    const a = buildInto(meta.anchor);
    const b = buildInto(meta.anchor);
    const first = readFileSync(path.join(a, 'data.ndjson'), 'utf8');
    expect(readFileSync(path.join(b, 'data.ndjson'), 'utf8')).toBe(first);
    expect(readdirSync(path.join(b, 'images')).sort()).toEqual(readdirSync(path.join(a, 'images')).sort());
    // If this fails, a seed source changed after the last `npm run seed`: run it and commit the result.
    expect(readFileSync(path.join(SEED, 'data.ndjson'), 'utf8') === first, 'data.ndjson is up to date with studio/seed/src').toBe(true);
  });

  it('stays current when rebuilt a year later: campaigns and upcoming events move along', () => {
    const later = new Date(Date.parse(`${meta.anchor}T12:00:00Z`) + 400 * 86_400_000).toISOString().slice(0, 10);
    const shifted = readDocs(buildInto(later));
    const now = nowFor(later);
    expect(campaignStates(shifted, now)).toEqual(['ended', 'live', 'scheduled', 'scheduled']);
    expect(ofType('event', shifted).filter((e) => e.start > now).length).toBeGreaterThanOrEqual(5);
  });

  it('refuses a dataset with a dangling reference, naming the document', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mkb-seed-bad-'));
    temps.push(dir);
    const src = path.join(dir, 'src');
    mkdirSync(src);
    writeFileSync(
      path.join(src, 'bad.ts'),
      "export default (ctx: { ref: (id: string) => unknown }) => [{ _id: 'page-kapot', _type: 'page', language: 'en', translationOf: ctx.ref('page-bestaat-niet') }];\n",
    );
    let message = '';
    try {
      execFileSync(process.execPath, [BUILD, dir], { env: { ...process.env, SEED_ANCHOR: meta.anchor, SEED_SRC: src }, stdio: 'pipe' });
    } catch (err) {
      message = String((err as { stderr?: Buffer }).stderr);
    }
    expect(message).toContain('page-kapot');
    expect(message).toContain('page-bestaat-niet');
    expect(existsSync(path.join(dir, 'data.ndjson'))).toBe(false);
  });

  it('builds the real seed without a single open writing warning', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mkb-seed-'));
    temps.push(dir);
    const run = spawnSync(process.execPath, [BUILD, dir], { env: { ...process.env, SEED_ANCHOR: meta.anchor }, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  describe('refuses a text with an open writing warning, and lists each one', () => {
    /** A Dutch page with a planted officialese word and a sentence of 31 words, marked intended or not. */
    const page = (intended: string[]) =>
      `export default () => [{ _id: 'page-ambtelijk', _type: 'page', language: 'nl', title: 'Subsidie aanvragen', writingIntended: ${JSON.stringify(intended)}, summary: ` +
      "'Vraag de subsidie aan middels het formulier. Wie in Rotterdam een winkel heeft en minder energie wil gebruiken, kan bij de gemeente een gratis energiescan aanvragen, waarna een adviseur langskomt die samen met jou de beste stappen kiest.' }];\n";
    /** Builds a seed of that one page; returns the exit code, the error output and whether data was written. */
    function build(intended: string[]) {
      const dir = mkdtempSync(path.join(tmpdir(), 'mkb-seed-writing-'));
      temps.push(dir);
      const src = path.join(dir, 'src');
      mkdirSync(src);
      writeFileSync(path.join(src, 'page.ts'), page(intended));
      const run = spawnSync(process.execPath, [BUILD, dir], {
        env: { ...process.env, SEED_ANCHOR: meta.anchor, SEED_SRC: src },
        encoding: 'utf8',
      });
      return { status: run.status, stderr: run.stderr, written: existsSync(path.join(dir, 'data.ndjson')) };
    }

    it('stops with both warnings, naming the document, the field, the passage and the mark that would silence it', () => {
      const { status, stderr, written } = build([]);
      expect(status).toBe(1);
      expect(written).toBe(false);
      expect(stderr).toContain('The seed has 2 problem(s)');
      expect(stderr).toContain('page-ambtelijk (src/page.ts): Samenvatting: "middels" is ambtelijke taal');
      expect(stderr).toContain('add "officialese: middels" to the document\'s writingIntended');
      expect(stderr).toContain('de zin "Wie in Rotterdam een winkel heeft …" heeft 31 woorden');
      expect(stderr).toContain('add "long-sentence: Wie in Rotterdam een winkel heeft …"');
    });

    it('builds once each warning is marked intended, and refuses a mark that names no warning', () => {
      expect(build(['officialese: middels', 'long-sentence: Wie in Rotterdam een winkel heeft …'])).toMatchObject({
        status: 0,
        stderr: '',
        written: true,
      });
      const stale = build(['officialese: middels', 'long-sentence: Wie in Rotterdam een winkel heeft …', 'officialese: teneinde']);
      expect(stale.status).toBe(1);
      expect(stale.stderr).toContain('writingIntended: "officialese: teneinde" marks no warning');
    });
  });
});

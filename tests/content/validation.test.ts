// Validation and the content report: invalid documents are left out and listed with a field path,
// duplicate slugs never replace each other silently, dangling references are reported, and
// CONTENT_STRICT=1 turns any problem into a failed load.
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadSiteContent } from '../../src/content/load.ts';
import type { ContentReport } from '@mkb010/content/report';
import { FIXTURE, FIXTURE_IMAGES, FIXTURE_NOW } from './fixture.ts';

let work: string;
let base: Record<string, unknown>[];
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'mkb-validation-'));
  await symlink(FIXTURE_IMAGES, path.join(work, 'images'));
  base = (await readFile(FIXTURE, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Writes the fixture with changes into a folder that links the fixture's images. */
/** A document's line in the fixture (and in every variant, which keeps the order). */
const lineOf = (id: string) => base.findIndex((d) => d._id === id) + 1;

async function variant(name: string, change: (docs: Record<string, any>[]) => Record<string, any>[]): Promise<string> {
  const file = path.join(work, `${name}.ndjson`);
  const docs = change(structuredClone(base));
  await writeFile(file, docs.map((d) => JSON.stringify(d)).join('\n'));
  return file;
}

const byId = (docs: Record<string, any>[], id: string) => docs.find((d) => d._id === id)!;

function load(file: string, extra: { strict?: boolean; reportDir?: string } = {}) {
  return loadSiteContent({
    env: { CONTENT_FILE: file, SITE_NOW: FIXTURE_NOW },
    reportDir: extra.reportDir ?? false,
    strict: extra.strict ?? false,
  });
}

describe('invalid documents', () => {
  test('are left out and listed with id, type, field path and problem; the rest still loads', async () => {
    const file = await variant('invalid', (docs) => {
      byId(docs, 'guide-afval-scheiden').steps = [byId(docs, 'guide-afval-scheiden').steps[0]];
      byId(docs, 'guide-energie-besparen').heroImage.alt = '';
      byId(docs, 'event-netwerkontbijt').end = '2026-03-12T06:00:00.000Z';
      return docs;
    });
    const { collections, report } = await load(file);
    expect(collections.guides.map((g) => g._id)).toEqual(['guide-energie-besparen-en']);
    expect(collections.events).toEqual([]);
    expect(report.invalid).toEqual(
      expect.arrayContaining([
        {
          id: 'guide-afval-scheiden',
          type: 'guide',
          collection: 'guides',
          line: lineOf('guide-afval-scheiden'),
          problems: [{ path: 'steps', message: 'at least two steps' }],
        },
        {
          id: 'guide-energie-besparen',
          type: 'guide',
          collection: 'guides',
          line: lineOf('guide-energie-besparen'),
          problems: [{ path: 'heroImage.alt', message: 'must not be empty' }],
        },
        {
          id: 'event-netwerkontbijt',
          type: 'event',
          collection: 'events',
          line: lineOf('event-netwerkontbijt'),
          problems: [{ path: 'end', message: 'must not be before start' }],
        },
      ]),
    );
    expect(report.leftOut).toBe(3);
    expect(report.counts.guides).toEqual({ fetched: 3, published: 1, leftOut: 2 });
  });

  test('a missing image file is named in the report', async () => {
    const file = await variant('image', (docs) => {
      byId(docs, 'story-bakkerij-de-korf').image._sanityAsset = 'image@file://./images/0000000000000000000000000000000000000000-10x10.png';
      return docs;
    });
    const { collections, report } = await load(file);
    expect(collections.stories).toEqual([]);
    expect(report.invalid[0].problems[0].path).toBe('image');
    expect(report.invalid[0].problems[0].message).toMatch(/image file \.\/images\/0{40}-10x10\.png is missing beside the dataset/);
  });

  test('references to a document that was left out are dropped and reported; links to it lose their target', async () => {
    const file = await variant('left-out-target', (docs) => {
      byId(docs, 'guide-energie-besparen-en').summary = 'Too short.';
      byId(docs, 'scheme-energiebespaarsubsidie').applyUrl = 'javascript:alert(1)';
      return docs;
    });
    const { collections, report } = await load(file);
    const nl = byId(collections.guides, 'guide-energie-besparen');
    expect(nl.relatedSchemes).toEqual([]);
    expect(nl.body[0].markDefs[0].target).toBeNull();
    expect(nl.translation).toBeNull();
    expect(report.danglingReferences).toEqual(
      expect.arrayContaining([
        {
          id: 'guide-energie-besparen',
          type: 'guide',
          path: 'relatedSchemes[0]',
          ref: 'scheme-energiebespaarsubsidie',
          reason: 'left-out',
        },
        {
          id: 'guide-energie-besparen',
          type: 'guide',
          path: 'body[0].markDefs[0].reference',
          ref: 'guide-energie-besparen-en',
          reason: 'left-out',
        },
      ]),
    );
  });
});

describe('scheme lifecycle and change logs', () => {
  test('a scheme opening after its deadline, and change notes without date or text or dated in the future, are left out and named', async () => {
    const file = await variant('lifecycle', (docs) => {
      const scheme = byId(docs, 'scheme-energiebespaarsubsidie');
      scheme.opensAt = '2030-01-01';
      scheme.ongoing = false;
      scheme.deadline = '2029-12-31';
      scheme.changeLog = [
        { _key: 'a', date: '2026-02-03', note: { nl: 'Het maximumbedrag is verhoogd naar €5.000.' } },
        { _key: 'b', note: { nl: 'Zonder datum' } },
        { _key: 'c', date: '2026-03-02', note: { nl: 'Morgen pas' } },
      ];
      const guide = byId(docs, 'guide-energie-besparen-en');
      guide.changeLog = [{ _key: 'd', date: '2026-01-10', note: { nl: 'Alleen in het Nederlands' } }];
      return docs;
    });
    const { collections, report } = await load(file);
    expect(collections.schemes).toEqual([]);
    expect(collections.guides.map((g) => g._id)).not.toContain('guide-energie-besparen-en');
    expect(report.invalid).toEqual(
      expect.arrayContaining([
        {
          id: 'scheme-energiebespaarsubsidie',
          type: 'scheme',
          collection: 'schemes',
          line: lineOf('scheme-energiebespaarsubsidie'),
          problems: expect.arrayContaining([
            { path: 'changeLog[1].date', message: 'a change needs the date it took effect' },
            { path: 'changeLog[2].date', message: '2026-03-02 is after today (2026-03-01); record a change once it has happened' },
            { path: 'opensAt', message: 'must not be after the deadline (applications cannot open after they close)' },
          ]),
        },
        {
          id: 'guide-energie-besparen-en',
          type: 'guide',
          collection: 'guides',
          line: lineOf('guide-energie-besparen-en'),
          problems: [{ path: 'changeLog[0].note.en', message: 'a change needs a note saying what changed (en)' }],
        },
      ]),
    );
  });

  test('a valid change log, opening day and budget status load as they are', async () => {
    const file = await variant('lifecycle-ok', (docs) => {
      const scheme = byId(docs, 'scheme-energiebespaarsubsidie');
      scheme.opensAt = '2026-04-01';
      scheme.budgetStatus = 'bijna-op';
      scheme.changeLog = [
        { _key: 'a', date: '2026-02-03', note: { nl: 'Het maximumbedrag is verhoogd naar €5.000.', en: 'The maximum is now €5,000.' } },
      ];
      return docs;
    });
    const { collections, report } = await load(file);
    expect(report.invalid).toEqual([]);
    expect(collections.schemes[0]).toMatchObject({
      opensAt: '2026-04-01',
      budgetStatus: 'bijna-op',
      changeLog: [
        { _key: 'a', date: '2026-02-03', note: { nl: 'Het maximumbedrag is verhoogd naar €5.000.', en: 'The maximum is now €5,000.' } },
      ],
    });
  });
});

describe('static pages', () => {
  test("a page whose slug is a section's address is left out, named with its field, in either language", async () => {
    const file = await variant('reserved-slug', (docs) => {
      byId(docs, 'page-over').slug.current = 'gidsen';
      byId(docs, 'page-about').slug.current = 'guides';
      return docs;
    });
    const { collections, report } = await load(file);
    expect(collections.pages).toEqual([]);
    expect(report.invalid).toEqual(
      expect.arrayContaining([
        {
          id: 'page-over',
          type: 'page',
          collection: 'pages',
          line: lineOf('page-over'),
          problems: [{ path: 'slug', message: '/gidsen/ is an address of the site itself; choose another slug' }],
        },
        {
          id: 'page-about',
          type: 'page',
          collection: 'pages',
          line: lineOf('page-about'),
          problems: [{ path: 'slug', message: '/en/guides/ is an address of the site itself; choose another slug' }],
        },
      ]),
    );
  });

  test('the same word is fine in the language where no section uses it', async () => {
    // "guides" is only an English section, so a Dutch page may use it.
    const file = await variant('free-slug', (docs) => {
      byId(docs, 'page-over').slug.current = 'guides';
      return docs;
    });
    const { collections, report } = await load(file);
    expect(collections.pages.map((p) => p.slug).sort()).toEqual(['about', 'guides']);
    expect(report.leftOut).toBe(0);
  });
});

describe('slugs that cannot be an address are left out and reported, never a failed build', () => {
  test('too long for a file name, a Windows device name, or a word of the section the document lives in', async () => {
    const file = await variant('unwritable-slugs', (docs) => {
      byId(docs, 'story-bakkerij-de-korf').slug.current = `${'bakkerij-'.repeat(555)}korf`;
      byId(docs, 'event-netwerkontbijt').slug.current = 'archief';
      byId(docs, 'partner-kennispunt').slug.current = 'con';
      byId(docs, 'guide-energie-besparen-en').slug.current = 'page';
      byId(docs, 'guide-afval-scheiden').slug.current = 'a'.repeat(97);
      return docs;
    });
    const { collections, report } = await load(file);
    const slugProblems = Object.fromEntries(report.invalid.map((d) => [d.id, d.problems]));
    expect(slugProblems).toEqual({
      'story-bakkerij-de-korf': [{ path: 'slug', message: 'is 4999 characters long; a slug may have at most 96' }],
      'event-netwerkontbijt': [{ path: 'slug', message: '/evenementen/archief/ is an address of the site itself; choose another slug' }],
      'partner-kennispunt': [
        { path: 'slug', message: '"con" is a device name on Windows, where the page\'s folder could not be written; choose another slug' },
      ],
      'guide-energie-besparen-en': [{ path: 'slug', message: '/en/guides/page/ is an address of the site itself; choose another slug' }],
      'guide-afval-scheiden': [{ path: 'slug', message: 'is 97 characters long; a slug may have at most 96' }],
    });
    expect(collections.events).toEqual([]);
    // Words of another section or language stay free: a Dutch guide may be called "page", an event "thema".
    const free = await load(
      await variant('free-words', (docs) => {
        byId(docs, 'guide-energie-besparen').slug.current = 'page';
        byId(docs, 'event-netwerkontbijt').slug.current = 'thema';
        return docs;
      }),
    );
    expect(free.report.invalid).toEqual([]);
  });
});

describe('duplicate slugs', () => {
  test('the earliest created document keeps the slug; the other is left out and both are named', async () => {
    const file = await variant('duplicate', (docs) => {
      const copy: Record<string, any> = {
        ...structuredClone(byId(docs, 'guide-afval-scheiden')),
        _id: 'guide-afval-scheiden-2',
        _createdAt: '2025-09-01T09:00:00Z',
      };
      copy.slug = { _type: 'slug', current: 'energie-besparen' };
      return [...docs, copy];
    });
    const { collections, report } = await load(file);
    expect(collections.guides.filter((g) => g.slug === 'energie-besparen').map((g) => g._id)).toEqual(['guide-energie-besparen']);
    expect(report.duplicates).toEqual([
      { type: 'guide', language: 'nl', slug: 'energie-besparen', kept: 'guide-energie-besparen', leftOut: ['guide-afval-scheiden-2'] },
    ]);
  });

  test('the same slug in two languages is not a duplicate', async () => {
    const file = await variant('two-languages', (docs) => {
      byId(docs, 'guide-energie-besparen-en').slug.current = 'energie-besparen';
      return docs;
    });
    const { collections, report } = await load(file);
    expect(report.duplicates).toEqual([]);
    expect(collections.guides.filter((g) => g.slug === 'energie-besparen')).toHaveLength(2);
  });
});

describe('dangling references', () => {
  test('are reported with the holder and field path; the holder still loads without them', async () => {
    const file = await variant('dangling', (docs) => {
      byId(docs, 'guide-energie-besparen').partner._ref = 'partner-gone';
      byId(docs, 'event-netwerkontbijt').organisers.push({ _type: 'reference', _ref: 'partner-vanished', _key: 'o2' });
      byId(docs, 'guide-energie-besparen').body[0].markDefs[0].reference._ref = 'guide-never-written';
      byId(docs, 'page-about').translationOf._ref = 'page-missing';
      return docs;
    });
    const { collections, report } = await load(file);
    const guide = byId(collections.guides, 'guide-energie-besparen');
    expect(guide.partner).toBeUndefined();
    expect(guide.body[0].markDefs[0].target).toBeNull();
    expect(collections.events[0].organisers.map((o: { _id: string }) => o._id)).toEqual(['partner-ondernemershuis']);
    expect(byId(collections.pages, 'page-about').translation).toBeNull();
    expect(report.danglingReferences).toEqual(
      expect.arrayContaining([
        { id: 'guide-energie-besparen', type: 'guide', path: 'partner', ref: 'partner-gone', reason: 'missing' },
        { id: 'event-netwerkontbijt', type: 'event', path: 'organisers[1]', ref: 'partner-vanished', reason: 'missing' },
        {
          id: 'guide-energie-besparen',
          type: 'guide',
          path: 'body[0].markDefs[0].reference',
          ref: 'guide-never-written',
          reason: 'missing',
        },
        { id: 'page-about', type: 'page', path: 'translationOf', ref: 'page-missing', reason: 'missing' },
      ]),
    );
    expect(report.danglingReferences).toHaveLength(4);
  });

  test('a reference to a draft-only document is dangling on the published site, not in a preview', async () => {
    const file = await variant('draft-target', (docs) => {
      byId(docs, 'guide-afval-scheiden').relatedGuides = [{ _type: 'reference', _ref: 'guide-digitaal-factureren', _key: 'x' }];
      return docs;
    });
    const published = await load(file);
    expect(byId(published.collections.guides, 'guide-afval-scheiden').relatedGuides).toEqual([]);
    expect(published.report.danglingReferences).toEqual([
      { id: 'guide-afval-scheiden', type: 'guide', path: 'relatedGuides[0]', ref: 'guide-digitaal-factureren', reason: 'missing' },
    ]);
  });
});

describe('the content report and strict mode', () => {
  test('the report is written as JSON to the report folder', async () => {
    const file = await variant('report', (docs) => {
      byId(docs, 'partner-kennispunt').kind = 'bank';
      return docs;
    });
    const reportDir = path.join(work, 'reports');
    const { reportFile } = await load(file, { reportDir });
    expect(reportFile).toBe(path.join(reportDir, 'content-report.json'));
    const report: ContentReport = JSON.parse(await readFile(reportFile!, 'utf8'));
    expect(report.invalid).toEqual([
      {
        id: 'partner-kennispunt',
        type: 'partner',
        collection: 'partners',
        line: lineOf('partner-kennispunt'),
        problems: [{ path: 'kind', message: expect.stringContaining('ondernemersvereniging') }],
      },
    ]);
    expect(report.leftOut).toBe(1);
    expect(report.source).toContain(file);
  });

  test('CONTENT_STRICT=1 fails with every problem listed, and still writes the report', async () => {
    const file = await variant('strict', (docs) => {
      byId(docs, 'partner-kennispunt').kind = 'bank';
      byId(docs, 'guide-afval-scheiden').partner._ref = 'partner-gone';
      return docs;
    });
    const reportDir = path.join(work, 'strict-reports');
    const error = await loadSiteContent({ env: { CONTENT_FILE: file, SITE_NOW: FIXTURE_NOW, CONTENT_STRICT: '1' }, reportDir }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toContain('CONTENT_STRICT=1');
    expect(error.message).toContain(`invalid partner "partner-kennispunt" (line ${lineOf('partner-kennispunt')}), field kind`);
    expect(error.message).toContain('guide "guide-afval-scheiden", field partner: refers to "partner-gone", which does not exist');
    expect(JSON.parse(await readFile(path.join(reportDir, 'content-report.json'), 'utf8')).invalid).toHaveLength(1);
  });

  test('strict mode passes when the content is clean', async () => {
    const { report } = await loadSiteContent({
      env: { CONTENT_FILE: FIXTURE, SITE_NOW: FIXTURE_NOW, CONTENT_STRICT: '1' },
      reportDir: false,
    });
    expect(report.leftOut).toBe(0);
  });
});

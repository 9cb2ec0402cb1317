// One hostile document never stops a publish: it is left out and named (document, field, line) in
// the content report, the rest of the site loads as before, and CONTENT_STRICT=1 still fails on it.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { crc32, deflateSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { reportSections } from '@mkb010/content/editor-report';
import { describeWarnings } from '@mkb010/content/report';
import { loadEditorReport } from '@mkb010/content/source';
import { loadSiteContent } from '../../src/content/load.ts';
import { FIXTURE, FIXTURE_IMAGES, FIXTURE_NOW } from './fixture.ts';

let work: string;
let base: Record<string, any>[];

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'mkb-hostile-docs-'));
  const images = path.join(work, 'images');
  await cp(FIXTURE_IMAGES, images, { recursive: true });
  await writeFile(path.join(images, 'huge-30000x30000.png'), pngHeader(30_000, 30_000));
  await writeFile(path.join(images, 'broken-40x20.png'), 'Dit is geen afbeelding.');
  await writeFile(
    path.join(images, 'logo-40x20.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><script>alert(1)</script><rect width="40" height="20"/></svg>',
  );
  // Its name claims 9999×9999; the file is 60×30.
  await sharp({ create: { width: 60, height: 30, channels: 3, background: '#0a6' } })
    .png()
    .toFile(path.join(images, 'liar-9999x9999.png'));
  base = (await readFile(FIXTURE, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Writes the fixture with changes; returns the file. */
async function variant(name: string, change: (docs: Record<string, any>[]) => Record<string, any>[]): Promise<string> {
  const file = path.join(work, `${name}.ndjson`);
  await writeFile(
    file,
    change(structuredClone(base))
      .map((d) => JSON.stringify(d))
      .join('\n'),
  );
  return file;
}

const load = (file: string, strict = false) =>
  loadSiteContent({ env: { CONTENT_FILE: file, SITE_NOW: FIXTURE_NOW }, reportDir: false, strict });
const byId = (docs: Record<string, any>[], id: string) => docs.find((d) => d._id === id)!;
/** The 1-based line of a document in a variant written by `variant`. */
const lineOf = (docs: Record<string, any>[], id: string) => docs.findIndex((d) => d._id === id) + 1;

/**
 * A guide whose Portable Text body nests `depth` objects inside each other, written as JSON text
 * (JSON.stringify and structuredClone themselves run out of stack on such a value).
 */
async function deepVariant(name: string, depth: number): Promise<string> {
  const file = await variant(name, (docs) => {
    byId(docs, 'guide-energie-besparen').body = 'DEEP';
    return docs;
  });
  const open = '{"_type":"span","_key":"n","text":"","marks":[],"children":['.repeat(depth);
  const body = `[{"_type":"block","_key":"deep","style":"normal","markDefs":[],"children":[${open}{"_type":"span","_key":"x","text":"diep","marks":[]}${']}'.repeat(depth)}]}]`;
  await writeFile(file, (await readFile(file, 'utf8')).replace('"DEEP"', body));
  return file;
}

describe('a document nested deeper than 64 levels', () => {
  test('is left out and named with its field and line; the other documents load as without it', async () => {
    const clean = await load(await variant('clean', (d) => d));
    const file = await deepVariant('deep', 10_000);
    const { collections, report } = await load(file);
    expect(collections.guides.map((g) => g._id)).toEqual(
      clean.collections.guides.map((g) => g._id).filter((id) => id !== 'guide-energie-besparen'),
    );
    expect(collections.partners).toEqual(clean.collections.partners);
    const entry = report.invalid.find((d) => d.id === 'guide-energie-besparen');
    expect(entry).toMatchObject({ type: 'guide', line: lineOf(base, 'guide-energie-besparen') });
    expect(entry?.problems).toEqual([{ path: 'body[0]', message: expect.stringMatching(/nested more than 64 levels deep/) }]);
  });

  test('a body nested 55 levels deep is fine', async () => {
    const file = await deepVariant('deep-ok', 25);
    const { report } = await load(file);
    expect(report.invalid.find((d) => d.id === 'guide-energie-besparen')).toBeUndefined();
  });

  test('CONTENT_STRICT=1 still fails on it, naming document, field and line', async () => {
    const file = await deepVariant('deep-strict', 10_000);
    await expect(load(file, true)).rejects.toThrow(
      /invalid guide "guide-energie-besparen" \(line \d+\), field body\[0\]: is nested more than 64 levels deep/,
    );
  });
});

/**
 * A PNG that says it is `width` × `height` pixels, with a few bytes of pixel data: enough for any image
 * reader to learn its size, without the gigabytes the pixels would take.
 */
function pngHeader(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(16))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('an image file that the build could not resize', () => {
  const heroes = {
    'guide-energie-besparen': ['huge-30000x30000.png', /is 30000×30000 pixels, more than the build's image tool \(sharp\) can resize/],
    'guide-afval-scheiden': ['broken-40x20.png', /cannot be read as an image/],
    'story-bakkerij-de-korf': ['logo-40x20.svg', /is an SVG with a script in it/],
  } as const;
  const hostile = (docs: Record<string, any>[]) => {
    for (const [id, [name]] of Object.entries(heroes)) {
      const doc = byId(docs, id);
      doc[doc._type === 'story' ? 'image' : 'heroImage'] = {
        _type: 'image',
        _sanityAsset: `image@file://./images/${name}`,
        alt: 'Een afbeelding',
      };
    }
    return docs;
  };

  test('too many pixels, not an image, or an SVG with a script: the document is left out and named; the rest loads as without it', async () => {
    const clean = await load(await variant('images-clean', (d) => d));
    const { collections, report } = await load(await variant('images', hostile));
    for (const [id, [name, message]] of Object.entries(heroes)) {
      const field = id.startsWith('story') ? 'image' : 'heroImage';
      expect(report.invalid.find((d) => d.id === id)).toEqual({
        id,
        type: id.startsWith('story') ? 'story' : 'guide',
        collection: id.startsWith('story') ? 'stories' : 'guides',
        line: lineOf(base, id),
        problems: [
          {
            path: field,
            message: expect.stringMatching(new RegExp(`^image file \\./images/${name.replace('.', '\\.')} ${message.source}`)),
          },
        ],
      });
    }
    const left = new Set(Object.keys(heroes));
    expect(collections.guides).toEqual(
      clean.collections.guides.filter((g) => !left.has(g._id)).map((g) => expect.objectContaining({ _id: g._id })),
    );
    expect(collections.events).toEqual(clean.collections.events);
    expect(collections.partners).toEqual(clean.collections.partners);
  });

  test('CONTENT_STRICT=1 still fails on each of them', async () => {
    const error: Error = await load(await variant('images-strict', hostile), true).catch((e) => e);
    for (const id of Object.keys(heroes))
      expect(error.message).toMatch(new RegExp(`invalid \\w+ "${id}" \\(line \\d+\\), field \\w+: image file`));
  });

  test("an image's size is read from the file, not from its name", async () => {
    const { collections, report } = await load(
      await variant('liar', (docs) => {
        byId(docs, 'guide-energie-besparen').heroImage._sanityAsset = 'image@file://./images/liar-9999x9999.png';
        return docs;
      }),
    );
    expect(report.invalid).toEqual([]);
    expect(byId(collections.guides, 'guide-energie-besparen').heroImage).toMatchObject({ width: 60, height: 30 });
  });
});

describe('a date that does not exist', () => {
  test.each([
    ['scheme-energiebespaarsubsidie', 'deadline', '2027-02-30', '"2027-02-30" does not exist: month 2 of 2027 has 28 days'],
    ['scheme-energiebespaarsubsidie', 'deadline', '2027-13-01', '"2027-13-01" has month 13, which does not exist'],
    [
      'event-netwerkontbijt',
      'end',
      '2026-03-12T24:00:00Z',
      '"2026-03-12T24:00:00Z" has the time 24:00:00, which does not exist (00:00 to 23:59)',
    ],
  ])('%s with %s %s is left out and named, not rolled over to another day', async (id, field, value, message) => {
    const { collections, report } = await load(
      await variant(`date-${value.replace(/[^0-9]/g, '')}`, (docs) => {
        const doc = byId(docs, id);
        doc[field] = value;
        if (doc._type === 'scheme') doc.ongoing = false;
        return docs;
      }),
    );
    expect(
      Object.values(collections)
        .flat()
        .map((d) => d._id),
    ).not.toContain(id);
    expect(report.invalid.find((d) => d.id === id)?.problems).toContainEqual({ path: field, message });
  });
});

describe('content in the build log', () => {
  test('a _ref with line breaks and workflow commands is logged on one line, with no workflow command', async () => {
    const ref = 'partner-x\n::error::Publicatie mislukt\n::add-mask::geheim\r\n%0A::warning::';
    const file = await variant('log', (docs) => {
      byId(docs, 'guide-afval-scheiden').partner._ref = ref;
      byId(docs, 'guide-energie-besparen').title = 'Energie\n::error::besparen';
      return docs;
    });
    const error: Error = await load(file, true).catch((e) => e);
    const { report } = await load(file);
    const lines = [...error.message.split('\n'), ...describeWarnings(report)];
    expect(
      lines.some((l) =>
        l.includes('partner-x%0A%3A%3Aerror%3A%3APublicatie mislukt%0A%3A%3Aadd-mask%3A%3Ageheim%0D%0A%250A%3A%3Awarning%3A%3A'),
      ),
    ).toBe(true);
    for (const line of lines) {
      expect(line.trimStart()).not.toMatch(/^::/);
      expect(line).not.toContain('::');
    }
  });
});

describe('a dataset file with one _id twice', () => {
  test('keeps the last one, as a Content Lake import would, and names both lines', async () => {
    const file = await variant('same-id', (docs) => [
      ...docs,
      { ...byId(docs, 'guide-afval-scheiden'), title: 'Afval scheiden, tweede versie' },
    ]);
    const { collections, report } = await load(file);
    expect(collections.guides.filter((g) => g._id === 'guide-afval-scheiden').map((g) => g.title)).toEqual([
      'Afval scheiden, tweede versie',
    ]);
    expect(report.warnings).toContainEqual({
      message: `${file}, lines ${lineOf(base, 'guide-afval-scheiden')} and ${base.length + 1}: two documents with the id "guide-afval-scheiden"; the one on line ${base.length + 1} is used, as an import into the Content Lake would. Remove the other.`,
    });
  });
});

describe('invisible direction and zero-width characters', () => {
  const RLO = '\u202E';
  const ZWSP = '\u200B';
  const ZWJ = '\u200D';
  // Woman, ZWJ, laptop: one emoji, whose joiner must stay.
  const TECHNOLOGIST = `\u{1F469}${ZWJ}\u{1F4BB}`;
  const hostile = (docs: Record<string, any>[]) => {
    const guide = byId(docs, 'guide-afval-scheiden');
    guide.title = `Bedrijfsafval ${RLO}scheiden${ZWSP} ${TECHNOLOGIST}${ZWJ}`;
    guide.summary = `\uFEFFHoe je als \u2066horecaondernemer\u2069 glas, pa\u2060pier, gft en plas\u200Ctic gescheiden aanbiedt en wat dat oplevert.`;
    guide.slug.current = `afval-${ZWSP}scheiden\u202A\u202C`;
    // The English guide is linked from the Dutch one's body and is its translation.
    byId(docs, 'guide-energie-besparen-en').slug.current = `saving${ZWSP}-energy${RLO}`;
    return docs;
  };

  test('are removed from titles, summaries and slugs with a warning naming document and field; the document stays', async () => {
    const { collections, report } = await load(await variant('invisible', hostile));
    const guide = collections.guides.find((g) => g._id === 'guide-afval-scheiden')!;
    expect(guide.title).toBe(`Bedrijfsafval scheiden ${TECHNOLOGIST}`);
    expect(guide.summary).toBe(byId(base, 'guide-afval-scheiden').summary);
    expect(guide.slug).toBe('afval-scheiden');
    expect(report.invalid).toEqual([]);
    const warnings = report.warnings.filter((w) => w.id === 'guide-afval-scheiden').sort((a, b) => a.path!.localeCompare(b.path!));
    const warning = (path: string, message: RegExp) => ({
      id: 'guide-afval-scheiden',
      type: 'guide',
      path,
      message: expect.stringMatching(message),
    });
    expect(warnings).toEqual([
      warning('slug', /^3 invisible direction or zero-width character\(s\) removed \(U\+200B, U\+202A, U\+202C\)/),
      warning('summary', /^5 .* \(U\+FEFF, U\+2066, U\+2069, U\+2060, U\+200C\)/),
      warning('title', /^3 .* \(U\+202E, U\+200B, U\+200D\); they can show text backwards/),
    ]);
    expect(describeWarnings(report).join('\n')).toContain('guide "guide-afval-scheiden"');
  });

  test('a slug with them gives no second URL: links and translations use the cleaned slug', async () => {
    const clean = await load(await variant('invisible-clean', (d) => d));
    const { collections, report } = await load(await variant('invisible-links', hostile));
    const slugs = (c: typeof collections) => c.guides.map((g) => [g._id, g.slug, g.translation]);
    expect(slugs(collections)).toEqual(slugs(clean.collections));
    const dutch = collections.guides.find((g) => g._id === 'guide-energie-besparen')!;
    expect(JSON.stringify(dutch.body)).toContain('"slug":"saving-energy"');
    expect(JSON.stringify(collections)).not.toMatch(/[\u200B\u202A-\u202E]/);
    expect(report.warnings).toContainEqual(expect.objectContaining({ id: 'guide-energie-besparen-en', path: 'slug' }));
  });

  test('a slug equal to another after cleaning is a duplicate, not a second page', async () => {
    const file = await variant('invisible-duplicate', (docs) => [
      ...docs,
      {
        ...byId(docs, 'guide-afval-scheiden'),
        _id: 'guide-afval-scheiden-kopie',
        _createdAt: '2026-01-01T09:00:00Z',
        slug: { _type: 'slug', current: `afval${ZWSP}-scheiden` },
      },
    ]);
    const { collections, report } = await load(file);
    expect(collections.guides.filter((g) => g.slug === 'afval-scheiden').map((g) => g._id)).toEqual(['guide-afval-scheiden']);
    expect(collections.guides.map((g) => g._id)).not.toContain('guide-afval-scheiden-kopie');
    expect(report.duplicates).toContainEqual(expect.objectContaining({ slug: 'afval-scheiden' }));
  });
});

describe('a very long body', () => {
  test('over 200 kB is a warning naming document and field; the document is still published', async () => {
    const paragraph = (i: number) => ({
      _type: 'block',
      _key: `p${i}`,
      style: 'normal',
      markDefs: [],
      children: [{ _type: 'span', _key: `p${i}s`, text: 'Zet de verwarming lager als de winkel dicht is. '.repeat(20), marks: [] }],
    });
    const file = await variant('long-body', (docs) => {
      byId(docs, 'guide-energie-besparen').body.push(...Array.from({ length: 250 }, (_, i) => paragraph(i)));
      byId(docs, 'guide-afval-scheiden').body = Array.from({ length: 150 }, (_, i) => paragraph(i));
      return docs;
    });
    const { collections, report } = await load(file);
    expect(collections.guides.map((g) => g._id)).toContain('guide-energie-besparen');
    expect(report.invalid).toEqual([]);
    expect(report.warnings.filter((w) => /kB of text/.test(w.message))).toEqual([
      {
        id: 'guide-energie-besparen',
        type: 'guide',
        path: 'body',
        message: expect.stringMatching(/^is 2\d\d kB of text, more than 200 kB: .* It is published; split the text over more pages$/),
      },
    ]);
    // The editor report names it too, under what is on the site but worth fixing, in the editors' language.
    const editorReport = await loadEditorReport({ env: { CONTENT_FILE: file, SITE_NOW: FIXTURE_NOW }, now: new Date(FIXTURE_NOW) });
    const section = reportSections(editorReport, 'nl').find((x) => x.id === 'warnings');
    expect(section?.title).toBe('Op de site, maar verbeter het in de Studio');
    expect(section?.rows.map((r) => r.line)).toEqual([
      expect.stringMatching(/^guide "guide-energie-besparen", veld body: is 2\d\d kB of text/),
    ]);
  });
});

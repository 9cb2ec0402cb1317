// The dataset-file source: .ndjson and `sanity dataset export` archives, both perspectives, and
// the errors a person gets for files that cannot be used.
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadSiteContent } from '../../src/content/load.ts';
import type { ContentReport } from '@mkb010/content/report';
import { FIXTURE, FIXTURE_NOW } from './fixture.ts';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'mkb-dataset-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Entries are read loosely here: the tests look into Portable Text and optional fields. */
type Loose = { collections: Record<string, any[]>; report: ContentReport };

async function load(file: string, perspective: 'published' | 'drafts' = 'published'): Promise<Loose> {
  return loadSiteContent({
    env: { CONTENT_FILE: file, CONTENT_PERSPECTIVE: perspective, SITE_NOW: FIXTURE_NOW },
    reportDir: false,
    extractRoot: path.join(work, 'extracted'),
  }) as Promise<unknown> as Promise<Loose>;
}

const ids = (docs: { _id: string }[]) => docs.map((d) => d._id).sort();

/** Makes an archive laid out as `sanity dataset export` writes it: <name>/data.ndjson + <name>/images/. */
async function exportArchive(name: string): Promise<string> {
  const dir = path.join(work, `src-${name}`);
  await mkdir(path.join(dir, name), { recursive: true });
  await cp(FIXTURE, path.join(dir, name, 'data.ndjson'));
  await cp(path.join(path.dirname(FIXTURE), 'images'), path.join(dir, name, 'images'), { recursive: true });
  const file = path.join(work, `${name}.tar.gz`);
  await tar.c({ gzip: true, file, cwd: dir }, [name]);
  return file;
}

describe('an .ndjson dataset', () => {
  test('published perspective: drafts are hidden, published documents are shown as published', async () => {
    const { collections } = await load(FIXTURE);
    expect(ids(collections.guides)).toEqual(['guide-afval-scheiden', 'guide-energie-besparen', 'guide-energie-besparen-en']);
    const afval = collections.guides.find((g) => g._id === 'guide-afval-scheiden');
    expect(afval?.title).toBe('Bedrijfsafval scheiden');
    expect(collections.guides.some((g) => g._id.startsWith('drafts.'))).toBe(false);
  });

  test('drafts perspective: each draft overlays its published document under the published id', async () => {
    const { collections } = await load(FIXTURE, 'drafts');
    expect(ids(collections.guides)).toEqual([
      'guide-afval-scheiden',
      'guide-digitaal-factureren',
      'guide-energie-besparen',
      'guide-energie-besparen-en',
    ]);
    expect(collections.guides.find((g) => g._id === 'guide-afval-scheiden')?.title).toBe('Bedrijfsafval scheiden en besparen');
  });

  test('every collection is filled, with slugs flattened and references projected', async () => {
    const { collections, report } = await load(FIXTURE);
    for (const name of Object.keys(collections) as (keyof typeof collections)[]) {
      expect(collections[name].length, name).toBeGreaterThan(0);
    }
    const guide = collections.guides.find((g) => g._id === 'guide-energie-besparen')!;
    expect(guide.slug).toBe('energie-besparen');
    expect(guide.partner).toEqual({ _id: 'partner-kennispunt', _type: 'partner', name: 'Kennispunt Duurzaam', slug: 'kennispunt' });
    expect(guide.relatedSchemes[0]).toMatchObject({
      _id: 'scheme-energiebespaarsubsidie',
      slug: 'energiebespaarsubsidie',
      schemeType: 'subsidie',
    });
    expect(collections.events[0].organisers[0]).toMatchObject({ _id: 'partner-ondernemershuis', slug: 'ondernemershuis' });
    expect(collections.impactReports[0].partner.slug).toBe('ondernemershuis');
    expect(report.invalid).toEqual([]);
    expect(report.danglingReferences).toEqual([]);
  });

  test('images point at the files beside the dataset, with their size from the file name', async () => {
    const { collections } = await load(FIXTURE);
    const hero = collections.guides.find((g) => g._id === 'guide-energie-besparen')!.heroImage;
    expect(hero).toMatchObject({ alt: 'Een winkelier vervangt een lamp', width: 60, height: 30 });
    expect(path.dirname(hero.file)).toBe(path.join(path.dirname(FIXTURE), 'images'));
    expect(existsSync(hero.file)).toBe(true);
    const inBody = collections.guides
      .find((g) => g._id === 'guide-energie-besparen')!
      .body.find((b: { _type: string }) => b._type === 'image');
    expect(inBody).toMatchObject({ _key: 'b3', width: 30, height: 20 });
    expect(existsSync(inBody.file)).toBe(true);
  });

  test('translations are paired both ways', async () => {
    const { collections } = await load(FIXTURE);
    const nl = collections.guides.find((g) => g._id === 'guide-energie-besparen')!;
    const en = collections.guides.find((g) => g._id === 'guide-energie-besparen-en')!;
    expect(nl.translation).toEqual({ _id: en._id, slug: 'saving-energy', language: 'en' });
    expect(en.translation).toEqual({ _id: nl._id, slug: 'energie-besparen', language: 'nl' });
    expect(collections.guides.find((g) => g._id === 'guide-afval-scheiden')!.translation).toBeNull();
    expect(collections.pages.find((p) => p._id === 'page-over')!.translation).toMatchObject({ slug: 'about', language: 'en' });
  });

  test('campaigns: only live ones are published; a preview shows all with their schedule state', async () => {
    const published = await load(FIXTURE);
    expect(ids(published.collections.campaigns)).toEqual(['campaign-week-van-de-ondernemer']);
    expect(published.report.campaignsOutsideWindow).toEqual([
      { id: 'campaign-zomer', state: 'scheduled', publishFrom: '2026-06-01T00:00:00.000Z' },
    ]);
    const drafts = await load(FIXTURE, 'drafts');
    const states = Object.fromEntries(drafts.collections.campaigns.map((c) => [c._id, c.scheduleState]));
    expect(states).toEqual({ 'campaign-week-van-de-ondernemer': 'live', 'campaign-zomer': 'scheduled' });
  });

  test('internal links carry their target, or null when the target is not public', async () => {
    const published = await load(FIXTURE);
    const body = published.collections.guides.find((g) => g._id === 'guide-energie-besparen')!.body;
    expect(body[0].markDefs[0].target).toEqual({ _id: 'guide-energie-besparen-en', _type: 'guide', slug: 'saving-energy', language: 'en' });
    // campaign-zomer starts later: no link target on the published site, but there is one in a preview.
    expect(body[1].markDefs[0].target).toBeNull();
    // An event has one URL for both languages; its `language` (the spoken one) is not the link's.
    const story = published.collections.stories[0];
    expect(story.body[0].markDefs[0].target).toEqual({ _id: 'event-netwerkontbijt', _type: 'event', slug: 'netwerkontbijt' });
    const drafts = await load(FIXTURE, 'drafts');
    const draftBody = drafts.collections.guides.find((g) => g._id === 'guide-energie-besparen')!.body;
    expect(draftBody[1].markDefs[0].target).toMatchObject({ _type: 'campaign', slug: 'zomer' });
  });
});

describe('a sanity dataset export archive (.tar.gz)', () => {
  test('reads data.ndjson inside its folder and extracts the images for the build', async () => {
    const archive = await exportArchive('production-export');
    const fromArchive = await load(archive);
    const fromFile = await load(FIXTURE);
    for (const name of Object.keys(fromFile.collections) as (keyof typeof fromFile.collections)[]) {
      expect(ids(fromArchive.collections[name]), name).toEqual(ids(fromFile.collections[name]));
    }
    const story = fromArchive.collections.stories[0];
    expect(story.image.file).toContain(`${path.sep}production-export${path.sep}images${path.sep}`);
    expect(await readFile(story.image.file)).toEqual(await readFile(fromFile.collections.stories[0].image.file));
    expect(fromArchive.report.source).toContain(archive);
  });

  test('both perspectives work from an archive', async () => {
    const archive = await exportArchive('both-perspectives');
    expect(ids((await load(archive, 'drafts')).collections.guides)).toContain('guide-digitaal-factureren');
    expect(ids((await load(archive, 'published')).collections.guides)).not.toContain('guide-digitaal-factureren');
  });
});

describe('files that cannot be used give an error naming the file', () => {
  test('a missing file', async () => {
    const file = path.join(work, 'nowhere', 'data.ndjson');
    await expect(load(file)).rejects.toThrow(`Dataset file ${file} does not exist`);
  });

  test('a path that cannot be read as a file', async () => {
    const dir = path.join(work, 'a-folder.ndjson');
    await mkdir(dir, { recursive: true });
    await expect(load(dir)).rejects.toThrow(`Dataset file ${dir} is not a file`);
  });

  test('a malformed JSON line, with its line number', async () => {
    const file = path.join(work, 'broken.ndjson');
    const lines = (await readFile(FIXTURE, 'utf8')).split('\n');
    lines[4] = lines[4].slice(0, 40);
    await writeFile(file, lines.join('\n'));
    await expect(load(file)).rejects.toThrow(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, line 5: not valid JSON`));
  });

  test('a line that is not a document', async () => {
    const file = path.join(work, 'no-id.ndjson');
    await writeFile(file, '{"_id":"partner-a","_type":"partner"}\n{"_type":"partner","name":"Zonder id"}\n');
    await expect(load(file)).rejects.toThrow(`${file}, line 2: the document has no "_id" or no "_type"`);
  });

  test('an archive without data.ndjson', async () => {
    const dir = path.join(work, 'no-data');
    await mkdir(path.join(dir, 'export', 'images'), { recursive: true });
    await writeFile(path.join(dir, 'export', 'assets.json'), '{}');
    const file = path.join(work, 'no-data.tar.gz');
    await tar.c({ gzip: true, file, cwd: dir }, ['export']);
    await expect(load(file)).rejects.toThrow(`Dataset archive ${file} holds no data.ndjson`);
  });

  test('a file named .tar.gz that is not an archive', async () => {
    const file = path.join(work, 'not-an-archive.tar.gz');
    await writeFile(file, 'this is plain text, not gzip');
    await expect(load(file)).rejects.toThrow(`Dataset archive ${file}`);
  });

  test('the error message is for a person, without a stack trace', async () => {
    const error = await load(path.join(work, 'missing.ndjson')).catch((e) => e);
    expect(error.message).toMatch(/Set CONTENT_FILE/);
    expect(error.stack).toBe('');
  });
});

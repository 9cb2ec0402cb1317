// The whole site, not only the content load: a dataset holding each hostile document builds, every
// one of them is named in the content report, and every page is byte for byte the page of a build
// of the same dataset without them.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build.ts';
import { builtPaths } from '../site/html.ts';
import { FIXTURE, FIXTURE_IMAGES, FIXTURE_NOW } from './fixture.ts';

let work: string;
let clean: BuildResult;
let hostile: BuildResult;
const HOSTILE_IDS = ['guide-diep', 'guide-reuzenfoto', 'guide-kapotte-foto', 'story-svg-script', 'scheme-30-februari'];

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'mkb-hostile-site-'));
  await cp(FIXTURE_IMAGES, path.join(work, 'images'), { recursive: true });
  // Sharp reads the header and refuses the pixel count; the file itself stays tiny.
  const huge = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
    .png()
    .toBuffer();
  huge.writeUInt32BE(30_000, 16);
  huge.writeUInt32BE(30_000, 20);
  await writeFile(path.join(work, 'images', 'reuzen-30000x30000.png'), huge);
  await writeFile(path.join(work, 'images', 'kapot-40x20.png'), 'Dit is geen afbeelding.');
  await writeFile(
    path.join(work, 'images', 'script-40x20.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><script>alert(1)</script><rect width="40" height="20"/></svg>',
  );
  const docs: Record<string, any>[] = (await readFile(FIXTURE, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  const guide = docs.find((d) => d._id === 'guide-energie-besparen')!;
  const story = docs.find((d) => d._id === 'story-bakkerij-de-korf')!;
  const scheme = docs.find((d) => d._id === 'scheme-energiebespaarsubsidie')!;
  const copy = (doc: Record<string, any>, id: string, change: Record<string, unknown>) => ({
    ...structuredClone(doc),
    _id: id,
    slug: { _type: 'slug', current: id.replace(/^\w+-/, '') },
    ...change,
  });
  const image = (file: string) => ({ _type: 'image', _sanityAsset: `image@file://./images/${file}`, alt: 'Een foto van de werkplaats' });
  const hostileDocs = [
    copy(guide, 'guide-diep', { body: 'DEEP' }),
    copy(guide, 'guide-reuzenfoto', { heroImage: image('reuzen-30000x30000.png') }),
    copy(guide, 'guide-kapotte-foto', { heroImage: image('kapot-40x20.png') }),
    copy(story, 'story-svg-script', { image: image('script-40x20.svg') }),
    copy(scheme, 'scheme-30-februari', { deadline: '2027-02-30' }),
  ];
  const lines = (list: Record<string, any>[]) => list.map((d) => JSON.stringify(d)).join('\n');
  const depth = 5_000;
  const deep = `[{"_type":"block","_key":"deep","style":"normal","markDefs":[],"children":[${'{"_type":"span","_key":"n","text":"","marks":[],"children":['.repeat(depth)}{"_type":"span","_key":"x","text":"diep","marks":[]}${']}'.repeat(depth)}]}]`;
  await writeFile(path.join(work, 'clean.ndjson'), lines(docs));
  await writeFile(path.join(work, 'hostile.ndjson'), `${lines(docs)}\n${lines(hostileDocs).replace('"DEEP"', deep)}`);
  const env = (file: string) => ({ CONTENT_FILE: path.join(work, file), SITE_NOW: FIXTURE_NOW, SANITY_PROJECT_ID: undefined });
  clean = await buildSite({ env: env('clean.ndjson') });
  hostile = await buildSite({ env: env('hostile.ndjson') });
}, 600_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

test('a dataset holding each hostile document builds, and the report names every one of them with its line', async () => {
  expect(clean.code, clean.output.slice(-2000)).toBe(0);
  expect(hostile.code, hostile.output.slice(-2000)).toBe(0);
  const report = JSON.parse(await readFile(path.join(hostile.reportDir, 'content-report.json'), 'utf8'));
  const named = new Map(report.invalid.map((d: { id: string; line?: number }) => [d.id, d.line]));
  for (const id of HOSTILE_IDS) expect(named.get(id), id).toEqual(expect.any(Number));
});

test('every page is the same as in a build of the dataset without them', async () => {
  const before = await builtPaths(clean.outDir);
  const after = await builtPaths(hostile.outDir);
  expect(after).toEqual(before);
  const different: string[] = [];
  for (const page of before) {
    const file = page.endsWith('/') ? `${page}index.html` : page;
    const [a, b] = await Promise.all([readFile(path.join(clean.outDir, file), 'utf8'), readFile(path.join(hostile.outDir, file), 'utf8')]);
    if (a !== b) different.push(page);
  }
  expect(before.length).toBeGreaterThan(20);
  expect(different).toEqual([]);
});

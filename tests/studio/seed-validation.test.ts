// Every seed document passes the Studio's own validation, as an editor publishing it would see.
import { describe as group, expect, test } from 'vitest';
import { describe, importImages, readSeed, validate, type Doc } from './harness';

/** The seed, read once; a missing or broken file is reported by the first test, not skipped. */
function loadSeed(): { docs: Doc[]; error?: string; imageProblems: string[] } {
  const imageProblems: string[] = [];
  try {
    const docs = readSeed().map((doc) => importImages(doc, imageProblems, doc._id) as Doc);
    return { docs, imageProblems };
  } catch (err) {
    return { docs: [], error: (err as Error).message, imageProblems };
  }
}

const seed = loadSeed();
const TYPES = ['guide', 'story', 'event', 'scheme', 'partner', 'campaign', 'page', 'impactReport', 'siteSettings'];

test('the seed dataset exists and holds documents of every type', () => {
  expect(seed.error).toBeUndefined();
  const types = new Set(seed.docs.map((d) => d._type));
  expect(TYPES.filter((t) => !types.has(t))).toEqual([]);
});

test('every image in the seed is a file beside data.ndjson', () => {
  expect(seed.error).toBeUndefined();
  expect(seed.imageProblems).toEqual([]);
});

test('every seed document has a type the Studio knows', () => {
  expect(seed.error).toBeUndefined();
  const unknown = seed.docs.filter((d) => !d._type.startsWith('sanity.') && !TYPES.includes(d._type)).map((d) => `${d._id} (${d._type})`);
  expect(unknown).toEqual([]);
});

group.each(TYPES)('seed documents of type %s', (type) => {
  // Writing tips are warnings too: the seed's texts have none open (each is fixed or marked "bewust zo").
  test('pass every validation rule of the Studio (no errors, no warnings, no open writing tips)', async () => {
    expect(seed.error).toBeUndefined();
    const docs = seed.docs.filter((d) => d._type === type);
    expect(docs.length).toBeGreaterThan(0);
    const failures: string[] = [];
    for (const doc of docs) for (const marker of await validate(doc, seed.docs)) failures.push(`${doc._id} ${describe(marker)}`);
    expect(failures).toEqual([]);
  });
});

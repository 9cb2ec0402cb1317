// Every seed document passes the Studio's own validation, as an editor publishing it would see.
import { describe as group, expect, test } from 'vitest';
import { studioWritingCheck } from '../../studio/writing';
import { openWarnings } from '@mkb010/content/writing';
import { describe, importImages, readSeed, studioSchema, validate, type Doc } from './harness';

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
  // The writing tips are warnings too; the seed's own texts still have open ones until they are
  // rewritten (issue 27), so they are left out here and counted by the seed build instead.
  test('pass every validation rule of the Studio (no errors, no warnings but writing tips)', async () => {
    expect(seed.error).toBeUndefined();
    const docs = seed.docs.filter((d) => d._type === type);
    expect(docs.length).toBeGreaterThan(0);
    const schemaType = (await studioSchema()).get(type);
    const failures: string[] = [];
    for (const doc of docs) {
      const tips = new Set(openWarnings(studioWritingCheck(doc, schemaType)).map((w) => w.message));
      const markers = await validate(doc, seed.docs);
      for (const marker of markers)
        if (marker.level !== 'warning' || !tips.has(marker.message)) failures.push(`${doc._id} ${describe(marker)}`);
    }
    expect(failures).toEqual([]);
  });
});

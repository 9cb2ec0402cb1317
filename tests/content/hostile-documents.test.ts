// One hostile document never stops a publish: it is left out and named (document, field, line) in
// the content report, the rest of the site loads as before, and CONTENT_STRICT=1 still fails on it.
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadSiteContent } from '../../src/content/load.ts';
import { FIXTURE, FIXTURE_IMAGES, FIXTURE_NOW } from './fixture.ts';

let work: string;
let base: Record<string, any>[];

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'mkb-hostile-docs-'));
  await symlink(FIXTURE_IMAGES, path.join(work, 'images'));
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

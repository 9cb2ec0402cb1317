// The seed's raw documents, for tests that compare pages with the data they were built from.
import { readFile } from 'node:fs/promises';
import { SEED_FILE } from '../helpers/build.ts';

export type RawDoc = Record<string, any> & { _id: string; _type: string };

/** Published documents of the seed (drafts left out). */
export async function seedDocs(): Promise<RawDoc[]> {
  const lines = (await readFile(SEED_FILE, 'utf8')).split('\n').filter((l) => l.trim());
  return lines.map((l) => JSON.parse(l) as RawDoc).filter((d) => !d._id.startsWith('drafts.'));
}

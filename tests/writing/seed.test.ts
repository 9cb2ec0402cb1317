// The build's content report and the Studio check the same texts: the build checks the site's
// normalised documents (locale objects without their type, related guides and organisers resolved
// into the document), the Studio the documents as stored. Over the seed both must give the same open
// warnings, or a "bewust zo" mark made in the Studio would not silence the report.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { loadContent } from '@mkb010/content/source';
import { checkWriting, openWarnings } from '@mkb010/content/writing';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SEED = path.join(ROOT, 'studio/seed/data.ndjson');

test('the content report of the seed lists exactly the warnings the Studio shows on the stored documents', async () => {
  const { report } = await loadContent({ now: new Date('2026-11-28T11:00:00Z'), env: { CONTENT_FILE: SEED }, root: ROOT });
  const stored = new Map(
    readFileSync(SEED, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
      .map((doc) => [doc._id, doc]),
  );
  const writing = report.writing!;
  expect(writing.checked).toBeGreaterThan(100);
  const inReport = writing.documents.flatMap((d) => d.warnings.map((w) => `${d.id} ${w.key}`)).sort();
  const inStudio = writing.documents.flatMap((d) => openWarnings(checkWriting(stored.get(d.id))).map((w) => `${d.id} ${w.key}`)).sort();
  expect(inReport).toEqual(inStudio);
  // Each mark in the seed silences its warning in the report too.
  const marks = [...stored.values()].filter((d) => !d._id.startsWith('drafts.') && d.writingIntended).flatMap((d) => d.writingIntended);
  expect(writing.intended).toBe(marks.length);
});

test('the seed has no open writing warning, and the docs give its measured average score', async () => {
  const { report } = await loadContent({ now: new Date('2026-11-28T11:00:00Z'), env: { CONTENT_FILE: SEED }, root: ROOT });
  const writing = report.writing!;
  expect(writing.documents.flatMap((d) => d.warnings.map((w) => `${d.id}: ${w.message}`))).toEqual([]);
  expect(writing.openWarnings).toBe(0);
  const score = writing.averageScore!.toFixed(1);
  const text = (file: string) => readFileSync(path.join(ROOT, file), 'utf8').replace(/\s+/g, ' ');
  // Seed text changed? Put the measured average in both places (the site build's log line 'Writing check: …' gives it).
  expect(text('README.md'), `README.md must give the seed's average score, now ${score}`).toContain(`the seed's average score: ${score}`);
  expect(text('docs/writing-check.md'), `docs/writing-check.md must give the seed's average score, now ${score}`).toContain(
    `Dutch running text is **${score}** (B1 starts at 60)`,
  );
});

// The writing check over a set of documents: the marks come from their own query (run here with
// groq-js, Sanity's GROQ engine), intended warnings leave the counts, and the average is over the
// documents with Dutch text.
import { evaluate, parse } from 'groq-js';
import { expect, test } from 'vitest';
import { checkAllWriting, INTENDED_QUERY, type IntendedAnswer, intendedById } from '../../content/src/writing/index.ts';
import { block, guide } from './documents.ts';
import { B1_REWRITE } from './texts.ts';

const plain = { ...guide([block(B1_REWRITE)]), _id: 'guide-plain', summary: 'Een gids voor winkeliers in Noord en Zuid.' };
const officialese = { ...guide([block('Vraag de subsidie aan middels het formulier.', { key: 'p1' })]), _id: 'guide-middels' };
const marked = { ...officialese, _id: 'guide-marked', writingIntended: ['officialese|body[_key=="p1"]|middels'] };
const draftOfMarked = { ...marked, _id: 'drafts.guide-marked', writingIntended: ['long-word|body|verduurzamingsmaatregelen'] };
const report = { _id: 'impact-x', _type: 'impactReport', activity: 'middels' };

async function marksOf(docs: unknown[]): Promise<Map<string, string[]>> {
  const answer = (await (await evaluate(parse(INTENDED_QUERY), { dataset: docs })).get()) as IntendedAnswer;
  return intendedById(answer);
}

test('marks come from their own query, and a draft’s marks stand for the document it edits', async () => {
  expect([...(await marksOf([plain, officialese, marked, report]))]).toEqual([['guide-marked', ['officialese|body[_key=="p1"]|middels']]]);
  expect([...(await marksOf([draftOfMarked, marked]))]).toEqual([['guide-marked', ['long-word|body|verduurzamingsmaatregelen']]]);
});

test('the report counts open and intended warnings, and averages the scores of documents with Dutch text', async () => {
  const docs = [plain, officialese, marked, report];
  const result = checkAllWriting(docs, await marksOf(docs));
  expect(result.checked).toBe(3);
  expect(result.openWarnings).toBe(1);
  expect(result.intended).toBe(1);
  expect(result.documents.map((d) => [d.id, d.warnings.map((w) => `${w.kind} at ${w.path}: ${w.passage}`), d.intended])).toEqual([
    ['guide-plain', [], 0],
    ['guide-middels', ['officialese at body[_key=="p1"]: middels'], 0],
    ['guide-marked', [], 1],
  ]);
  const scores = result.documents.map((d) => d.score!);
  expect(result.averageScore).toBe(Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10);
  expect(result.documents[1]!.title).toBe('Zo maak je je winkel zuiniger');
});

// The writing check over a set of documents: the marks come from their own query (run here with
// groq-js, Sanity's GROQ engine), intended warnings leave the counts, and the average is over the
// documents with Dutch text.
import { evaluate, parse } from 'groq-js';
import { expect, test } from 'vitest';
import { checkAllWriting, INTENDED_QUERY, type IntendedAnswer, intendedById, writingSections } from '@mkb010/content/writing';
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

test('the Redactierapport lists per partner the documents to rewrite first, and every open tip with a link', async () => {
  const page = { _id: 'page-over', _type: 'page', language: 'nl', title: 'Over ons', summary: 'Lees hier meer middels deze pagina.' };
  const docs = [plain, officialese, marked, page];
  const writing = checkAllWriting(docs, await marksOf(docs));
  const owners = new Map([
    ['guide-plain', new Set(['partner-a'])],
    ['guide-middels', new Set(['partner-a'])],
    ['guide-marked', new Set(['partner-b'])],
  ]);
  const partners = [
    { id: 'partner-a', name: 'Partner A' },
    { id: 'partner-b', name: 'Partner B' },
  ];
  const [worst, tips] = writingSections(writing.documents, owners, partners, { ownerless: true, lang: 'nl' });
  expect(worst!.rows.map((r) => [r.doc.id, r.cells[2], r.cells[4]])).toEqual([
    ['guide-middels', 'Partner A', 1],
    ['guide-plain', 'Partner A', 0],
    ['guide-marked', 'Partner B', 0],
    ['page-over', 'zonder partner', 1],
  ]);
  expect(tips!.rows.map((r) => [r.doc, r.cells[1], r.cells[2]])).toEqual([
    [{ id: 'guide-middels', type: 'guide' }, 'Tekst', 'Tekst: "middels" is ambtelijke taal; schrijf "met" of "via".'],
    [{ id: 'page-over', type: 'page' }, 'Samenvatting', 'Samenvatting: "middels" is ambtelijke taal; schrijf "met" of "via".'],
  ]);
  // One partner's own report: only its documents; in English on request.
  const [ownWorst, ownTips] = writingSections(writing.documents, owners, [partners[1]!], { ownerless: false, lang: 'en' });
  expect(ownWorst!.rows.map((r) => r.doc.id)).toEqual(['guide-marked']);
  expect(ownTips!.rows).toEqual([]);
  expect(ownTips!.none).toBe('No open writing tips.');
  const [, enTips] = writingSections(writing.documents, owners, partners, { ownerless: false, lang: 'en' });
  expect(enTips!.rows[0]!.cells[2]).toBe('Tekst: "middels" is officialese; write "met" or "via".');
});

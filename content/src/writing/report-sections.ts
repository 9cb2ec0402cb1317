// The Redactierapport's writing lists: per partner the documents to rewrite first (most open
// warnings, then lowest score), and every open warning with its field and sentence. Each row links to
// its document. The editor report (editor-report.ts) adds these to its own lists.
import { countOf, dictionary, type Lang } from '@mkb010/model';
import { warningMessage } from './messages.ts';
import type { WritingDocument } from './report.ts';

/** How many documents per partner the rewrite list shows. */
export const WORST_PER_PARTNER = 5;

/** A partner as the report knows it. */
export interface ReportPartner {
  id: string;
  name: string;
}

/** One row: cells, the same as a sentence, and the document it opens. */
interface Row {
  cells: (string | number)[];
  line: string;
  doc: { id: string; type: string };
}

/** A list of the report, shaped as the editor report's sections. */
export interface WritingSection {
  id: 'writing' | 'writing-warnings';
  title: string;
  headers: string[];
  rows: Row[];
  none: string;
}

const TEXT = dictionary({
  nl: {
    worstTitle: `Schrijfhulp: per partner de ${WORST_PER_PARTNER} documenten om eerst te herschrijven`,
    warningsTitle: 'Schrijftips die nog openstaan',
    document: 'Document',
    type: 'Soort',
    partner: 'Partner',
    score: 'Leesgemak',
    tips: 'Schrijftips',
    field: 'Veld',
    tip: 'Tip',
    noPartner: 'zonder partner',
    noScore: 'geen Nederlandse tekst',
    worstLine: (title: string, id: string, partner: string, score: string, tips: number) =>
      `${title} (${id}, ${partner}): leesgemak ${score}, ${countOf(tips, 'nl', { one: 'schrijftip', other: 'schrijftips' })}`,
    warningLine: (title: string, id: string, message: string) => `${title} (${id}): ${message}`,
    noneWorst: 'Geen documenten met tekst.',
    noneWarnings: 'Geen open schrijftips.',
  },
  en: {
    worstTitle: `Writing: per partner the ${WORST_PER_PARTNER} documents to rewrite first`,
    warningsTitle: 'Open writing tips',
    document: 'Document',
    type: 'Type',
    partner: 'Partner',
    score: 'Reading ease',
    tips: 'Writing tips',
    field: 'Field',
    tip: 'Tip',
    noPartner: 'no partner',
    noScore: 'no Dutch text',
    worstLine: (title: string, id: string, partner: string, score: string, tips: number) =>
      `${title} (${id}, ${partner}): reading ease ${score}, ${countOf(tips, 'en', { one: 'writing tip', other: 'writing tips' })}`,
    warningLine: (title: string, id: string, message: string) => `${title} (${id}): ${message}`,
    noneWorst: 'No documents with text.',
    noneWarnings: 'No open writing tips.',
  },
});

/**
 * The writing lists of `documents` for the partners in `partners` (one partner's report passes only
 * that partner and `ownerless` false; the network's report passes all and lists documents without a
 * partner too).
 * `owners` maps a document id to the partners that own it.
 */
export function writingSections(
  documents: WritingDocument[],
  owners: Map<string, ReadonlySet<string>>,
  partners: ReportPartner[],
  options: { ownerless: boolean; lang: Lang },
): WritingSection[] {
  const t = TEXT[options.lang];
  const groups: { name: string; docs: WritingDocument[] }[] = partners.map((p) => ({
    name: p.name,
    docs: documents.filter((d) => owners.get(d.id)?.has(p.id)),
  }));
  if (options.ownerless) {
    const known = new Set(partners.map((p) => p.id));
    groups.push({
      name: t.noPartner,
      docs: documents.filter((d) => ![...(owners.get(d.id) ?? [])].some((id) => known.has(id))),
    });
  }
  const score = (s: number | null) => (s === null ? t.noScore : String(s));
  // Most open warnings first, then the lowest score; documents without a score last.
  const worstFirst = (a: WritingDocument, b: WritingDocument) =>
    b.warnings.length - a.warnings.length ||
    (a.score ?? Number.POSITIVE_INFINITY) - (b.score ?? Number.POSITIVE_INFINITY) ||
    a.id.localeCompare(b.id);

  const worst: Row[] = groups.flatMap((g) =>
    [...g.docs]
      .sort(worstFirst)
      .slice(0, WORST_PER_PARTNER)
      .map((d) => ({
        cells: [d.title, d.type, g.name, score(d.score), d.warnings.length],
        line: t.worstLine(d.title, d.id, g.name, score(d.score), d.warnings.length),
        doc: { id: d.id, type: d.type },
      })),
  );
  const listed = new Set(groups.flatMap((g) => g.docs.map((d) => d.id)));
  const warnings: Row[] = documents
    .filter((d) => listed.has(d.id))
    .flatMap((d) =>
      d.warnings.map((w) => ({
        cells: [d.title, w.field, warningMessage(w, options.lang)],
        line: t.warningLine(d.title, d.id, warningMessage(w, options.lang)),
        doc: { id: d.id, type: d.type },
      })),
    );
  return [
    { id: 'writing', title: t.worstTitle, headers: [t.document, t.type, t.partner, t.score, t.tips], rows: worst, none: t.noneWorst },
    { id: 'writing-warnings', title: t.warningsTitle, headers: [t.document, t.field, t.tip], rows: warnings, none: t.noneWarnings },
  ];
}

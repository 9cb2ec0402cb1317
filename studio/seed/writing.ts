// The writing check on the seed: the sample dataset must read as B1 Dutch and plain English, so the
// seed build runs the content package's check over every document and stops on every warning that
// is not marked intended. Seed sources mark a warning intended by kind and passage ("long-word:
// Digitaliseringsvoucher"), since they cannot know the keys of the blocks they write; this module
// turns those marks into the keys the Studio stores (`writingIntended`).
import { checkWriting, defaultFieldLabel, openWarnings } from '@mkb010/content/writing';

/**
 * Official names the plain form would get wrong (a scheme, a programme, a website or an organisation
 * is called this), marked intended wherever a seed document uses them.
 */
export const SEED_TERMS = [
  'Digitaliseringsvoucher',
  'Duurzaamheidsvoucher',
  'Energieloket',
  'Ondernemershuis',
  'Praktijkacademie',
  'Innovatiekrediet',
  'emissiezone',
  'energiebesparingsplicht',
  'informatieplicht',
  'bedrijveninvesteringszone',
  'salderingsregeling',
  'producentenverantwoordelijkheid',
  'digitaltrustcenter',
  'veiliginternetten',
  'autoriteitpersoonsgegevens',
  'ondernemersplein',
  'digitoegankelijk',
  'afvalfondsverpakkingen',
  'rotterdamsweerwoord',
];

const TERMS = new Set(SEED_TERMS.map((t) => t.toLowerCase()));

type Doc = { _id: string; _type: string; writingIntended?: unknown; [field: string]: unknown };

/**
 * Replaces each document's `writingIntended` marks ("kind: passage") by the keys of the warnings they
 * name, adds the marks for SEED_TERMS, and returns a problem for every mark that names no warning.
 */
export function resolveIntended<D extends Doc>(docs: D[], where: (doc: D) => string): string[] {
  const problems: string[] = [];
  for (const doc of docs) {
    const marks = Array.isArray(doc.writingIntended) ? (doc.writingIntended as unknown[]) : [];
    const warnings = checkWriting(doc, { intended: [] }).warnings;
    const keys = new Set<string>();
    for (const mark of marks) {
      const [kind, ...rest] = String(mark).split(': ');
      const passage = rest.join(': ');
      const matching = warnings.filter((w) => w.kind === kind && w.passage === passage);
      if (matching.length === 0)
        problems.push(`${where(doc)} writingIntended: "${mark}" marks no warning; remove it or fix its kind or passage.`);
      for (const w of matching) keys.add(w.key);
    }
    for (const w of warnings) if (w.kind === 'long-word' && TERMS.has(w.passage.toLowerCase())) keys.add(w.key);
    if (keys.size) doc.writingIntended = [...keys].sort();
    else delete doc.writingIntended;
  }
  return problems;
}

/** Every warning of the seed that is not marked intended, as a problem naming the document and field. */
export function writingProblems<D extends Doc>(docs: D[], where: (doc: D) => string): string[] {
  return docs.flatMap((doc) =>
    openWarnings(checkWriting(doc, { fieldLabel: defaultFieldLabel })).map(
      (w) =>
        `${where(doc)}: ${w.message} (Rewrite it; only where the plain form would be wrong, add "${w.kind}: ${w.passage}" to the document's writingIntended.)`,
    ),
  );
}

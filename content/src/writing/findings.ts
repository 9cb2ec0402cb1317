// What the writing check can find, as data: the kind of problem, the passage it is about, and the
// few facts its message needs. Messages are made from these in messages.ts.

/** Every kind of writing warning. */
export const WARNING_KINDS = [
  'readability',
  'long-sentence',
  'long-word',
  'passive',
  'officialese',
  'link-vague',
  'link-url',
  'link-repeated',
  'heading-skip',
  'heading-empty',
  'fake-heading',
  'alt-filename',
  'alt-prefix',
  'alt-long',
  'alt-caption',
  'date-format',
  'amount-euro',
  'amount-separator',
] as const;

/** A kind of writing warning. */
export type WarningKind = (typeof WARNING_KINDS)[number];

/** The facts a message needs besides the passage. */
export interface FindingDetail {
  /** Words in a sentence, syllables in a word, characters in an alt text, or the document's score. */
  count?: number;
  /** What to write instead: a date or an amount as the site writes it. */
  suggestion?: string;
  /** Plain words to write instead of officialese, best first. */
  alternatives?: string[];
  /** Heading levels: the one before and this one (2 = "Kop", 3 = "Tussenkop"). */
  from?: number;
  to?: number;
}

/** One thing the check found in a text. */
export interface Finding {
  kind: WarningKind;
  /** The words it is about, quoted in the message ('' when there is nothing to quote). */
  passage: string;
  detail: FindingDetail;
}

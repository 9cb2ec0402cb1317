// The writing check of one document: walks its text fields (plain text, Portable Text, images, link
// labels, and the Dutch and English halves of translated fields), runs the checks, scores the Dutch
// text, and marks the warnings the editor has called intended ("bewust zo"). Works on a document as
// the Studio holds it and as the build loads it; pure and browser-safe.
import { isLang, type Lang, TRANSLATED_TYPES } from '@mkb010/model';
import type { Finding, FindingDetail, WarningKind } from './findings.ts';
import { warningMessage } from './messages.ts';
import { addStats, B1_MIN_SCORE, dutchStats, fleschDouma, MIN_WORDS_FOR_SCORE, NO_STATS, type TextStats } from './readability.ts';
import {
  altTextProblems,
  type Block,
  blockLinks,
  blockText,
  fakeHeading,
  headingLevel,
  headingProblem,
  type ImageValue,
  linkTextProblem,
} from './structure-checks.ts';
import { amounts, longSentences, longWords, numericDates, officialese, passives } from './text-checks.ts';
import { normalised } from './text.ts';

/** The document types whose texts are checked: those with pages of their own. */
export const CHECKED_TYPES = ['guide', 'story', 'event', 'scheme', 'partner', 'campaign', 'page'];

/** The field holding the keys of the warnings an editor marked as intended. */
export const INTENDED_FIELD = 'writingIntended';

/** One step of a field path: a field name, or an item of an array (with its `_key` when it has one). */
export type PathStep = { field: string } | { item: number; key?: string; type?: string };

/** How a text field reads: a title or label (short), running text (prose), or the text of a link. */
type Role = 'short' | 'prose' | 'link';

/** The text fields the check reads, by name, with how they read and what editors call them. */
const FIELDS: Record<string, { role: Role; label: string }> = {
  title: { role: 'short', label: 'Titel' },
  seoTitle: { role: 'short', label: 'Titel voor zoekmachines' },
  heading: { role: 'short', label: 'Kop' },
  question: { role: 'short', label: 'Vraag' },
  timeNeeded: { role: 'short', label: 'Benodigde tijd' },
  costIndication: { role: 'short', label: 'Kosten' },
  amountNote: { role: 'short', label: 'Toelichting bedrag' },
  costNote: { role: 'short', label: 'Toelichting kosten' },
  cancellationNote: { role: 'short', label: 'Toelichting annulering' },
  emergencyNote: { role: 'short', label: 'Wanneer bel je het spoednummer?' },
  summary: { role: 'prose', label: 'Samenvatting' },
  shortDescription: { role: 'prose', label: 'Korte beschrijving' },
  description: { role: 'prose', label: 'Beschrijving' },
  body: { role: 'prose', label: 'Tekst' },
  text: { role: 'prose', label: 'Tekst' },
  quote: { role: 'prose', label: 'Citaat' },
  answer: { role: 'prose', label: 'Antwoord' },
  eligibility: { role: 'prose', label: 'Wie komt in aanmerking?' },
  howToApply: { role: 'prose', label: 'Zo vraag je het aan' },
  label: { role: 'link', label: 'Tekst op de knop' },
  ctaLabel: { role: 'link', label: 'Tekst op de knop' },
};

/** What editors call the fields that hold other fields. */
const CONTAINERS: Record<string, string> = {
  steps: 'Stappen',
  sections: 'Secties',
  items: 'Vragen',
  heroImage: 'Afbeelding bovenaan',
  image: 'Afbeelding',
  logo: 'Logo',
  alt: 'Alternatieve tekst',
  nl: 'Nederlands',
  en: 'Engels',
};

/** Items of rich text named by their kind rather than by their place among the paragraphs. */
const ITEM_NAMES: Record<string, string> = { image: 'Afbeelding', callout: 'Kader' };

/** Where a link label's address is, beside it in the same object. */
const LINK_TARGETS: Record<string, string> = { label: 'url', ctaLabel: 'ctaUrl' };

/** Fields that hold no text for readers. */
const SKIPPED = new Set(['slug', 'language', 'translationOf', 'searchKeywords', INTENDED_FIELD, 'contact', 'location', 'seo']);

/** The field as editors know it, from the path: "Stappen 2 › Tekst", "Samenvatting (Engels)". */
export function defaultFieldLabel(steps: PathStep[]): string {
  const parts: string[] = [];
  for (const step of steps) {
    if ('item' in step) {
      const named = step.type ? ITEM_NAMES[step.type] : undefined;
      if (named) parts.push(named);
      else parts[parts.length - 1] = `${parts.at(-1) ?? ''} ${step.item + 1}`.trim();
    } else if ((step.field === 'nl' || step.field === 'en') && parts.length) {
      parts[parts.length - 1] += ` (${CONTAINERS[step.field]})`;
    } else {
      parts.push(FIELDS[step.field]?.label ?? CONTAINERS[step.field] ?? step.field);
    }
  }
  return parts.join(' › ') || 'Document';
}

/** The path as Sanity writes it: `steps[_key=="a1"].text`, `body[3]`. */
export function pathString(steps: PathStep[]): string {
  return steps
    .map((s) => ('field' in s ? `.${s.field}` : s.key ? `[_key==${JSON.stringify(s.key)}]` : `[${s.item}]`))
    .join('')
    .replace(/^\./, '');
}

/** The path as Sanity's validation markers take it: names, `{_key}` for keyed items, indexes otherwise. */
export function sanityPath(steps: PathStep[]): (string | number | { _key: string })[] {
  return steps.map((s) => ('field' in s ? s.field : s.key ? { _key: s.key } : s.item));
}

/** One warning of the check. */
export interface WritingWarning {
  kind: WarningKind;
  /** Where in the document: the field and, inside rich text, the block. */
  path: PathStep[];
  /** The field as editors know it. */
  field: string;
  lang: Lang;
  passage: string;
  detail: FindingDetail;
  /** Stable name of this warning, stored in `writingIntended` when the editor marks it intended. */
  key: string;
  /** The Dutch sentence for the editor. */
  message: string;
  /** Marked "bewust zo" by the editor: kept out of counts and the Studio's warnings. */
  intended: boolean;
}

/** The readability of one Dutch text field. */
export interface FieldScore {
  path: PathStep[];
  field: string;
  words: number;
  /** Flesch-Douma, or null without words. */
  score: number | null;
}

/** What the check says about one document. */
export interface WritingResult {
  /** Flesch-Douma over the document's Dutch running text; null when it has none. */
  score: number | null;
  /** The Dutch words the score was counted over. */
  words: number;
  fields: FieldScore[];
  warnings: WritingWarning[];
}

/** Options of a check. */
export interface CheckOptions {
  /** Keys of intended warnings (default: the document's own `writingIntended`). */
  intended?: readonly string[];
  /** Names a field as the caller's editors know it (the Studio passes its schema's titles). */
  fieldLabel?: (steps: PathStep[]) => string;
}

/** The key of a warning: kind, path and passage, so it survives edits elsewhere in the document. */
export function warningKey(kind: WarningKind, steps: PathStep[], passage: string): string {
  return `${kind}|${pathString(steps)}|${passage}`;
}

// biome-ignore lint/suspicious/noExplicitAny: documents are untyped JSON here; every value is checked before use
type Value = any;

/** What the text checks found in one text. */
interface Checked {
  findings: Finding[];
  stats: TextStats;
}

/**
 * Earlier results per language and role, keyed by the text itself: documents repeat texts, the
 * checks are pure, and a string keeps its hash, so a lookup is cheap.
 */
const textCache: Record<`${Lang}${'short' | 'prose'}`, Map<string, Checked>> = {
  nlshort: new Map(),
  nlprose: new Map(),
  enshort: new Map(),
  enprose: new Map(),
};
const TEXT_CACHE_LIMIT = 50_000;

/** Runs the text checks that fit the role on one text. */
function checkText(text: string, lang: Lang, role: 'short' | 'prose'): Checked {
  const cache = textCache[`${lang}${role}`];
  const cached = cache.get(text);
  if (cached) return cached;
  const findings = [...officialese(text, lang), ...numericDates(text, lang), ...amounts(text, lang)];
  let stats = NO_STATS;
  if (role === 'prose') {
    findings.unshift(...longSentences(text));
    if (lang === 'nl') {
      findings.push(...passives(text), ...longWords(text));
      stats = dutchStats(text);
    }
  }
  const result = { findings, stats };
  if (cache.size >= TEXT_CACHE_LIMIT) cache.clear();
  cache.set(text, result);
  return result;
}

/** The path step of an array item. */
function itemStep(item: Value, index: number): PathStep {
  const step: { item: number; key?: string; type?: string } = { item: index };
  if (typeof item._key === 'string') step.key = item._key;
  if (typeof item._type === 'string') step.type = item._type;
  return step;
}

/** True for an image value (as stored, as exported, or as the build normalises it). */
function isImage(value: Value): boolean {
  return value?._type === 'image' || (value && typeof value === 'object' && ('asset' in value || '_sanityAsset' in value));
}

/** True for a field translated field by field: `{nl, en}`. */
function isLocale(value: Value): boolean {
  return typeof value?._type === 'string' ? /^locale[A-Z]/.test(value._type) : false;
}

/** True for Portable Text: an array with at least one block. */
function isRichText(value: Value): boolean {
  return Array.isArray(value) && value.some((item) => item?._type === 'block');
}

/** Checks one document's texts. Types without pages of their own get an empty result. */
export function checkWriting(doc: Value, options: CheckOptions = {}): WritingResult {
  const result: WritingResult = { score: null, words: 0, fields: [], warnings: [] };
  if (!doc || typeof doc !== 'object' || !CHECKED_TYPES.includes(doc._type)) return result;
  const intended = new Set<string>(options.intended ?? (Array.isArray(doc[INTENDED_FIELD]) ? doc[INTENDED_FIELD] : []));
  const label = options.fieldLabel ?? defaultFieldLabel;
  const docLang: Lang = TRANSLATED_TYPES.includes(doc._type) && isLang(doc.language) ? doc.language : 'nl';
  let dutch = NO_STATS;
  // Link texts per language (a page shows one language): normalised text → where it went first.
  const linksOnPage: Record<Lang, Map<string, string>> = { nl: new Map(), en: new Map() };

  const warn = (finding: Finding, steps: PathStep[], fieldSteps: PathStep[], lang: Lang) => {
    const key = warningKey(finding.kind, steps, finding.passage);
    const field = label(fieldSteps);
    result.warnings.push({
      ...finding,
      path: steps,
      field,
      lang,
      key,
      message: warningMessage({ ...finding, field }),
      intended: intended.has(key),
    });
  };

  const score = (steps: PathStep[], stats: TextStats) => {
    if (stats.words === 0) return;
    dutch = addStats(dutch, stats);
    result.fields.push({ path: steps, field: label(steps), words: stats.words, score: fleschDouma(stats) });
  };

  const link = (text: string, target: string | undefined, steps: () => PathStep[], fieldSteps: PathStep[], lang: Lang) => {
    const problem = linkTextProblem(text);
    if (problem) return warn(problem, steps(), fieldSteps, lang);
    const name = normalised(text);
    if (!name || !target) return;
    const first = linksOnPage[lang].get(name);
    if (first === undefined) linksOnPage[lang].set(name, target);
    else if (first !== target) warn({ kind: 'link-repeated', passage: text.trim(), detail: {} }, steps(), fieldSteps, lang);
  };

  const image = (value: ImageValue, steps: PathStep[], lang: Lang) => {
    const altSteps = [...steps, { field: 'alt' }];
    for (const finding of altTextProblems(value)) warn(finding, altSteps, altSteps, lang);
  };

  const richText = (blocks: Value[], steps: PathStep[], lang: Lang) => {
    // The first heading sets the level: the site places each text under its own heading.
    let previousLevel = 0;
    let stats = NO_STATS;
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i];
      if (!block || typeof block !== 'object') continue;
      if (block._type !== 'block') {
        const at = [...steps, itemStep(block, i)];
        if (isImage(block)) image(block, at, lang);
        else object(block, at, lang);
        continue;
      }
      // Most blocks have nothing to say: their path is built only for a warning.
      let path: PathStep[] | undefined;
      const at = () => (path ??= [...steps, itemStep(block, i)]);
      const text = blockText(block as Block);
      const level = headingLevel(block as Block);
      if (level) {
        const problem = headingProblem(block as Block, previousLevel);
        if (problem) warn(problem, at(), steps, lang);
        previousLevel = level;
        for (const finding of checkText(text, lang, 'short').findings) warn(finding, at(), steps, lang);
      } else {
        const fake = fakeHeading(block as Block);
        if (fake) warn(fake, at(), steps, lang);
        const checked = checkText(text, lang, 'prose');
        for (const finding of checked.findings) warn(finding, at(), steps, lang);
        stats = addStats(stats, checked.stats);
      }
      if (block.markDefs?.length) {
        for (const { text: linkText, target } of blockLinks(block as Block)) link(linkText, target, at, steps, lang);
      }
    }
    if (lang === 'nl') score(steps, stats);
  };

  const value = (name: string, v: Value, steps: PathStep[], lang: Lang, parent: Value) => {
    const role = FIELDS[name]?.role;
    if (typeof v === 'string') {
      if (!role || !v.trim()) return;
      if (role === 'link') return link(v, parent?.[LINK_TARGETS[name]], () => steps, steps, lang);
      const checked = checkText(v, lang, role);
      for (const finding of checked.findings) warn(finding, steps, steps, lang);
      if (lang === 'nl' && role === 'prose') score(steps, checked.stats);
    } else if (isRichText(v)) {
      richText(v, steps, lang);
    } else if (Array.isArray(v)) {
      v.forEach((item: Value, i: number) => {
        if (!item || typeof item !== 'object') return;
        const at = [...steps, itemStep(item, i)];
        if (isImage(item)) image(item, at, lang);
        else object(item, at, lang);
      });
    } else if (isImage(v)) {
      image(v, steps, lang);
    } else if (isLocale(v)) {
      for (const l of ['nl', 'en'] as const) value(name, v[l], [...steps, { field: l }], l, v);
    } else if (typeof v === 'object' && !('_ref' in v) && v._type !== 'deref' && v._type !== 'reference') {
      object(v, steps, lang);
    }
  };

  const object = (v: Value, steps: PathStep[], lang: Lang) => {
    for (const name in v) {
      const child = v[name];
      // Most fields are ids, dates, slugs or list values: leave them before building a path.
      if (
        child === null || typeof child !== 'object' ? !(typeof child === 'string' && name in FIELDS) : SKIPPED.has(name) || name[0] === '_'
      )
        continue;
      value(name, child, [...steps, { field: name }], lang, v);
    }
  };

  object(doc, [], docLang);

  result.score = fleschDouma(dutch);
  result.words = dutch.words;
  if (result.score !== null && dutch.words >= MIN_WORDS_FOR_SCORE && result.score < B1_MIN_SCORE) {
    warn({ kind: 'readability', passage: '', detail: { count: result.score } }, [], [], 'nl');
  }
  return result;
}

/** The warnings the editor has not marked as intended. */
export function openWarnings(result: WritingResult): WritingWarning[] {
  return result.warnings.filter((w) => !w.intended);
}

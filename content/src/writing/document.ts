// The writing check of one document: walks its text fields (plain text, Portable Text, images, link
// labels, and the Dutch and English halves of translated fields), runs the checks, scores the Dutch
// text, and marks the warnings the editor has called intended ("bewust zo"). Works on a document as
// the Studio holds it and as the build loads it; pure and browser-safe.
import { isLang, type Lang, TRANSLATED_TYPES } from '@mkb010/model';
import type { Finding, FindingDetail, WarningKind } from './findings.ts';
import { warningMessage } from './messages.ts';
import { B1_MIN_SCORE, dutchStats, fleschDouma, MIN_WORDS_FOR_SCORE, NO_STATS, type TextStats } from './readability.ts';
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
import { normalised, parse } from './text.ts';

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
function pathString(steps: PathStep[]): string {
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
  /** Score each text field too (default true; the reports need only the document's score). */
  fieldScores?: boolean;
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

/** An earlier result and the text it is for. */
interface CachedText {
  text: string;
  checked: Checked;
}

/**
 * Earlier results per language and role: documents repeat texts, and the checks are pure. The map
 * is keyed by a number made from the length and sixteen characters spread over the text, and the
 * text is then compared in full: hashing every character of every long text, as a map keyed by the
 * string would, cost more than all the other work of a repeated text (profiled on the bench dataset).
 */
const textCache = {
  nl: { short: new Map<number, CachedText[]>(), prose: new Map<number, CachedText[]>() },
  en: { short: new Map<number, CachedText[]>(), prose: new Map<number, CachedText[]>() },
};
let cachedTexts = 0;
const TEXT_CACHE_LIMIT = 50_000;

/** A number from a text's length and sixteen of its characters: cheap, and rarely the same for two texts. */
function sampleKey(text: string): number {
  const length = text.length;
  const step = length > 16 ? Math.floor(length / 16) : 1;
  let key = length;
  for (let i = step >> 1; i < length; i += step) key = (Math.imul(key, 31) + text.charCodeAt(i)) | 0;
  return key & 0x3fffffff;
}

/** Runs the text checks that fit the role on one text. */
function checkText(text: string, lang: Lang, role: 'short' | 'prose'): Checked {
  const cache = textCache[lang][role];
  const key = sampleKey(text);
  const candidates = cache.get(key);
  if (candidates) for (let i = 0; i < candidates.length; i++) if (candidates[i]!.text === text) return candidates[i]!.checked;
  const findings = [...officialese(text, lang), ...numericDates(text, lang), ...amounts(text, lang)];
  let stats = NO_STATS;
  if (role === 'prose') {
    // Split once: every check below reads the same sentences and words.
    const sentences = parse(text);
    findings.unshift(...longSentences(sentences));
    if (lang === 'nl') {
      findings.push(...passives(sentences), ...longWords(sentences));
      stats = dutchStats(sentences);
    }
  }
  const checked = { findings, stats };
  if (cachedTexts >= TEXT_CACHE_LIMIT) {
    for (const byRole of Object.values(textCache)) for (const map of Object.values(byRole)) map.clear();
    cachedTexts = 0;
  }
  const entry = { text, checked };
  const list = cache.get(key);
  if (list) list.push(entry);
  else cache.set(key, [entry]);
  cachedTexts++;
  return checked;
}

/** The path step of an array item. */
function itemStep(item: Value, index: number): PathStep {
  const step: { item: number; key?: string; type?: string } = { item: index };
  if (typeof item._key === 'string') step.key = item._key;
  if (typeof item._type === 'string') step.type = item._type;
  return step;
}

/** One path step per field name, shared: steps are never changed once made. */
const fieldSteps = new Map<string, PathStep>();
const fieldStep = (name: string): PathStep => {
  const known = fieldSteps.get(name);
  if (known) return known;
  const step = { field: name };
  fieldSteps.set(name, step);
  return step;
};

/**
 * A path as a chain from the field up to the document. Documents have thousands of values and few
 * warnings, so the walk links one small node per level and makes a path of steps only when a warning
 * or a score needs one.
 */
interface PathNode {
  up: PathNode | null;
  step: PathStep;
}

const node = (up: PathNode | null, step: PathStep): PathNode => ({ up, step });

function stepsOf(at: PathNode | null): PathStep[] {
  const steps: PathStep[] = [];
  for (let n = at; n; n = n.up) steps.push(n.step);
  return steps.reverse();
}

/** True for an image value (as stored, as exported, or as the build normalises it). */
function isImage(value: Value): boolean {
  return value?._type === 'image' || (value && typeof value === 'object' && ('asset' in value || '_sanityAsset' in value));
}

/** True for a field translated field by field: `{nl, en}`. */
function isLocale(value: Value): boolean {
  if (typeof value?._type === 'string') return value._type.startsWith('locale');
  // The site's normalised documents drop the type: an object of only nl and en is one text in two languages.
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => k === 'nl' || k === 'en');
}

/** True for Portable Text: an array with at least one block. */
function isRichText(value: Value[]): boolean {
  // Lists of values (themes, sectors, keywords) are never rich text: the first item tells.
  if (value.length === 0 || typeof value[0] !== 'object') return false;
  for (const item of value) if (item?._type === 'block') return true;
  return false;
}

/** What one document's walk collects. */
interface Walk {
  result: WritingResult;
  intended: Set<string>;
  label: (steps: PathStep[]) => string;
  fieldScores: boolean;
  /** The Dutch running text's counts so far. */
  dutch: TextStats;
  /** Link texts per language (a page shows one language): normalised text → where it went first. */
  links: Record<Lang, Map<string, string>>;
}

function warn(walk: Walk, finding: Finding, at: PathNode | null, fieldAt: PathNode | null, lang: Lang): void {
  const path = stepsOf(at);
  const key = warningKey(finding.kind, path, finding.passage);
  const field = walk.label(at === fieldAt ? path : stepsOf(fieldAt));
  walk.result.warnings.push({
    ...finding,
    path,
    field,
    lang,
    key,
    message: warningMessage({ ...finding, field }),
    intended: walk.intended.has(key),
  });
}

function score(walk: Walk, at: PathNode, stats: TextStats): void {
  if (stats.words === 0) return;
  walk.dutch.words += stats.words;
  walk.dutch.sentences += stats.sentences;
  walk.dutch.syllables += stats.syllables;
  if (!walk.fieldScores) return;
  const path = stepsOf(at);
  walk.result.fields.push({ path, field: walk.label(path), words: stats.words, score: fleschDouma(stats) });
}

function link(walk: Walk, text: string, target: string | undefined, at: () => PathNode, fieldAt: PathNode, lang: Lang): void {
  const problem = linkTextProblem(text);
  if (problem) {
    warn(walk, problem, at(), fieldAt, lang);
    return;
  }
  const name = normalised(text);
  if (!name || !target) return;
  const first = walk.links[lang].get(name);
  if (first === undefined) walk.links[lang].set(name, target);
  else if (first !== target) warn(walk, { kind: 'link-repeated', passage: text.trim(), detail: {} }, at(), fieldAt, lang);
}

function image(walk: Walk, value: ImageValue, at: PathNode, lang: Lang): void {
  const problems = altTextProblems(value);
  if (problems.length === 0) return;
  const altAt = node(at, fieldStep('alt'));
  for (const finding of problems) warn(walk, finding, altAt, altAt, lang);
}

function richText(walk: Walk, blocks: Value[], fieldAt: PathNode, lang: Lang): void {
  // The first heading sets the level: the site places each text under its own heading.
  let previousLevel = 0;
  const stats = { ...NO_STATS };
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (!block || typeof block !== 'object') continue;
    if (block._type !== 'block') {
      const at = node(fieldAt, itemStep(block, i));
      if (isImage(block)) image(walk, block, at, lang);
      else object(walk, block, at, lang);
      continue;
    }
    const text = blockText(block as Block);
    const level = headingLevel(block as Block);
    const checked = checkText(text, lang, level ? 'short' : 'prose');
    const problem = level ? headingProblem(block as Block, previousLevel) : fakeHeading(block as Block);
    if (level) previousLevel = level;
    else {
      stats.words += checked.stats.words;
      stats.sentences += checked.stats.sentences;
      stats.syllables += checked.stats.syllables;
    }
    // Most blocks have nothing to say: their path is made only for a warning.
    if (problem || checked.findings.length) {
      const at = node(fieldAt, itemStep(block, i));
      if (problem) warn(walk, problem, at, fieldAt, lang);
      for (const finding of checked.findings) warn(walk, finding, at, fieldAt, lang);
    }
    if (block.markDefs?.length) {
      const at = () => node(fieldAt, itemStep(block, i));
      for (const { text: linkText, target } of blockLinks(block as Block)) link(walk, linkText, target, at, fieldAt, lang);
    }
  }
  if (lang === 'nl') score(walk, fieldAt, stats);
}

function value(walk: Walk, name: string, v: Value, at: PathNode, lang: Lang, parent: Value): void {
  const role = FIELDS[name]?.role;
  if (typeof v === 'string') {
    if (!role || !v.trim()) return;
    if (role === 'link') {
      link(walk, v, parent?.[LINK_TARGETS[name]!], () => at, at, lang);
      return;
    }
    const checked = checkText(v, lang, role);
    for (const finding of checked.findings) warn(walk, finding, at, at, lang);
    if (lang === 'nl' && role === 'prose') score(walk, at, checked.stats);
  } else if (Array.isArray(v)) {
    if (isRichText(v)) {
      richText(walk, v, at, lang);
      return;
    }
    for (let i = 0; i < v.length; i++) {
      const item = v[i];
      // Another document, resolved by the site's query (related guides, organisers): checked on its own.
      if (!item || typeof item !== 'object' || '_id' in item) continue;
      const itemAt = node(at, itemStep(item, i));
      if (isImage(item)) image(walk, item, itemAt, lang);
      else object(walk, item, itemAt, lang);
    }
  } else if (isImage(v)) {
    image(walk, v, at, lang);
  } else if (isLocale(v)) {
    for (const l of ['nl', 'en'] as const) if (v[l] != null) value(walk, name, v[l], node(at, fieldStep(l)), l, v);
  } else if (typeof v === 'object' && !('_ref' in v) && !('_id' in v) && v._type !== 'deref' && v._type !== 'reference') {
    object(walk, v, at, lang);
  }
}

function object(walk: Walk, v: Value, at: PathNode | null, lang: Lang): void {
  for (const name in v) {
    const child = v[name];
    // Most fields are ids, dates, slugs or list values: leave them before making a path.
    if (child === null || typeof child !== 'object' ? !(typeof child === 'string' && name in FIELDS) : SKIPPED.has(name) || name[0] === '_')
      continue;
    value(walk, name, child, node(at, fieldStep(name)), lang, v);
  }
}

/** Checks one document's texts. Types without pages of their own get an empty result. */
export function checkWriting(doc: Value, options: CheckOptions = {}): WritingResult {
  const result: WritingResult = { score: null, words: 0, fields: [], warnings: [] };
  if (!doc || typeof doc !== 'object' || !CHECKED_TYPES.includes(doc._type)) return result;
  const walk: Walk = {
    result,
    intended: new Set<string>(options.intended ?? (Array.isArray(doc[INTENDED_FIELD]) ? doc[INTENDED_FIELD] : [])),
    label: options.fieldLabel ?? defaultFieldLabel,
    fieldScores: options.fieldScores ?? true,
    dutch: { ...NO_STATS },
    links: { nl: new Map(), en: new Map() },
  };
  const docLang: Lang = TRANSLATED_TYPES.includes(doc._type) && isLang(doc.language) ? doc.language : 'nl';
  object(walk, doc, null, docLang);

  result.score = fleschDouma(walk.dutch);
  result.words = walk.dutch.words;
  if (result.score !== null && walk.dutch.words >= MIN_WORDS_FOR_SCORE && result.score < B1_MIN_SCORE) {
    warn(walk, { kind: 'readability', passage: '', detail: { count: result.score } }, null, null, 'nl');
  }
  return result;
}

/** The warnings the editor has not marked as intended. */
export function openWarnings(result: WritingResult): WritingWarning[] {
  return result.warnings.filter((w) => !w.intended);
}

// The content pipeline's judgement, without any I/O: normalise, validate, settle duplicate slugs,
// drop references to what was left out, pair translations, and report. source/load.ts feeds it the
// source's answers for the build; the Studio's Redactierapport feeds it the Studio client's answers.
// Imports nothing from Node or Astro's runtime, so it bundles into the Studio.
import {
  amsterdamDay,
  type ChangeEntry,
  changeProblems,
  isContentType,
  isLang,
  isLive,
  type Lang,
  pageLanguages,
  slugProblem,
  TRANSLATED_TYPES,
  windowState,
} from '@mkb010/model';
import { ContentSourceError, describeAnswer } from './errors.ts';
import { checkAllWriting, type IntendedAnswer, intendedById, type WritingReport } from './writing/index.ts';
import { normaliseDocument } from './normalise.ts';
import { COLLECTION_NAMES, type CollectionName, type QueryResults, type RawDocument } from './queries.ts';
import type { Perspective } from './perspective.ts';
import type { ContentReport, FieldProblem } from './report.ts';
import {
  SCHEMAS,
  type Campaign,
  type Event,
  type Guide,
  type ImpactReport,
  type Page,
  type Partner,
  type Scheme,
  type Settings,
  type Story,
} from './schemas.ts';
import type { ImageContext } from './source-types.ts';

// biome-ignore lint/suspicious/noExplicitAny: documents are untyped JSON until each field is validated
type Doc = Record<string, any> & { _id: string; _type: string };

/** Entries per collection, each the validated document (its Astro entry id is `_id`). */
export interface SiteCollections {
  partners: Partner[];
  guides: Guide[];
  stories: Story[];
  events: Event[];
  schemes: Scheme[];
  campaigns: Campaign[];
  pages: Page[];
  impactReports: ImpactReport[];
  settings: Settings[];
}

export interface SiteContent {
  collections: SiteCollections;
  report: ContentReport;
  /** Where the report was written, if it was. */
  reportFile?: string;
}

/** What the judgement needs to know about the source the answers came from. */
export interface JudgedSource {
  /** Names the source in the report. */
  label: string;
  perspective: Perspective;
  images: ImageContext;
  /** What the source noticed while reading (goes into the report's warnings). */
  warnings?: string[];
  /** The line of the file a document is on, when the source is a file (named in the report). */
  lineOf?: (id: string) => number | undefined;
}

/**
 * Levels of objects and arrays a document may nest. Portable Text needs fewer than ten; a deeper
 * document would exhaust the call stack of every recursive step after this (normalise, validation,
 * rendering) and stop the whole build, so it is left out instead.
 */
const MAX_NESTING = 64;

/**
 * Bytes of Portable Text (as JSON, UTF-8) above which a field gets a warning: 200 kB is some fifty
 * printed pages, more than anyone reads on one page, and it makes the page slow on a phone. The
 * document is still published; the editor is asked to split it.
 */
const LARGE_TEXT_BYTES = 200_000;

/**
 * What a Sanity document id may be: letters, digits, `_`, `-` and `.` (path separators, as in
 * `drafts.`), at most 128 characters, not starting with `-` or `.`. Anything else (a line break, a
 * slash) could break out of the places an id is written: calendar UIDs, file names, HTML ids.
 */
const SANITY_ID = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

/** Types whose translations are separate documents linked by translationOf. */
const TRANSLATED: CollectionName[] = ['guides', 'stories', 'campaigns', 'pages'];
/** Collections whose documents have pages, so Portable Text may link to them. */
const LINKABLE: CollectionName[] = ['guides', 'stories', 'events', 'schemes', 'partners', 'pages', 'campaigns'];

/**
 * Judges the raw answers of the site's queries (one list per collection, in COLLECTION_NAMES order)
 * the way every build does: normalise, validate, settle duplicate slugs, drop references to what was
 * left out, pair translations, count. Pure and browser-safe: the build and the Studio's
 * Redactierapport run this same function.
 */
export function judgeContent(raw: RawDocument[][], source: JudgedSource, now: Date, writing: WritingInput = {}): SiteContent {
  const drafts = source.perspective === 'drafts';
  const report: ContentReport = {
    generatedAt: new Date().toISOString(),
    source: source.label,
    perspective: source.perspective,
    siteNow: now.toISOString(),
    counts: {} as ContentReport['counts'],
    leftOut: 0,
    invalid: [],
    duplicates: [],
    danglingReferences: [],
    campaignsOutsideWindow: [],
    warnings: (source.warnings ?? []).map((message) => ({ message })),
  };
  const collections = {} as Record<CollectionName, Doc[]>;
  const translationOf = new Map<string, string>();
  const leftOutIds = new Set<string>();
  /** Leaves a document out of the site and reports why, with its line in the source file if known. */
  const leaveOut = (doc: RawDocument, collection: CollectionName, problems: FieldProblem[]) => {
    const line = source.lineOf?.(doc._id);
    report.invalid.push({ id: doc._id, type: doc._type, collection, ...(line ? { line } : {}), problems });
    leftOutIds.add(doc._id);
  };

  COLLECTION_NAMES.forEach((name, i) => {
    const valid: Doc[] = [];
    for (const rawDoc of raw[i]) {
      if (!SANITY_ID.test(rawDoc._id)) {
        leaveOut(rawDoc, name, [
          { path: '_id', message: 'is not a Sanity document id (letters, digits, "_", "-" and "." only, at most 128 characters)' },
        ]);
        continue;
      }
      const deep = tooDeepAt(rawDoc);
      if (deep !== undefined) {
        leaveOut(rawDoc, name, [
          {
            path: deep,
            message: `is nested more than ${MAX_NESTING} levels deep, which no page can show; remove the nested blocks (paste the text again as plain text)`,
          },
        ]);
        continue;
      }
      let scheduleState: ReturnType<typeof windowState> | undefined;
      if (rawDoc._type === 'campaign') {
        const window = { publishFrom: rawDoc.publishFrom, publishUntil: rawDoc.publishUntil };
        const state = windowState(window, now);
        if (!drafts && !isLive(window, now)) {
          report.campaignsOutsideWindow.push({
            id: rawDoc._id,
            state: state as 'scheduled' | 'ended',
            ...(rawDoc.publishFrom ? { publishFrom: rawDoc.publishFrom } : {}),
            ...(rawDoc.publishUntil ? { publishUntil: rawDoc.publishUntil } : {}),
          });
          continue;
        }
        scheduleState = state;
      }
      const { doc, issues } = normaliseDocument(rawDoc, source.images);
      if (scheduleState) doc.scheduleState = scheduleState;
      const holder = { id: rawDoc._id, type: rawDoc._type };
      for (const issue of issues.filter((x) => x.kind === 'dangling')) {
        report.danglingReferences.push({ ...holder, path: issue.path, ref: issue.ref ?? '', reason: 'missing' });
      }
      for (const issue of issues.filter((x) => x.kind === 'text'))
        report.warnings.push({ ...holder, path: issue.path, message: issue.message });
      for (const [path, bytes] of largeTextFields(doc)) {
        const kB = Math.round(bytes / 1000);
        report.warnings.push({
          ...holder,
          path,
          message: `is ${kB} kB of text, more than ${LARGE_TEXT_BYTES / 1000} kB: the page loads slowly and is too long to read. It is published; split the text over more pages`,
        });
      }
      const problems = issues.filter((x) => x.kind === 'image').map((x) => ({ path: x.path, message: x.message }));
      const slugMessage = slugCannotBeAddress(doc);
      if (slugMessage) problems.push({ path: 'slug', message: slugMessage });
      problems.push(...changeLogProblems(doc, now));
      const parsed = SCHEMAS[name].safeParse(doc);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const at = formatPath(issue.path);
          // An image problem found above explains itself better than the schema's generic message.
          if (problems.some((p) => p.path === at)) continue;
          problems.push({ path: at, message: issue.message });
        }
      }
      if (problems.length > 0) {
        leaveOut(rawDoc, name, problems);
        continue;
      }
      if ('translationOf' in rawDoc && typeof rawDoc.translationOf === 'string') translationOf.set(rawDoc._id, rawDoc.translationOf);
      valid.push((parsed as { data: Doc }).data);
    }
    collections[name] = settleDuplicates(valid, report, leftOutIds);
    report.counts[name] = { fetched: raw[i].length, published: 0, leftOut: 0 };
  });

  const accepted = new Set<string>();
  for (const name of COLLECTION_NAMES) for (const doc of collections[name]) accepted.add(doc._id);
  // Campaigns outside their window are not errors, but links to them must not become dead links.
  const hidden = new Set(report.campaignsOutsideWindow.map((c) => c.id));
  const linkable = new Map<string, Doc>();
  for (const name of LINKABLE) for (const doc of collections[name]) linkable.set(doc._id, doc);
  for (const name of COLLECTION_NAMES) {
    for (const doc of collections[name]) pruneReferences(doc, { accepted, leftOut: leftOutIds, hidden, linkable }, report);
  }
  for (const name of TRANSLATED) pairTranslations(collections[name], translationOf, accepted, leftOutIds, hidden, report);

  for (const [i, name] of COLLECTION_NAMES.entries()) {
    const published = collections[name].length;
    const fetched = raw[i].length;
    const outside = name === 'campaigns' ? report.campaignsOutsideWindow.length : 0;
    report.counts[name] = { fetched, published, leftOut: fetched - outside - published };
  }
  report.leftOut = leftOutIds.size;
  if (writing.check !== false) report.writing = checkSiteWriting(collections as unknown as SiteCollections, writing.intended);
  return { collections: collections as unknown as SiteCollections, report };
}

/** What the writing check of a judgement needs: the editors' "bewust zo" marks, or `check: false` to leave it out. */
export interface WritingInput {
  /** The answer of INTENDED_QUERY (@mkb010/content/writing); none: no warning is marked. */
  intended?: IntendedAnswer | null;
  /** False: no writing check (the benchmark times it on its own). */
  check?: boolean;
}

/** The writing check over the published documents of every collection with pages. */
export function checkSiteWriting(collections: SiteCollections, intended?: IntendedAnswer | null): WritingReport {
  const docs = Object.values(collections).flat() as unknown as Doc[];
  return checkAllWriting(docs, intendedById(intended));
}

/**
 * Checks one query's answer is a list of documents with `_id` and `_type`; throws ContentSourceError
 * naming the source and query otherwise (never read as "no documents": that would publish an empty site).
 */
export function checkAnswer<N extends CollectionName>(label: string, name: N, result: unknown): QueryResults[N] {
  if (!Array.isArray(result)) {
    // Never read as "no documents": that would publish an empty site.
    throw new ContentSourceError(
      `${label}: query "${name}" answered ${describeAnswer(result)}, not a list of documents. The site was not built; check the source and build again.`,
    );
  }
  const bad = result.findIndex((doc) => !doc || typeof doc !== 'object' || typeof doc._id !== 'string' || typeof doc._type !== 'string');
  if (bad !== -1) {
    throw new ContentSourceError(
      `${label}: query "${name}" answered a list holding ${describeAnswer(result[bad])}, not documents with _id and _type.`,
    );
  }
  return result as QueryResults[N];
}

/**
 * Why a document's slug cannot be its address: too long for a file name, a Windows device name, or
 * a word the site's own addresses use in its section. A slug of the wrong format is the schema's to report.
 */
function slugCannotBeAddress(doc: Record<string, unknown>): string | undefined {
  if (typeof doc.slug !== 'string' || !isContentType(doc._type)) return undefined;
  const problem = slugProblem(doc.slug, doc._type, pageLanguages(doc._type, doc.language));
  switch (problem?.kind) {
    case 'length':
      return `is ${problem.length} characters long; a slug may have at most ${problem.max}`;
    case 'windows':
      return `"${doc.slug}" is a device name on Windows, where the page's folder could not be written; choose another slug`;
    case 'section':
      return `${problem.address} is an address of the site itself; choose another slug`;
    default:
      return undefined;
  }
}

/**
 * Where `doc` nests deeper than MAX_NESTING: the field and item it happens in (`body[0]`), or
 * undefined when it does not. Walks with its own stack, so no depth can exhaust the call stack.
 */
function tooDeepAt(doc: unknown): string | undefined {
  const stack: { value: unknown; depth: number; at: string; steps: number }[] = [{ value: doc, depth: 0, at: '', steps: 0 }];
  while (stack.length > 0) {
    const { value, depth, at, steps } = stack.pop()!;
    if (!value || typeof value !== 'object') continue;
    if (depth > MAX_NESTING) return at;
    // Only the first two steps are named: the field and its item are what an editor can find.
    const named = (step: string) => (steps < 2 ? at + step : at);
    const children: [string, unknown][] = Array.isArray(value)
      ? value.map((v, i) => [`[${i}]`, v])
      : Object.entries(value).map(([k, v]) => [at ? `.${k}` : k, v]);
    for (const [step, v] of children) stack.push({ value: v, depth: depth + 1, at: named(step), steps: steps + 1 });
  }
  return undefined;
}

/**
 * The Portable Text fields of a document (an array holding a `block`, at any depth: `body`,
 * `description.nl`, `sections[2].body`) whose JSON is over LARGE_TEXT_BYTES, with their size.
 * Called after tooDeepAt, so the recursion is bounded.
 */
function largeTextFields(value: unknown, at = ''): [string, number][] {
  if (!value || typeof value !== 'object') return [];
  if (Array.isArray(value)) {
    if (value.some((v) => v && typeof v === 'object' && (v as { _type?: unknown })._type === 'block')) {
      const bytes = new TextEncoder().encode(JSON.stringify(value)).length;
      return bytes > LARGE_TEXT_BYTES ? [[at, bytes]] : [];
    }
    return value.flatMap((v, i) => largeTextFields(v, `${at}[${i}]`));
  }
  return Object.entries(value).flatMap(([k, v]) => largeTextFields(v, at ? `${at}.${k}` : k));
}

/**
 * What is wrong with a document's change log at `now`: each entry needs a date that is not in the
 * future and a note in the document's language (Dutch for schemes, which are written in both).
 */
function changeLogProblems(doc: Record<string, unknown>, now: Date): { path: string; message: string }[] {
  if (!Array.isArray(doc.changeLog)) return [];
  const required: Lang[] = doc._type === 'guide' ? (isLang(doc.language) ? [doc.language] : []) : ['nl'];
  const today = amsterdamDay(now);
  return (doc.changeLog as ChangeEntry[]).flatMap((entry, i) =>
    changeProblems(entry ?? {}, today, required).map((problem) => {
      const at = `changeLog[${i}]`;
      if (problem.kind === 'note-missing')
        return { path: `${at}.note.${problem.lang}`, message: `a change needs a note saying what changed (${problem.lang})` };
      const message =
        problem.kind === 'date-missing'
          ? 'a change needs the date it took effect'
          : problem.kind === 'date-invalid'
            ? `"${problem.date}" is not a date YYYY-MM-DD`
            : `${problem.date} is after today (${problem.today}); record a change once it has happened`;
      return { path: `${at}.date`, message };
    }),
  );
}

/** Zod's issue path as `steps[1].title`. */
function formatPath(parts: readonly PropertyKey[]): string {
  return parts.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '');
}

/**
 * Two documents of one type (and language) with one slug would share a URL. The earliest created
 * keeps it (ties: the smaller id), so a URL that was already public stays with its document; the
 * others are left out and reported.
 */
function settleDuplicates(docs: Doc[], report: ContentReport, leftOutIds: Set<string>): Doc[] {
  const groups = new Map<string, Doc[]>();
  for (const doc of docs) {
    if (typeof doc.slug !== 'string') continue;
    const key = `${doc._type}\0${doc.language ?? ''}\0${doc.slug}`;
    groups.set(key, [...(groups.get(key) ?? []), doc]);
  }
  const losers = new Set<string>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => String(a._createdAt ?? '\uffff').localeCompare(String(b._createdAt ?? '\uffff')) || a._id.localeCompare(b._id));
    const [kept, ...rest] = group;
    report.duplicates.push({
      type: kept._type,
      ...(typeof kept.language === 'string' && ['guide', 'story', 'campaign', 'page'].includes(kept._type)
        ? { language: kept.language }
        : {}),
      slug: kept.slug,
      kept: kept._id,
      leftOut: rest.map((d) => d._id),
    });
    for (const d of rest) {
      losers.add(d._id);
      leftOutIds.add(d._id);
    }
  }
  return docs.filter((d) => !losers.has(d._id));
}

interface Published {
  accepted: Set<string>;
  leftOut: Set<string>;
  /** Campaigns outside their window: not public, but not a problem either. */
  hidden: Set<string>;
  linkable: Map<string, Doc>;
}

/**
 * Removes references to documents that are not on the site, and gives every internal link its
 * target ({_id, _type, slug, language?}), or null when the target is not public.
 */
function pruneReferences(doc: Doc, site: Published, report: ContentReport): void {
  const dangling = (path: string, ref: string) => {
    if (site.hidden.has(ref)) return;
    report.danglingReferences.push({ id: doc._id, type: doc._type, path, ref, reason: site.leftOut.has(ref) ? 'left-out' : 'missing' });
  };
  // biome-ignore lint/suspicious/noExplicitAny: walks any JSON value of a document
  const visit = (value: any, at: string): boolean => {
    if (!value || typeof value !== 'object') return true;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        if (!visit(value[i], `${at}[${i}]`)) value.splice(i, 1);
      }
      return true;
    }
    if (at && typeof value._id === 'string' && !site.accepted.has(value._id)) {
      if (site.leftOut.has(value._id)) dangling(at, value._id);
      return false;
    }
    if (at && value._type === 'internalLink') {
      const ref = value.reference?._ref;
      const target = typeof ref === 'string' ? site.linkable.get(ref) : undefined;
      value.target = target
        ? {
            _id: target._id,
            _type: target._type,
            slug: target.slug,
            // An event's `language` is the spoken one; only per-document translations have a URL language.
            ...(isContentType(target._type) && TRANSLATED_TYPES.includes(target._type) ? { language: target.language } : {}),
          }
        : null;
      if (!target && typeof ref === 'string') dangling(`${at}.reference`, ref);
      // The raw reference is the link's internals (and may name a draft); pages use the target.
      delete value.reference;
      return true;
    }
    for (const [key, v] of Object.entries(value)) {
      if (!visit(v, at ? `${at}.${key}` : key)) delete value[key];
    }
    return true;
  };
  visit(doc, '');
}

/** Sets `translation` on both documents of each pair (the English one holds translationOf). */
function pairTranslations(
  docs: Doc[],
  translationOf: Map<string, string>,
  accepted: Set<string>,
  leftOut: Set<string>,
  hidden: Set<string>,
  report: ContentReport,
): void {
  const byId = new Map(docs.map((d) => [d._id, d]));
  const summary = (d: Doc) => ({ _id: d._id, slug: d.slug, language: d.language });
  for (const doc of docs) doc.translation = null;
  for (const doc of docs) {
    const otherId = translationOf.get(doc._id);
    if (!otherId) continue;
    const other = byId.get(otherId);
    if (!other) {
      if (!accepted.has(otherId)) {
        const reason = leftOut.has(otherId) ? 'left-out' : 'missing';
        // A campaign outside its window is simply not public now; nothing to report.
        if (!hidden.has(otherId)) {
          report.danglingReferences.push({ id: doc._id, type: doc._type, path: 'translationOf', ref: otherId, reason });
        }
      }
      continue;
    }
    if (other.language === doc.language) continue;
    doc.translation = summary(other);
    // If two documents claim one original, the first (by id, as docs are processed) wins the back link.
    if (!other.translation) other.translation = summary(doc);
  }
}

// The content pipeline without Astro: query the source once per collection, normalise, validate,
// settle duplicate slugs, drop references to what was left out, pair translations, and report.
// The Astro loader (loader.ts) and tests call loadSiteContent.
import path from 'node:path';
import { isStrict, siteNow } from '../lib/build-env.ts';
import { isLive, windowState } from '../lib/schedule.ts';
import { ContentValidationError } from './errors.ts';
import { normaliseDocument } from './normalise.ts';
import { COLLECTION_NAMES, QUERIES, type CollectionName } from './queries.ts';
import { describeProblems, problemCount, writeContentReport, type ContentReport } from './report.ts';
import { SCHEMAS } from './schemas.ts';
import { openContentSource, type SourceOptions } from './source.ts';
import type { ContentSource } from './source-types.ts';

type Doc = Record<string, any> & { _id: string; _type: string };

export interface LoadOptions extends SourceOptions {
  /** The moment campaigns are judged at (default SITE_NOW or the clock). */
  now?: Date;
  /** Folder for content-report.json (default REPORT_DIR or `reports`); false: do not write. */
  reportDir?: string | false;
  /** Fail on any problem (default CONTENT_STRICT). */
  strict?: boolean;
  /** Use this source instead of the configured one. */
  source?: ContentSource;
}

export interface SiteContent {
  /** Entries per collection, each the validated document (id = data._id). */
  collections: Record<CollectionName, Doc[]>;
  report: ContentReport;
  /** Where the report was written, if it was. */
  reportFile?: string;
}

/** Types whose translations are separate documents linked by translationOf. */
const TRANSLATED: CollectionName[] = ['guides', 'stories', 'campaigns', 'pages'];

/** Loads, checks and shapes all site content; throws ContentValidationError in strict mode. */
export async function loadSiteContent(options: LoadOptions = {}): Promise<SiteContent> {
  const env = options.env ?? process.env;
  const root = options.root ?? process.cwd();
  const now = options.now ?? siteNow(env);
  const source = options.source ?? (await openContentSource(options));
  const drafts = source.perspective === 'drafts';

  const raw = await Promise.all(
    COLLECTION_NAMES.map(async (name) => {
      const result = await source.query(name, QUERIES[name]);
      return (Array.isArray(result) ? result : []) as Doc[];
    }),
  );

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
  };
  const collections = {} as Record<CollectionName, Doc[]>;
  const translationOf = new Map<string, string>();
  const leftOutIds = new Set<string>();

  COLLECTION_NAMES.forEach((name, i) => {
    const valid: Doc[] = [];
    for (const rawDoc of raw[i]) {
      if (name === 'campaigns') {
        const window = { publishFrom: rawDoc.publishFrom as string | undefined, publishUntil: rawDoc.publishUntil as string | undefined };
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
        rawDoc.scheduleState = state;
      }
      const { doc, issues } = normaliseDocument(rawDoc, source.images);
      const holder = { id: rawDoc._id, type: rawDoc._type };
      for (const issue of issues.filter((x) => x.kind === 'dangling')) {
        report.danglingReferences.push({ ...holder, path: issue.path, ref: issue.ref ?? '', reason: 'missing' });
      }
      const problems = issues.filter((x) => x.kind === 'image').map((x) => ({ path: x.path, message: x.message }));
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
        report.invalid.push({ ...holder, collection: name, problems });
        leftOutIds.add(rawDoc._id);
        continue;
      }
      if (typeof rawDoc.translationOf === 'string') translationOf.set(rawDoc._id, rawDoc.translationOf);
      valid.push((parsed as { data: Doc }).data);
    }
    collections[name] = settleDuplicates(valid, report, leftOutIds);
    report.counts[name] = { fetched: raw[i].length, published: 0, leftOut: 0 };
  });

  const accepted = new Set<string>();
  for (const name of COLLECTION_NAMES) for (const doc of collections[name]) accepted.add(doc._id);
  // Campaigns outside their window are not errors, but links to them must not become dead links.
  const hidden = new Set(report.campaignsOutsideWindow.map((c) => c.id));
  for (const name of COLLECTION_NAMES) {
    for (const doc of collections[name]) pruneReferences(doc, accepted, leftOutIds, hidden, report);
  }
  for (const name of TRANSLATED) pairTranslations(collections[name], translationOf, accepted, leftOutIds, hidden, report);

  for (const [i, name] of COLLECTION_NAMES.entries()) {
    const published = collections[name].length;
    const fetched = raw[i].length;
    const outside = name === 'campaigns' ? report.campaignsOutsideWindow.length : 0;
    report.counts[name] = { fetched, published, leftOut: fetched - outside - published };
  }
  report.leftOut = leftOutIds.size;

  const dir = options.reportDir ?? path.resolve(root, env.REPORT_DIR?.trim() || 'reports');
  const reportFile = dir === false ? undefined : await writeContentReport(report, dir);
  if ((options.strict ?? isStrict(env)) && problemCount(report) > 0) {
    throw new ContentValidationError(
      `CONTENT_STRICT=1 and the content from ${source.label} has ${problemCount(report)} problem(s):\n` +
        describeProblems(report).map((l) => `  - ${l}`).join('\n') +
        (reportFile ? `\nFull list: ${reportFile}` : ''),
    );
  }
  return { collections, report, reportFile };
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
      ...(typeof kept.language === 'string' && ['guide', 'story', 'campaign', 'page'].includes(kept._type) ? { language: kept.language } : {}),
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

/** Removes references to documents that are not on the site; links to them get target null. */
function pruneReferences(doc: Doc, accepted: Set<string>, leftOut: Set<string>, hidden: Set<string>, report: ContentReport): void {
  const visit = (value: any, at: string): boolean => {
    if (!value || typeof value !== 'object') return true;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        if (!visit(value[i], `${at}[${i}]`)) value.splice(i, 1);
      }
      return true;
    }
    if (at && typeof value._id === 'string' && !accepted.has(value._id)) {
      if (leftOut.has(value._id)) report.danglingReferences.push({ id: doc._id, type: doc._type, path: at, ref: value._id, reason: 'left-out' });
      return false;
    }
    for (const [key, v] of Object.entries(value)) {
      const here = at ? `${at}.${key}` : key;
      if (key === 'target' && value._type === 'internalLink') {
        if (v && typeof v === 'object' && !accepted.has((v as Doc)._id)) {
          const id = (v as Doc)._id;
          if (leftOut.has(id)) report.danglingReferences.push({ id: doc._id, type: doc._type, path: here, ref: id, reason: 'left-out' });
          else if (!hidden.has(id)) report.danglingReferences.push({ id: doc._id, type: doc._type, path: here, ref: id, reason: 'missing' });
          value.target = null;
        }
        continue;
      }
      if (!visit(v, here)) delete value[key];
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

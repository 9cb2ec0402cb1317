// The editor report: what editors and partners should fix or look at. Pure and browser-safe: the
// command line (`npm run content:report`, through source/editor-report-load.ts) and the Studio's
// Redactierapport tool make it with these same functions from the same judgement (judge.ts) and one
// small extra query for what the public collections do not hold (campaigns outside their window,
// and who owns a document that was left out). Its words are in editor-report-text.ts.
import { addDays } from 'date-fns';
import { amsterdamDay, type CheckTiming, type EventTiming, isOverdue, isUpcoming, type Lang, OWNER_FIELDS, ownerIds } from '@mkb010/model';
import { formatDay, formatLongDate, formatTime } from './dates.ts';
import { type Listening, listeningSections } from './editor-report-listening.ts';
import { REPORT_TEXT } from './editor-report-text.ts';
import { type WritingDocument, type WritingSection, writingSections } from './writing/index.ts';
import type { SiteContent } from './judge.ts';
import type { DanglingReference, DuplicateSlug, FieldProblem } from './report.ts';

/** How far ahead campaign starts and ends are listed. */
export const CAMPAIGN_HORIZON_DAYS = 14;

// biome-ignore lint/suspicious/noExplicitAny: documents are untyped JSON until each field is validated
type Doc = Record<string, any> & { _id: string; _type: string };

export interface ReportInvalid {
  id: string;
  type: string;
  problems: FieldProblem[];
}

export interface StaleGuide {
  id: string;
  title: string;
  language: string;
  partner: string | null;
  lastChecked: string | null;
  checkAgainBy: string;
  daysOverdue: number;
}

export interface EventWithoutRegistration {
  id: string;
  title: string;
  start: string;
  organisers: string[];
}

export interface CampaignMoment {
  id: string;
  title: string;
  language: string;
  change: 'starts' | 'ends';
  at: string;
}

export interface PartnerFreshness {
  id: string;
  slug: string;
  name: string;
  guides: number;
  stories: number;
  events: number;
  schemes: number;
  /** The oldest `lastChecked` of the partner's guides, if any has one. */
  oldestLastChecked: string | null;
  /** Guides without a `lastChecked` date. */
  neverChecked: number;
  /** Guides past their check-again date. */
  pastCheckAgain: number;
}

export interface EditorReport {
  generatedAt: string;
  /** The moment content was judged at (SITE_NOW or the clock). */
  siteNow: string;
  /** That moment's day in Amsterdam (YYYY-MM-DD). */
  today: string;
  source: string;
  perspective: string;
  /** Set when the report is limited to one organisation. */
  partner: { id: string; slug: string; name: string } | null;
  invalid: ReportInvalid[];
  /** Published documents with something worth fixing at the source (cleaned text, a very long body). */
  warnings: { id: string; type: string; path: string; message: string }[];
  duplicates: DuplicateSlug[];
  staleGuides: StaleGuide[];
  brokenReferences: DanglingReference[];
  eventsWithoutRegistration: EventWithoutRegistration[];
  /** Null in a partner's report: campaigns belong to the comms team, not to one partner. */
  campaignsSoon: CampaignMoment[] | null;
  partners: PartnerFreshness[];
  /** The writing check of the listed documents, with the partners owning each; null when it was not run. */
  writing: { averageScore: number | null; documents: (WritingDocument & { owners: string[] })[] } | null;
  /** What entrepreneurs said through the site (the service's read API), when the report could ask. */
  listening?: Listening | null;
}

/** A partner slug that does not exist; the message lists the ones that do. */
export class UnknownPartnerError extends Error {
  readonly slug: string;
  readonly known: string[];
  constructor(slug: string, known: string[]) {
    super(REPORT_TEXT.en.unknownPartner(slug, known));
    this.slug = slug;
    this.known = known;
    this.name = 'UnknownPartnerError';
    this.stack = '';
  }
}

const OWNED_TYPES = Object.keys(OWNER_FIELDS);
const OWNER_FIELD_NAMES = [...new Set(Object.values(OWNER_FIELDS).map((o) => o.field))];

/**
 * Who owns each document of a partner's types (also the ones the site left out), and every campaign
 * with its window (also those outside it). One request, whatever the dataset size; the owner fields
 * come from the model's OWNER_FIELDS.
 */
export const EXTRA_QUERY = `{
  "owners": *[_type in ${JSON.stringify(OWNED_TYPES)}]{_id, _type, ${OWNER_FIELD_NAMES.join(', ')}},
  "campaigns": *[_type == "campaign"]{_id, title, language, publishFrom, publishUntil}
}`;

/** The extra query's answer. */
export interface ExtraAnswer {
  owners: { _id: string; _type: string; [field: string]: unknown }[];
  campaigns: { _id: string; title?: string; language?: string; publishFrom?: string | null; publishUntil?: string | null }[];
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Builds the report from a load and the extra query's answer (pure; tests may call it directly). */
export function makeEditorReport(content: SiteContent, extra: ExtraAnswer, now: Date, partnerSlug?: string): EditorReport {
  const { collections, report } = content;
  const today = amsterdamDay(now);
  const partnerDocs = collections.partners as Doc[];

  let partner: EditorReport['partner'] = null;
  if (partnerSlug !== undefined) {
    const found = partnerDocs.find((p) => p.slug === partnerSlug);
    if (!found) throw new UnknownPartnerError(partnerSlug, partnerDocs.map((p) => String(p.slug)).sort());
    partner = { id: found._id, slug: found.slug, name: found.name };
  }

  // Owners from the raw documents, so a document the site left out still lands on its partner's list.
  const owners = new Map<string, Set<string>>();
  for (const o of extra.owners ?? []) owners.set(o._id, new Set(ownerIds(o)));
  const ownedBy = (id: string) => !partner || (owners.get(id)?.has(partner.id) ?? false);

  const isStale = (g: Doc) => isOverdue(g as CheckTiming, now);
  const guides = collections.guides as Doc[];
  const staleGuides: StaleGuide[] = guides
    .filter(isStale)
    .filter((g) => ownedBy(g._id))
    .map((g) => ({
      id: g._id,
      title: g.title,
      language: g.language,
      partner: g.partner?.name ?? null,
      lastChecked: g.lastChecked ?? null,
      checkAgainBy: g.checkAgainBy,
      daysOverdue: daysBetween(g.checkAgainBy, today),
    }))
    .sort((a, b) => a.checkAgainBy.localeCompare(b.checkAgainBy) || a.id.localeCompare(b.id));

  const eventsWithoutRegistration = (collections.events as Doc[])
    .filter((e) => isUpcoming(e as unknown as EventTiming, now) && !e.cancelled && !e.registrationUrl && ownedBy(e._id))
    .sort((a, b) => String(a.start).localeCompare(String(b.start)))
    .map((e) => ({ id: e._id, title: e.title?.nl ?? e._id, start: e.start, organisers: (e.organisers ?? []).map((o: Doc) => o.name) }));

  let campaignsSoon: CampaignMoment[] | null = null;
  if (!partner) {
    const horizon = addDays(now, CAMPAIGN_HORIZON_DAYS).getTime();
    const within = (iso?: string | null) => !!iso && Date.parse(iso) > now.getTime() && Date.parse(iso) <= horizon;
    campaignsSoon = [];
    for (const c of extra.campaigns ?? []) {
      const base = { id: c._id, title: c.title ?? c._id, language: c.language ?? '' };
      if (within(c.publishFrom)) campaignsSoon.push({ ...base, change: 'starts', at: new Date(c.publishFrom!).toISOString() });
      if (within(c.publishUntil)) campaignsSoon.push({ ...base, change: 'ends', at: new Date(c.publishUntil!).toISOString() });
    }
    campaignsSoon.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  }

  const partners: PartnerFreshness[] = partnerDocs
    .filter((p) => !partner || p._id === partner.id)
    .map((p) => {
      // Owners as the model reads them (OWNER_FIELDS), the same map every list above uses.
      const ownedBy = (docs: Doc[]) => docs.filter((d) => owners.get(d._id)?.has(p._id));
      const own = ownedBy(guides);
      const checked = own
        .map((g) => g.lastChecked)
        .filter((d): d is string => typeof d === 'string')
        .sort();
      return {
        id: p._id,
        slug: p.slug,
        name: p.name,
        guides: own.length,
        stories: ownedBy(collections.stories as Doc[]).length,
        events: ownedBy(collections.events as Doc[]).length,
        schemes: ownedBy(collections.schemes as Doc[]).length,
        oldestLastChecked: checked[0] ?? null,
        neverChecked: own.length - checked.length,
        pastCheckAgain: own.filter(isStale).length,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));

  return {
    generatedAt: new Date().toISOString(),
    siteNow: now.toISOString(),
    today,
    source: report.source,
    perspective: report.perspective,
    partner,
    invalid: report.invalid.filter((d) => ownedBy(d.id)).map((d) => ({ id: d.id, type: d.type, problems: d.problems })),
    warnings: report.warnings
      .filter((w) => w.id && w.type && ownedBy(w.id))
      .map((w) => ({ id: w.id!, type: w.type!, path: w.path ?? '', message: w.message })),
    duplicates: report.duplicates.filter((d) => ownedBy(d.kept) || d.leftOut.some(ownedBy)),
    staleGuides,
    brokenReferences: report.danglingReferences.filter((r) => ownedBy(r.id)),
    eventsWithoutRegistration,
    campaignsSoon,
    partners,
    writing: report.writing
      ? {
          averageScore: report.writing.averageScore,
          documents: report.writing.documents
            .map((d) => ({ ...d, owners: d.type === 'partner' ? [d.id] : [...(owners.get(d.id) ?? [])] }))
            .filter((d) => !partner || d.owners.includes(partner.id)),
        }
      : null,
  };
}

/** Number of things an editor should act on. */
export function findingCount(r: EditorReport): number {
  return (
    r.invalid.length +
    r.warnings.length +
    r.duplicates.length +
    r.staleGuides.length +
    r.brokenReferences.length +
    r.eventsWithoutRegistration.length +
    (r.campaignsSoon?.length ?? 0)
  );
}

/** One row of a report section: its cells, the same as one sentence, and the document it is about. */
export interface ReportRow {
  cells: (string | number)[];
  line: string;
  /** The document to open (a link in the Studio). */
  doc?: { id: string; type: string };
}

/** One list of the report, as every view shows it. */
export interface ReportSection {
  id:
    | 'invalid'
    | 'warnings'
    | 'duplicates'
    | 'stale'
    | 'references'
    | 'registration'
    | 'campaigns'
    | 'partners'
    | 'requests'
    | 'feedback'
    | 'queries'
    | WritingSection['id'];
  title: string;
  headers: string[];
  rows: ReportRow[];
  /** What to say when there are no rows. */
  none: string;
}

/** A campaign moment as people read it: "vrijdag 6 maart 2026 09:00". */
const moment = (iso: string, lang: Lang) => `${formatLongDate(iso, lang)} ${formatTime(iso)}`;
const day = (value: string | null | undefined, lang: Lang) => (value ? formatDay(amsterdamDay(value), lang) : '');

/** The report's lists in one language: what the terminal, the HTML page and the Studio tool show. */
export function reportSections(r: EditorReport, lang: Lang): ReportSection[] {
  const t = REPORT_TEXT[lang];
  const field = (path: string) => path || t.wholeDocument;
  const why = (b: DanglingReference) => (b.reason === 'missing' ? t.references.missing : t.references.leftOut);
  const sections: ReportSection[] = [
    {
      id: 'invalid',
      title: t.invalid.title,
      headers: [t.document, t.type, t.field, t.problem],
      rows: r.invalid.flatMap((d) =>
        d.problems.map((p) => ({
          cells: [d.id, d.type, field(p.path), p.message],
          line: t.invalid.line(d.type, d.id, field(p.path), p.message),
          doc: { id: d.id, type: d.type },
        })),
      ),
      none: t.none,
    },
  ];
  if (r.warnings.length) {
    sections.push({
      id: 'warnings',
      title: t.warnings.title,
      headers: [t.document, t.type, t.field, t.problem],
      rows: r.warnings.map((w) => ({
        cells: [w.id, w.type, field(w.path), w.message],
        line: t.invalid.line(w.type, w.id, field(w.path), w.message),
        doc: { id: w.id, type: w.type },
      })),
      none: t.none,
    });
  }
  if (r.duplicates.length) {
    sections.push({
      id: 'duplicates',
      title: t.duplicates.title,
      headers: [t.type, t.duplicates.slug, t.duplicates.kept, t.duplicates.leftOut],
      rows: r.duplicates.map((d) => ({
        cells: [d.type, d.slug, d.kept, d.leftOut.join(', ')],
        line: t.duplicates.line(d.type, d.slug, d.language ?? '', d.kept, d.leftOut),
        doc: { id: d.leftOut[0] ?? d.kept, type: d.type },
      })),
      none: t.none,
    });
  }
  sections.push(
    {
      id: 'stale',
      title: t.stale.title,
      headers: [t.stale.guide, t.document, t.stale.partner, t.stale.lastChecked, t.stale.checkAgainBy, t.stale.daysOverdue],
      rows: r.staleGuides.map((g) => ({
        cells: [g.title, g.id, g.partner ?? '', day(g.lastChecked, lang), day(g.checkAgainBy, lang), g.daysOverdue],
        line: t.stale.line(g.title, g.id, g.partner, day(g.checkAgainBy, lang), g.daysOverdue),
        doc: { id: g.id, type: 'guide' },
      })),
      none: t.none,
    },
    {
      id: 'references',
      title: t.references.title,
      headers: [t.document, t.type, t.field, t.references.refersTo, t.references.reason],
      rows: r.brokenReferences.map((b) => ({
        cells: [b.id, b.type, b.path, b.ref, why(b)],
        line: t.references.line(b.type, b.id, b.path, b.ref, why(b)),
        doc: { id: b.id, type: b.type },
      })),
      none: t.none,
    },
    {
      id: 'registration',
      title: t.registration.title,
      headers: [t.registration.event, t.document, t.registration.date, t.registration.organisers],
      rows: r.eventsWithoutRegistration.map((e) => ({
        cells: [e.title, e.id, day(e.start, lang), e.organisers.join(', ')],
        line: t.registration.line(e.title, e.id, day(e.start, lang), e.organisers.join(', ') || t.registration.nobody),
        doc: { id: e.id, type: 'event' },
      })),
      none: t.none,
    },
  );
  if (r.campaignsSoon) {
    sections.push({
      id: 'campaigns',
      title: t.campaigns.title(CAMPAIGN_HORIZON_DAYS),
      headers: [t.campaigns.campaign, t.document, t.campaigns.language, t.campaigns.what, t.campaigns.moment],
      rows: r.campaignsSoon.map((c) => {
        const what = c.change === 'starts' ? t.campaigns.starts : t.campaigns.ends;
        return {
          cells: [c.title, c.id, c.language, what, moment(c.at, lang)],
          line: t.campaigns.line(c.title, c.id, c.language, what, moment(c.at, lang)),
          doc: { id: c.id, type: 'campaign' },
        };
      }),
      none: t.none,
    });
  }
  const p = t.partners;
  sections.push({
    id: 'partners',
    title: p.title,
    headers: [p.partner, p.guides, p.stories, p.events, p.schemes, p.oldestCheck, p.pastCheckAgain, p.neverChecked],
    rows: r.partners.map((x) => ({
      cells: [
        `${x.name} (${x.slug})`,
        x.guides,
        x.stories,
        x.events,
        x.schemes,
        day(x.oldestLastChecked, lang),
        x.pastCheckAgain,
        x.neverChecked,
      ],
      line: `${x.name} (${x.slug}): ${p.counts(x.guides, x.stories, x.events, x.schemes)}; ${
        x.guides === 0 ? p.noGuides : p.fresh(day(x.oldestLastChecked, lang) || p.never, x.pastCheckAgain, x.neverChecked)
      }`,
      doc: { id: x.id, type: 'partner' },
    })),
    none: t.noPartners,
  });
  if (r.writing) {
    const owners = new Map(r.writing.documents.map((d) => [d.id, new Set(d.owners)]));
    sections.push(...writingSections(r.writing.documents, owners, r.partners, { ownerless: !r.partner, lang }));
  }
  sections.push(...listeningSections(r.listening, lang));
  return sections;
}

/** The report's title: for one partner, or for the whole network. */
export function reportTitle(r: EditorReport, lang: Lang): string {
  return r.partner ? REPORT_TEXT[lang].titleFor(r.partner.name) : REPORT_TEXT[lang].title;
}

/** The report as plain text lines for the terminal. */
export function editorReportText(r: EditorReport, lang: Lang): string[] {
  const t = REPORT_TEXT[lang];
  const who = r.partner ? `${reportTitle(r, lang)} (${r.partner.slug})` : reportTitle(r, lang);
  const lines = [t.heading(who, r.source, r.perspective, formatDay(r.today, lang), r.siteNow)];
  for (const s of reportSections(r, lang)) {
    lines.push('', `${s.title} (${s.rows.length}):`);
    lines.push(...(s.rows.length ? s.rows.map((row) => `  - ${row.line}`) : [`  ${s.none}`]));
  }
  return lines;
}

const escapeHtml = (value: unknown) =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A section as a table with a caption and column headers, or a sentence when there is nothing to list. */
function sectionHtml(s: ReportSection): string {
  const id = `report-${s.id}`;
  const head = `<h2 id="${id}">${escapeHtml(s.title)} <span class="count">(${s.rows.length})</span></h2>`;
  if (s.rows.length === 0) return `<section aria-labelledby="${id}">${head}<p class="none">${escapeHtml(s.none)}</p></section>`;
  const th = s.headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const body = s.rows.map((r) => `<tr>${r.cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('\n');
  return `<section aria-labelledby="${id}">${head}<div class="scroll" role="region" aria-labelledby="${id}" tabindex="0"><table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table></div></section>`;
}

/** The report as one self-contained HTML page (no scripts, no outside resources). */
export function editorReportHtml(r: EditorReport, lang: Lang): string {
  const t = REPORT_TEXT[lang];
  const title = reportTitle(r, lang);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>
  body { font: 1rem/1.5 system-ui, sans-serif; color: #1a1a1a; background: #fff; margin: 0 auto; max-width: 72rem; padding: 1.5rem; }
  h1 { font-size: 1.75rem; margin: 0 0 .5rem; }
  h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; }
  .count { font-weight: normal; color: #444; }
  .meta, .none { color: #333; }
  .scroll { overflow-x: auto; }
  .scroll:focus { outline: 3px solid #005ea5; outline-offset: 2px; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; vertical-align: top; padding: .4rem .6rem; border-bottom: 1px solid #767676; }
  th { background: #f0f0f0; }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(t.sourceLabel)}: ${escapeHtml(r.source)} (${escapeHtml(r.perspective)}) · ${escapeHtml(t.judgedOn)}: <time datetime="${escapeHtml(r.siteNow)}">${escapeHtml(formatDay(r.today, lang))}</time> · ${escapeHtml(t.generated)}: <time datetime="${escapeHtml(r.generatedAt)}">${escapeHtml(r.generatedAt)}</time></p>
${reportSections(r, lang).map(sectionHtml).join('\n')}
</main>
</body>
</html>
`;
}

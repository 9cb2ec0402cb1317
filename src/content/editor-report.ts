// The editor report (`npm run content:report`): what editors and partners should fix or look at,
// built from the same load as the site (loadSiteContent: same source, perspective and validation)
// and its content report, plus one small query for what the public collections do not hold
// (campaigns outside their window, and who owns a document that was left out).
import { addDays } from 'date-fns';
import { amsterdamDay, type EventTiming, isUpcoming } from '../lib/dates.ts';
import { siteNow } from '../lib/build-env.ts';
import { type CheckTiming, isOverdue } from '@mkb010/model';
import { loadSiteContent, type SiteContent } from './load.ts';
import type { DanglingReference, DuplicateSlug, FieldProblem } from './report.ts';
import { openContentSource, type SourceOptions } from './source.ts';
import type { ContentSource } from './source-types.ts';

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
  duplicates: DuplicateSlug[];
  staleGuides: StaleGuide[];
  brokenReferences: DanglingReference[];
  eventsWithoutRegistration: EventWithoutRegistration[];
  /** Null in a partner's report: campaigns belong to the comms team, not to one partner. */
  campaignsSoon: CampaignMoment[] | null;
  partners: PartnerFreshness[];
}

/** A partner slug that does not exist; the message lists the ones that do. */
export class UnknownPartnerError extends Error {
  constructor(slug: string, known: string[]) {
    super(`There is no partner with slug "${slug}". Known partners: ${known.join(', ') || '(none)'}.`);
    this.name = 'UnknownPartnerError';
    this.stack = '';
  }
}

// Who owns each guide, story, event and scheme (also the ones the site left out), and every
// campaign with its window (also those outside it). One request, whatever the dataset size.
const EXTRA_QUERY = `{
  "owners": *[_type in ["guide", "story", "event", "scheme"]]{_id, "partner": partner._ref, "provider": providerPartner._ref, "organisers": organisers[]._ref},
  "campaigns": *[_type == "campaign"]{_id, title, language, publishFrom, publishUntil}
}`;

interface Extra {
  owners: { _id: string; partner?: string | null; provider?: string | null; organisers?: (string | null)[] | null }[];
  campaigns: { _id: string; title?: string; language?: string; publishFrom?: string | null; publishUntil?: string | null }[];
}

export interface EditorReportOptions extends SourceOptions {
  /** Limit the report to the partner with this slug. */
  partner?: string;
  now?: Date;
  source?: ContentSource;
}

/** Loads content the way the build does and makes the editor report. */
export async function loadEditorReport(options: EditorReportOptions = {}): Promise<EditorReport> {
  const env = options.env ?? process.env;
  const now = options.now ?? siteNow(env);
  const source = options.source ?? (await openContentSource(options));
  const [content, extra] = await Promise.all([
    loadSiteContent({ ...options, env, now, source, reportDir: false, strict: false }),
    source.query('editor report', EXTRA_QUERY) as Promise<Extra>,
  ]);
  return makeEditorReport(content, extra, now, options.partner);
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Builds the report from a load and the extra query's answer (pure; tests may call it directly). */
export function makeEditorReport(content: SiteContent, extra: Extra, now: Date, partnerSlug?: string): EditorReport {
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
  for (const o of extra.owners ?? []) {
    const set = new Set<string>([o.partner, o.provider, ...(o.organisers ?? [])].filter((x): x is string => typeof x === 'string'));
    owners.set(o._id, set);
  }
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
      const own = guides.filter((g) => g.partner?._id === p._id);
      const checked = own
        .map((g) => g.lastChecked)
        .filter((d): d is string => typeof d === 'string')
        .sort();
      return {
        id: p._id,
        slug: p.slug,
        name: p.name,
        guides: own.length,
        stories: (collections.stories as Doc[]).filter((s) => s.partner?._id === p._id).length,
        events: (collections.events as Doc[]).filter((e) => (e.organisers ?? []).some((o: Doc) => o._id === p._id)).length,
        schemes: (collections.schemes as Doc[]).filter((s) => s.providerPartner?._id === p._id).length,
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
    duplicates: report.duplicates.filter((d) => ownedBy(d.kept) || d.leftOut.some(ownedBy)),
    staleGuides,
    brokenReferences: report.danglingReferences.filter((r) => ownedBy(r.id)),
    eventsWithoutRegistration,
    campaignsSoon,
    partners,
  };
}

/** Number of things an editor should act on. */
export function findingCount(r: EditorReport): number {
  return (
    r.invalid.length +
    r.duplicates.length +
    r.staleGuides.length +
    r.brokenReferences.length +
    r.eventsWithoutRegistration.length +
    (r.campaignsSoon?.length ?? 0)
  );
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function referenceWhy(r: DanglingReference): string {
  return r.reason === 'missing' ? 'which does not exist' : 'which was left out (invalid or a duplicate)';
}

function partnerLine(p: PartnerFreshness): string {
  const counts = `${plural(p.guides, 'guide', 'guides')}, ${plural(p.stories, 'story', 'stories')}, ${plural(p.events, 'event', 'events')}, ${plural(p.schemes, 'scheme', 'schemes')}`;
  const fresh =
    p.guides === 0
      ? 'no guides to check'
      : `oldest check ${p.oldestLastChecked ?? 'never'}, ${p.pastCheckAgain} past check-again${p.neverChecked ? `, ${p.neverChecked} never checked` : ''}`;
  return `${p.name} (${p.slug}): ${counts}; ${fresh}`;
}

/** The report as plain text lines for the terminal. */
export function editorReportText(r: EditorReport): string[] {
  const lines: string[] = [];
  const who = r.partner ? ` for ${r.partner.name} (${r.partner.slug})` : '';
  lines.push(`Editor report${who}: content from ${r.source} (${r.perspective}), judged on ${r.today} (${r.siteNow}).`);
  const section = (title: string, items: string[], none: string) => {
    lines.push('', `${title} (${items.length}):`);
    lines.push(...(items.length ? items.map((i) => `  - ${i}`) : [`  ${none}`]));
  };
  section(
    'Invalid documents, left out of the site',
    r.invalid.flatMap((d) => d.problems.map((p) => `${d.type} "${d.id}", field ${p.path || '(document)'}: ${p.message}`)),
    'none',
  );
  if (r.duplicates.length) {
    section(
      'Duplicate slugs',
      r.duplicates.map(
        (d) =>
          `${d.type} slug "${d.slug}"${d.language ? ` (${d.language})` : ''}: kept "${d.kept}", left out ${d.leftOut.map((x) => `"${x}"`).join(', ')}`,
      ),
      'none',
    );
  }
  section(
    'Guides past their check-again date',
    r.staleGuides.map(
      (g) =>
        `"${g.title}" (${g.id}${g.partner ? `, ${g.partner}` : ''}): check again by ${g.checkAgainBy}, ${plural(g.daysOverdue, 'day', 'days')} overdue`,
    ),
    'none',
  );
  section(
    'Broken references',
    r.brokenReferences.map((b) => `${b.type} "${b.id}", field ${b.path}: refers to "${b.ref}", ${referenceWhy(b)}`),
    'none',
  );
  section(
    'Upcoming events without a registration link',
    r.eventsWithoutRegistration.map(
      (e) => `"${e.title}" (${e.id}) on ${amsterdamDay(e.start)}, organised by ${e.organisers.join(', ') || 'nobody'}`,
    ),
    'none',
  );
  if (r.campaignsSoon) {
    section(
      `Campaigns starting or ending in the next ${CAMPAIGN_HORIZON_DAYS} days`,
      r.campaignsSoon.map((c) => `"${c.title}" (${c.id}, ${c.language}) ${c.change} at ${c.at}`),
      'none',
    );
  }
  section('Partners: content and freshness', r.partners.map(partnerLine), 'no partners');
  return lines;
}

const escapeHtml = (value: unknown) =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A table with a caption and column headers, or a sentence when there is nothing to list. */
function table(id: string, caption: string, headers: string[], rows: unknown[][], none: string): string {
  const head = `<h2 id="${id}">${escapeHtml(caption)} <span class="count">(${rows.length})</span></h2>`;
  if (rows.length === 0) return `<section aria-labelledby="${id}">${head}<p class="none">${escapeHtml(none)}</p></section>`;
  const th = headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('\n');
  return `<section aria-labelledby="${id}">${head}<div class="scroll" role="region" aria-labelledby="${id}" tabindex="0"><table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table></div></section>`;
}

/** The report as one self-contained HTML page (no scripts, no outside resources). */
export function editorReportHtml(r: EditorReport): string {
  const title = r.partner ? `Redactierapport ${r.partner.name} / Editor report` : 'Redactierapport / Editor report';
  const sections = [
    table(
      'invalid',
      'Ongeldige documenten / Invalid documents',
      ['Document', 'Type', 'Veld / Field', 'Probleem / Problem'],
      r.invalid.flatMap((d) => d.problems.map((p) => [d.id, d.type, p.path || '(document)', p.message])),
      'Geen / None.',
    ),
    r.duplicates.length
      ? table(
          'duplicates',
          'Dubbele slugs / Duplicate slugs',
          ['Type', 'Slug', 'Behouden / Kept', 'Weggelaten / Left out'],
          r.duplicates.map((d) => [d.type, d.slug, d.kept, d.leftOut.join(', ')]),
          'Geen / None.',
        )
      : '',
    table(
      'stale',
      'Gidsen over hun controledatum / Guides past their check-again date',
      [
        'Gids / Guide',
        'Document',
        'Partner',
        'Laatst gecontroleerd / Last checked',
        'Controleren voor / Check again by',
        'Dagen te laat / Days overdue',
      ],
      r.staleGuides.map((g) => [g.title, g.id, g.partner ?? '', g.lastChecked ?? '', g.checkAgainBy, g.daysOverdue]),
      'Geen / None.',
    ),
    table(
      'references',
      'Kapotte verwijzingen / Broken references',
      ['Document', 'Type', 'Veld / Field', 'Verwijst naar / Refers to', 'Reden / Reason'],
      r.brokenReferences.map((b) => [b.id, b.type, b.path, b.ref, referenceWhy(b)]),
      'Geen / None.',
    ),
    table(
      'registration',
      'Komende evenementen zonder aanmeldlink / Upcoming events without registration',
      ['Evenement / Event', 'Document', 'Datum / Date', 'Organisatoren / Organisers'],
      r.eventsWithoutRegistration.map((e) => [e.title, e.id, amsterdamDay(e.start), e.organisers.join(', ')]),
      'Geen / None.',
    ),
    r.campaignsSoon
      ? table(
          'campaigns',
          `Campagnes die binnen ${CAMPAIGN_HORIZON_DAYS} dagen starten of stoppen / Campaigns starting or ending in the next ${CAMPAIGN_HORIZON_DAYS} days`,
          ['Campagne / Campaign', 'Document', 'Taal / Language', 'Wat / What', 'Moment (UTC)'],
          r.campaignsSoon.map((c) => [c.title, c.id, c.language, c.change === 'starts' ? 'start / starts' : 'stopt / ends', c.at]),
          'Geen / None.',
        )
      : '',
    table(
      'partners',
      'Partners: inhoud en actualiteit / content and freshness',
      [
        'Partner',
        'Gidsen / Guides',
        'Verhalen / Stories',
        'Evenementen / Events',
        'Regelingen / Schemes',
        'Oudste controle / Oldest check',
        'Over controledatum / Past check-again',
        'Nooit gecontroleerd / Never checked',
      ],
      r.partners.map((p) => [
        `${p.name} (${p.slug})`,
        p.guides,
        p.stories,
        p.events,
        p.schemes,
        p.oldestLastChecked ?? '',
        p.pastCheckAgain,
        p.neverChecked,
      ]),
      'Geen partners / No partners.',
    ),
  ].filter(Boolean);
  return `<!doctype html>
<html lang="nl">
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
<p class="meta">Bron / Source: ${escapeHtml(r.source)} (${escapeHtml(r.perspective)}) · Peildatum / Judged on: <time datetime="${escapeHtml(r.siteNow)}">${escapeHtml(r.today)}</time> · Gemaakt / Generated: <time datetime="${escapeHtml(r.generatedAt)}">${escapeHtml(r.generatedAt)}</time></p>
${sections.join('\n')}
</main>
</body>
</html>
`;
}

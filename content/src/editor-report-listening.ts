// What entrepreneurs told the site, as three lists of the editor report: questions per partner
// (counts and ages only: names and addresses stay in the e-mail), "was this page useful?" per page,
// and the searches that found nothing. The lists come from the service's read API; the shapes here
// are the part of its answer the report reads (`ServiceReport` in @mkb010/service/client fits them).
import { amsterdamDay, countOf, dictionary, type Lang, ownerIds } from '@mkb010/model';
import { formatDay } from './dates.ts';

/** The part of the service's read API answer the report shows. */
export interface ServiceLists {
  requests: { partnerId: string | null; count: number; oldestAt: string; newestAt: string }[];
  feedback: {
    page: string;
    docId: string | null;
    yes: number;
    no: number;
    latestComments: { at: string; useful: boolean; text: string }[];
  }[];
  zeroResultQueries: { query: string; lang: 'nl' | 'en'; count: number; lastDay: string }[];
}

/** The three lists as the report keeps them: the service's, with partner names, for one partner or all. */
export interface ListeningLists {
  requests: (ServiceLists['requests'][number] & { partner: string | null })[];
  feedback: ServiceLists['feedback'];
  zeroResultQueries: ServiceLists['zeroResultQueries'];
}

/** The report's listening part: the lists, or why there are none. */
export type Listening = { lists: ListeningLists } | { unavailable: string };

/**
 * The lists for the report: partner ids named, and for a partner's own report only its requests and
 * the feedback on its documents (the network's searches stay: they show what nobody covers yet).
 */
function listeningLists(
  service: ServiceLists,
  partners: { _id: string; name: string }[],
  owners: { _id: string; _type: string; [field: string]: unknown }[],
  partnerId?: string,
): ListeningLists {
  const names = new Map(partners.map((p) => [p._id, p.name]));
  const owned = new Set(owners.filter((o) => !partnerId || ownerIds(o).includes(partnerId)).map((o) => o._id));
  return {
    requests: service.requests
      .filter((r) => !partnerId || r.partnerId === partnerId)
      .map((r) => ({ ...r, partner: r.partnerId ? (names.get(r.partnerId) ?? r.partnerId) : null }))
      .sort((a, b) => b.count - a.count || a.oldestAt.localeCompare(b.oldestAt)),
    feedback: service.feedback.filter((f) => !partnerId || (f.docId !== null && owned.has(f.docId))),
    zeroResultQueries: service.zeroResultQueries,
  };
}

/**
 * The report's listening part from the service's answer (or why there is none): what the command
 * line and the Studio's Redactierapport both attach to a report.
 */
export function listeningFrom(
  service: ServiceLists | { unavailable: string },
  partners: { _id: string; name: string }[],
  owners: { _id: string; _type: string; [field: string]: unknown }[],
  partnerId?: string,
): Listening {
  return 'unavailable' in service ? service : { lists: listeningLists(service, partners, owners, partnerId) };
}

/** One list of the report (the shape of editor-report.ts's ReportSection). */
interface Section {
  id: 'requests' | 'feedback' | 'queries';
  title: string;
  headers: string[];
  rows: { cells: (string | number)[]; line: string; doc?: { id: string; type: string } }[];
  none: string;
}

const TEXT = dictionary({
  nl: {
    requests: 'Vragen via de site, per partner',
    partner: 'Partner',
    count: 'Aantal',
    oldest: 'Oudste',
    newest: 'Nieuwste',
    programme: 'Programmateam (algemeen contact)',
    requestLine: (who: string, n: number, oldest: string, newest: string) =>
      `${who}: ${countOf(n, 'nl', { one: 'vraag', other: 'vragen' })}, oudste ${oldest}, nieuwste ${newest}`,
    feedback: 'Was deze pagina nuttig? Per pagina',
    page: 'Pagina',
    yes: 'Ja',
    no: 'Nee',
    share: 'Aandeel ja',
    comments: 'Laatste opmerkingen',
    feedbackLine: (page: string, yes: number, total: number, share: string, comments: string) =>
      `${page}: ${yes} van ${total} vonden de pagina nuttig (${share})${comments ? `; laatste opmerkingen: ${comments}` : ''}`,
    queries: 'Zoekopdrachten die niets vonden',
    query: 'Zoekopdracht',
    lang: 'Taal',
    lastDay: 'Laatst gezocht',
    queryLine: (q: string, lang: string, n: number, day: string) => `"${q}" (${lang}): ${n} keer, laatst op ${day}`,
    none: 'Niets te melden.',
    unavailable: (why: string) => `De reacties van ondernemers zijn niet opgehaald: ${why}`,
    listening: 'Reacties van ondernemers',
  },
  en: {
    requests: 'Questions through the site, per partner',
    partner: 'Partner',
    count: 'Count',
    oldest: 'Oldest',
    newest: 'Newest',
    programme: 'Programme team (general contact)',
    requestLine: (who: string, n: number, oldest: string, newest: string) =>
      `${who}: ${countOf(n, 'en', { one: 'question', other: 'questions' })}, oldest ${oldest}, newest ${newest}`,
    feedback: 'Was this page useful? Per page',
    page: 'Page',
    yes: 'Yes',
    no: 'No',
    share: 'Share yes',
    comments: 'Latest comments',
    feedbackLine: (page: string, yes: number, total: number, share: string, comments: string) =>
      `${page}: ${yes} of ${total} found the page useful (${share})${comments ? `; latest comments: ${comments}` : ''}`,
    queries: 'Searches that found nothing',
    query: 'Search',
    lang: 'Language',
    lastDay: 'Last searched',
    queryLine: (q: string, lang: string, n: number, day: string) => `"${q}" (${lang}): ${n} times, last on ${day}`,
    none: 'Nothing to report.',
    unavailable: (why: string) => `What entrepreneurs said was not fetched: ${why}`,
    listening: 'What entrepreneurs said',
  },
});

/** The report's listening lists in one language; one line saying why when they could not be read. */
export function listeningSections(listening: Listening | null | undefined, lang: Lang): Section[] {
  if (!listening) return [];
  const t = TEXT[lang];
  if ('unavailable' in listening) {
    return [{ id: 'requests', title: t.listening, headers: [], rows: [], none: t.unavailable(listening.unavailable) }];
  }
  const { lists } = listening;
  const day = (iso: string) => formatDay(amsterdamDay(iso), lang);
  const percent = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { style: 'percent' });
  return [
    {
      id: 'requests',
      title: t.requests,
      headers: [t.partner, t.count, t.oldest, t.newest],
      rows: lists.requests.map((r) => {
        const who = r.partner ?? t.programme;
        return {
          cells: [who, r.count, day(r.oldestAt), day(r.newestAt)],
          line: t.requestLine(who, r.count, day(r.oldestAt), day(r.newestAt)),
          ...(r.partnerId ? { doc: { id: r.partnerId, type: 'partner' } } : {}),
        };
      }),
      none: t.none,
    },
    {
      id: 'feedback',
      title: t.feedback,
      headers: [t.page, t.yes, t.no, t.share, t.comments],
      rows: lists.feedback.map((f) => {
        const total = f.yes + f.no;
        const share = percent.format(total ? f.yes / total : 0);
        const comments = f.latestComments.map((c) => `"${c.text}"`).join(' · ');
        return {
          cells: [f.page, f.yes, f.no, share, comments],
          line: t.feedbackLine(f.page, f.yes, total, share, comments),
        };
      }),
      none: t.none,
    },
    {
      id: 'queries',
      title: t.queries,
      headers: [t.query, t.lang, t.count, t.lastDay],
      rows: lists.zeroResultQueries.map((q) => ({
        cells: [q.query, q.lang, q.count, formatDay(q.lastDay, lang)],
        line: t.queryLine(q.query, q.lang, q.count, formatDay(q.lastDay, lang)),
      })),
      none: t.none,
    },
  ];
}

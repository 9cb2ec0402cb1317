// Every word of the editor report, in Dutch and English, written once: the terminal text, the HTML
// page and the Studio's Redactierapport all take their headings, column names and sentences from
// here (through reportSections in editor-report.ts). Dutch speaks to editors as "je", at B1 level.
import { countOf, dictionary } from '@mkb010/model';

/** The report's words for one language. */
export interface ReportText {
  title: string;
  titleFor: (partner: string) => string;
  heading: (who: string, source: string, perspective: string, day: string, moment: string) => string;
  sourceLabel: string;
  judgedOn: string;
  generated: string;
  none: string;
  noPartners: string;
  document: string;
  type: string;
  field: string;
  problem: string;
  wholeDocument: string;
  invalid: { title: string; line: (type: string, id: string, field: string, message: string) => string };
  warnings: { title: string };
  duplicates: {
    title: string;
    slug: string;
    kept: string;
    leftOut: string;
    line: (type: string, slug: string, lang: string, kept: string, leftOut: string[]) => string;
  };
  stale: {
    title: string;
    guide: string;
    partner: string;
    lastChecked: string;
    checkAgainBy: string;
    daysOverdue: string;
    line: (title: string, id: string, partner: string | null, day: string, days: number) => string;
  };
  references: {
    title: string;
    refersTo: string;
    reason: string;
    missing: string;
    leftOut: string;
    line: (type: string, id: string, field: string, ref: string, why: string) => string;
  };
  registration: {
    title: string;
    event: string;
    date: string;
    organisers: string;
    nobody: string;
    line: (title: string, id: string, day: string, organisers: string) => string;
  };
  campaigns: {
    title: (days: number) => string;
    campaign: string;
    language: string;
    what: string;
    moment: string;
    starts: string;
    ends: string;
    line: (title: string, id: string, language: string, what: string, moment: string) => string;
  };
  partners: {
    title: string;
    partner: string;
    guides: string;
    stories: string;
    events: string;
    schemes: string;
    oldestCheck: string;
    pastCheckAgain: string;
    neverChecked: string;
    never: string;
    counts: (guides: number, stories: number, events: number, schemes: number) => string;
    fresh: (oldest: string, past: number, never: number) => string;
    noGuides: string;
  };
  findings: (n: number) => string;
  written: string;
  unknownPartner: (slug: string, known: string[]) => string;
}

export const REPORT_TEXT = dictionary<ReportText>({
  nl: {
    title: 'Redactierapport',
    titleFor: (partner) => `Redactierapport ${partner}`,
    heading: (who, source, perspective, day, moment) => `${who}: inhoud uit ${source} (${perspective}), beoordeeld op ${day} (${moment}).`,
    sourceLabel: 'Bron',
    judgedOn: 'Beoordeeld op',
    generated: 'Gemaakt',
    none: 'Niets gevonden.',
    noPartners: 'Geen partners.',
    document: 'Document',
    type: 'Type',
    field: 'Veld',
    problem: 'Probleem',
    wholeDocument: '(hele document)',
    invalid: {
      title: 'Ongeldige documenten, niet op de site',
      line: (type, id, field, message) => `${type} "${id}", veld ${field}: ${message}`,
    },
    warnings: { title: 'Op de site, maar verbeter het in de Studio' },
    duplicates: {
      title: 'Dubbele slugs',
      slug: 'Slug',
      kept: 'Behouden',
      leftOut: 'Weggelaten',
      line: (type, slug, lang, kept, leftOut) =>
        `${type} met slug "${slug}"${lang ? ` (${lang})` : ''}: "${kept}" blijft, weggelaten: ${leftOut.map((x) => `"${x}"`).join(', ')}`,
    },
    stale: {
      title: 'Gidsen over hun controledatum',
      guide: 'Gids',
      partner: 'Partner',
      lastChecked: 'Laatst gecontroleerd',
      checkAgainBy: 'Controleren uiterlijk op',
      daysOverdue: 'Dagen te laat',
      line: (title, id, partner, day, days) =>
        `"${title}" (${id}${partner ? `, ${partner}` : ''}): controleren uiterlijk op ${day}, ${countOf(days, 'nl', { one: 'dag', other: 'dagen' })} te laat`,
    },
    references: {
      title: 'Kapotte verwijzingen',
      refersTo: 'Verwijst naar',
      reason: 'Reden',
      missing: 'dat bestaat niet',
      leftOut: 'dat staat niet op de site (ongeldig of dubbel)',
      line: (type, id, field, ref, why) => `${type} "${id}", veld ${field}: verwijst naar "${ref}", ${why}`,
    },
    registration: {
      title: 'Komende evenementen zonder aanmeldlink',
      event: 'Evenement',
      date: 'Datum',
      organisers: 'Organisatoren',
      nobody: 'niemand',
      line: (title, id, day, organisers) => `"${title}" (${id}) op ${day}, georganiseerd door ${organisers}`,
    },
    campaigns: {
      title: (days) => `Campagnes die de komende ${days} dagen starten of stoppen`,
      campaign: 'Campagne',
      language: 'Taal',
      what: 'Wat',
      moment: 'Moment (Amsterdamse tijd)',
      starts: 'start',
      ends: 'stopt',
      line: (title, id, language, what, moment) => `"${title}" (${id}, ${language}) ${what} op ${moment}`,
    },
    partners: {
      title: 'Partners: inhoud en actualiteit',
      partner: 'Partner',
      guides: 'Gidsen',
      stories: 'Verhalen',
      events: 'Evenementen',
      schemes: 'Regelingen',
      oldestCheck: 'Oudste controle',
      pastCheckAgain: 'Over controledatum',
      neverChecked: 'Nooit gecontroleerd',
      never: 'nooit',
      counts: (g, s, e, r) =>
        `${countOf(g, 'nl', { one: 'gids', other: 'gidsen' })}, ${countOf(s, 'nl', { one: 'verhaal', other: 'verhalen' })}, ${countOf(e, 'nl', { one: 'evenement', other: 'evenementen' })}, ${countOf(r, 'nl', { one: 'regeling', other: 'regelingen' })}`,
      fresh: (oldest, past, never) =>
        `oudste controle ${oldest}, ${past} over controledatum${never ? `, ${never} nooit gecontroleerd` : ''}`,
      noGuides: 'geen gidsen om te controleren',
    },
    findings: (n) => `${countOf(n, 'nl', { one: 'bevinding', other: 'bevindingen' })}.`,
    written: 'Geschreven',
    unknownPartner: (slug, known) => `Er is geen partner met slug "${slug}". Bekende partners: ${known.join(', ') || '(geen)'}.`,
  },
  en: {
    title: 'Editor report',
    titleFor: (partner) => `Editor report for ${partner}`,
    heading: (who, source, perspective, day, moment) => `${who}: content from ${source} (${perspective}), judged on ${day} (${moment}).`,
    sourceLabel: 'Source',
    judgedOn: 'Judged on',
    generated: 'Generated',
    none: 'Nothing found.',
    noPartners: 'No partners.',
    document: 'Document',
    type: 'Type',
    field: 'Field',
    problem: 'Problem',
    wholeDocument: '(document)',
    invalid: {
      title: 'Invalid documents, left out of the site',
      line: (type, id, field, message) => `${type} "${id}", field ${field}: ${message}`,
    },
    warnings: { title: 'On the site, but fix it in the Studio' },
    duplicates: {
      title: 'Duplicate slugs',
      slug: 'Slug',
      kept: 'Kept',
      leftOut: 'Left out',
      line: (type, slug, lang, kept, leftOut) =>
        `${type} slug "${slug}"${lang ? ` (${lang})` : ''}: kept "${kept}", left out ${leftOut.map((x) => `"${x}"`).join(', ')}`,
    },
    stale: {
      title: 'Guides past their check-again date',
      guide: 'Guide',
      partner: 'Partner',
      lastChecked: 'Last checked',
      checkAgainBy: 'Check again by',
      daysOverdue: 'Days overdue',
      line: (title, id, partner, day, days) =>
        `"${title}" (${id}${partner ? `, ${partner}` : ''}): check again by ${day}, ${countOf(days, 'en', { one: 'day', other: 'days' })} overdue`,
    },
    references: {
      title: 'Broken references',
      refersTo: 'Refers to',
      reason: 'Reason',
      missing: 'which does not exist',
      leftOut: 'which was left out (invalid or a duplicate)',
      line: (type, id, field, ref, why) => `${type} "${id}", field ${field}: refers to "${ref}", ${why}`,
    },
    registration: {
      title: 'Upcoming events without a registration link',
      event: 'Event',
      date: 'Date',
      organisers: 'Organisers',
      nobody: 'nobody',
      line: (title, id, day, organisers) => `"${title}" (${id}) on ${day}, organised by ${organisers}`,
    },
    campaigns: {
      title: (days) => `Campaigns starting or ending in the next ${days} days`,
      campaign: 'Campaign',
      language: 'Language',
      what: 'What',
      moment: 'Moment (Amsterdam time)',
      starts: 'starts',
      ends: 'ends',
      line: (title, id, language, what, moment) => `"${title}" (${id}, ${language}) ${what} on ${moment}`,
    },
    partners: {
      title: 'Partners: content and freshness',
      partner: 'Partner',
      guides: 'Guides',
      stories: 'Stories',
      events: 'Events',
      schemes: 'Schemes',
      oldestCheck: 'Oldest check',
      pastCheckAgain: 'Past check-again',
      neverChecked: 'Never checked',
      never: 'never',
      counts: (g, s, e, r) =>
        `${countOf(g, 'en', { one: 'guide', other: 'guides' })}, ${countOf(s, 'en', { one: 'story', other: 'stories' })}, ${countOf(e, 'en', { one: 'event', other: 'events' })}, ${countOf(r, 'en', { one: 'scheme', other: 'schemes' })}`,
      fresh: (oldest, past, never) => `oldest check ${oldest}, ${past} past check-again${never ? `, ${never} never checked` : ''}`,
      noGuides: 'no guides to check',
    },
    findings: (n) => `${countOf(n, 'en', { one: 'finding', other: 'findings' })}.`,
    written: 'Written',
    unknownPartner: (slug, known) => `There is no partner with slug "${slug}". Known partners: ${known.join(', ') || '(none)'}.`,
  },
});

// Interface text of the progress pages in Dutch and English, including the counting rule that the
// figures follow (the same rule src/lib/impact.ts documents in code and the JSON file carries).
import { type Bilingual, countOf, dictionary, type Lang, plural, type Wording } from '@mkb010/model';
import { percentOf, type RunKey, type RunSummary, type RunVerdict, runVerdict, type Stage } from '../../lib/impact.ts';
import { formatDay } from '@mkb010/content/dates';
import { formatNumber } from '../../lib/locale.ts';

/** The counting rule in plain language, per language. */
export const COUNTING_RULE: Bilingual = {
  nl:
    'Partners tellen elke ondernemer één keer per rapportage, in de verste stap die hij of zij in die periode bereikte ' +
    '(geactiveerd gaat voor geïnformeerd, geïnformeerd voor geïnspireerd). Binnen één rapportage telt niemand dubbel: ' +
    'bereikt = geïnspireerd + geïnformeerd + geactiveerd. Rapportages bevatten aantallen, geen namen. Een ondernemer die ' +
    'in meer rapportages voorkomt (bijvoorbeeld in het ene kwartaal geïnformeerd en in het volgende geactiveerd, of ' +
    'geholpen door twee partners), telt in elk van die rapportages één keer mee. "Ondernemers bereikt" is dus het aantal ' +
    'keren dat een ondernemer is bereikt, hoogstens één keer per rapportage. Het aantal verschillende ondernemers is ' +
    'lager of gelijk.',
  en:
    'Partners count each entrepreneur once per report, in the furthest stage he or she reached in that period ' +
    '(activated before informed, informed before inspired). Within one report nobody is counted twice: ' +
    'reached = inspired + informed + activated. Reports hold numbers, not names. An entrepreneur who appears in more ' +
    'than one report (for example informed in one quarter and activated in the next, or helped by two partners) ' +
    'counts once in each of those reports. "Entrepreneurs reached" is therefore the number of times an entrepreneur ' +
    'was reached, at most once per report. The number of different entrepreneurs is lower or equal.',
};

const nl = {
  title: 'Voortgang',
  lead: 'Hoeveel Rotterdamse ondernemers de partners van MKB010>>Next hebben geïnspireerd, geïnformeerd en geactiveerd, tegenover het doel.',
  stage: { inspired: 'Geïnspireerd', informed: 'Geïnformeerd', activated: 'Geactiveerd' } as Record<Stage, string>,
  stageHelp: {
    inspired: 'kwam in aanraking met het thema, bijvoorbeeld op een bijeenkomst',
    informed: 'kreeg advies of informatie die past bij het eigen bedrijf',
    activated: 'zette een concrete stap, zoals een scan, lening of investering',
  } as Record<Stage, string>,
  reached: 'Bereikt',
  contacts: 'Contacten met ondernemers',
  contactsHelp:
    'Eén ondernemer kan in meer rapportages meetellen. Dit is het aantal keren dat een ondernemer werd bereikt, niet het aantal verschillende ondernemers.',
  ongoing: 'lopend — nog niet alle rapportages binnen',
  ongoingShort: 'lopend',
  target: 'Doel',
  total: 'Totaal',
  run: { first: 'Eerste looptijd', current: 'Huidige looptijd: MKB010>>Next 2.0' } as Record<RunKey, string>,
  runsTitle: 'Bereikt tegenover het doel',
  runsCaption: 'Ondernemers bereikt en het doel, per looptijd',
  headline: (reached: string, target: string) => `${reached} van de ${target} ondernemers bereikt`,
  percentOfTarget: (pct: number) => `${pct}% van het doel`,
  targetMet: 'Doel gehaald',
  since: (day: string) => `vanaf ${day}`,
  period: (from: string, to: string) => `${from} tot en met ${to}`,
  noTarget: 'Er is geen doel ingesteld voor deze looptijd.',
  totalsTitle: 'Totaal zoals gerapporteerd',
  totalsIntro: 'Alle rapportages van alle partners bij elkaar, per stap zoals de partners ze rapporteerden.',
  ruleTitle: 'Hoe we tellen',
  timeRule:
    'Een rapportage telt helemaal mee in het kalenderjaar waarin de periode begint. Per kwartaal tonen we alleen rapportages over één kwartaal; ' +
    'jaarrapportages staan in de kolom "hele jaar" en verdelen we niet over kwartalen. Een rapportage hoort bij de huidige looptijd als de periode op of na de startdatum begint.',
  straddling: (n: number) =>
    plural(n, 'nl', {
      one: `${n} rapportage begint in de eerste looptijd en loopt door in de huidige; die telt mee in de eerste looptijd.`,
      other: `${n} rapportages beginnen in de eerste looptijd en lopen door in de huidige; die tellen mee in de eerste looptijd.`,
    }),
  dataUntil: (day: string, n: number) =>
    `Gebaseerd op ${countOf(n, 'nl', { one: 'rapportage', other: 'rapportages' })}, met cijfers tot en met ${day}.`,
  overTimeTitle: 'Per jaar',
  overTimeChartTitle: 'Ondernemers bereikt per jaar, per stap',
  quartersTitle: 'Per kwartaal',
  quartersChartTitle: 'Ondernemers bereikt per kwartaal, per stap (alleen rapportages over één kwartaal)',
  quartersCaption: 'Ondernemers bereikt per kwartaal (alleen rapportages over één kwartaal) en in jaarrapportages',
  wholeYear: 'Hele jaar',
  year: 'Jaar',
  themesTitle: 'Per thema',
  themesChartTitle: 'Ondernemers bereikt per thema, per stap',
  partnersTitle: 'Per partner',
  partnersChartTitle: 'Ondernemers bereikt per partner, per stap',
  partnerUnknown: 'Partner niet (meer) op de site',
  currentRunColumn: 'Waarvan huidige looptijd',
  theme: 'Thema',
  partner: 'Partner',
  noData: 'Er zijn nog geen rapportages van partners. Zodra die er zijn, staan de cijfers hier.',
  legend: 'Legenda',
  chartDesc: (parts: string) => `Gestapelde staven per stap. ${parts} De tabel hieronder geeft dezelfde cijfers.`,
  progressDesc: (reached: string, target: string, parts: string) =>
    `${reached} ondernemers bereikt tegenover een doel van ${target}. ${parts}`,
  openDataTitle: 'Open data',
  openDataIntro:
    'Dezelfde cijfers kun je downloaden om zelf te gebruiken. De bestanden zijn in het Engels gekolomd en gelijk voor beide talen.',
  summaryCsv: 'Overzicht (CSV)',
  reportsCsv: 'Alle rapportages per thema (CSV)',
  json: 'Overzicht en rapportages (JSON)',
  columnsTitle: 'Kolommen',
  column: 'Kolom',
  meaning: 'Betekenis',
} as const;

type Dict = Wording<typeof nl>;

const en: Dict = {
  title: 'Progress',
  lead: 'How many Rotterdam entrepreneurs the MKB010>>Next partners inspired, informed and activated, against the target.',
  stage: { inspired: 'Inspired', informed: 'Informed', activated: 'Activated' },
  stageHelp: {
    inspired: 'came across the theme, for example at a meeting',
    informed: 'received advice or information fitting their own business',
    activated: 'took a concrete step, such as a scan, loan or investment',
  },
  reached: 'Reached',
  contacts: 'Contacts with entrepreneurs',
  contactsHelp:
    'One entrepreneur can count in more than one report. This is the number of times an entrepreneur was reached, not the number of different entrepreneurs.',
  ongoing: 'ongoing — not all reports are in yet',
  ongoingShort: 'ongoing',
  target: 'Target',
  total: 'Total',
  run: { first: 'First run', current: 'Current run: MKB010>>Next 2.0' },
  runsTitle: 'Reached against the target',
  runsCaption: 'Entrepreneurs reached and the target, per run',
  headline: (reached, target) => `${reached} of ${target} entrepreneurs reached`,
  percentOfTarget: (pct) => `${pct}% of the target`,
  targetMet: 'Target met',
  since: (day) => `from ${day}`,
  period: (from, to) => `${from} to ${to}`,
  noTarget: 'No target has been set for this run.',
  totalsTitle: 'Totals as reported',
  totalsIntro: 'All reports of all partners together, per stage as the partners reported them.',
  ruleTitle: 'How we count',
  timeRule:
    'A report counts in full for the calendar year its period starts in. Per quarter we only show reports about a single quarter; ' +
    'yearly reports are in the "whole year" column and are not spread over quarters. A report belongs to the current run when its period starts on or after the start date.',
  straddling: (n) =>
    plural(n, 'en', {
      one: `${n} report starts in the first run and runs on into the current one; it counts for the first run.`,
      other: `${n} reports start in the first run and run on into the current one; they count for the first run.`,
    }),
  dataUntil: (day, n) => `Based on ${countOf(n, 'en', { one: 'report', other: 'reports' })}, with figures up to and including ${day}.`,
  overTimeTitle: 'Per year',
  overTimeChartTitle: 'Entrepreneurs reached per year, by stage',
  quartersTitle: 'Per quarter',
  quartersChartTitle: 'Entrepreneurs reached per quarter, by stage (only reports about a single quarter)',
  quartersCaption: 'Entrepreneurs reached per quarter (only reports about a single quarter) and in yearly reports',
  wholeYear: 'Whole year',
  year: 'Year',
  themesTitle: 'Per theme',
  themesChartTitle: 'Entrepreneurs reached per theme, by stage',
  partnersTitle: 'Per partner',
  partnersChartTitle: 'Entrepreneurs reached per partner, by stage',
  partnerUnknown: 'Partner no longer on the site',
  currentRunColumn: 'Of which current run',
  theme: 'Theme',
  partner: 'Partner',
  noData: 'There are no reports from partners yet. As soon as there are, the figures will be here.',
  legend: 'Legend',
  chartDesc: (parts) => `Stacked bars by stage. ${parts} The table below gives the same figures.`,
  progressDesc: (reached, target, parts) => `${reached} entrepreneurs reached against a target of ${target}. ${parts}`,
  openDataTitle: 'Open data',
  openDataIntro:
    'You can download the same figures to use yourself. The files have English column names and are the same for both languages.',
  summaryCsv: 'Summary (CSV)',
  reportsCsv: 'All reports per theme (CSV)',
  json: 'Summary and reports (JSON)',
  columnsTitle: 'Columns',
  column: 'Column',
  meaning: 'Meaning',
};

const RUN_SHORT = dictionary<Record<RunKey, string>>({
  nl: { first: 'Eerste looptijd', current: 'Huidige looptijd' },
  en: { first: 'First run', current: 'Current run' },
});

const VERDICTS = dictionary<Record<RunVerdict, string>>({
  nl: {
    reached: 'doel gehaald',
    missed: 'doel niet gehaald',
    onTrack: 'op koers',
    behind: 'achter',
    noPace: 'loopt nog',
    noTarget: 'geen doel',
  },
  en: {
    reached: 'target reached',
    missed: 'target missed',
    onTrack: 'on track',
    behind: 'behind',
    noPace: 'under way',
    noTarget: 'no target',
  },
});

/**
 * One sentence that answers "did this run reach its target?", e.g.
 * "Eerste looptijd (2018–2023): doel gehaald — 5.449 van 5.000 (108%)"; for a running run the pace
 * at the day its figures run to: "Huidige looptijd (2023–2027) tot en met 30 september 2026: 4.559,
 * verwacht op die datum 4.875: achter — doel 10.000 (45%)".
 */
export function runSentence(run: RunSummary, asOf: string | null, lang: Lang): string {
  const n = (v: number) => formatNumber(v, lang);
  const years =
    run.start && run.end
      ? `${run.start.slice(0, 4)}–${run.end.slice(0, 4)}`
      : run.start
        ? `${lang === 'nl' ? 'vanaf' : 'from'} ${run.start.slice(0, 4)}`
        : '';
  const name = years ? `${RUN_SHORT[lang][run.key]} (${years})` : RUN_SHORT[lang][run.key];
  const verdict = runVerdict(run, asOf);
  if (!run.target) return `${name}: ${n(run.reached)} ${lang === 'nl' ? 'bereikt' : 'reached'}`;
  const pct = percentOf(run.reached, run.target);
  if ((verdict === 'onTrack' || verdict === 'behind') && run.expected !== null && run.expectedOn) {
    const day = formatDay(run.expectedOn, lang);
    return lang === 'nl'
      ? `${name} tot en met ${day}: ${n(run.reached)}, verwacht op die datum ${n(run.expected)}: ${VERDICTS.nl[verdict]} — doel ${n(run.target)} (${pct}%)`
      : `${name} up to and including ${day}: ${n(run.reached)}, expected by that date ${n(run.expected)}: ${VERDICTS.en[verdict]} — target ${n(run.target)} (${pct}%)`;
  }
  const of = lang === 'nl' ? 'van' : 'of';
  return `${name}: ${VERDICTS[lang][verdict]} — ${n(run.reached)} ${of} ${n(run.target)} (${pct}%)`;
}

const TEXT = dictionary({ nl, en });

/** The progress pages' text in a language. */
export function progressText(lang: Lang): Dict {
  return TEXT[lang];
}

/** What each open-data column means, per language (shown on the page and mirrored in docs/progress.md). */
export const COLUMN_DOCS = dictionary<{ summary: Record<string, string>; reports: Record<string, string> }>({
  nl: {
    summary: {
      group:
        'Soort regel: total, run (looptijd), year (jaar), quarter (kwartaal), year-not-by-quarter (jaarrapportages van dat jaar), theme (thema) of partner',
      key: 'Welke: all; first of current; het jaar; jaar-kwartaal zoals 2024-Q3; het thema (circulair, duurzaam, digitaal); de slug van de partner (leeg als de partner niet meer op de site staat)',
      label: 'Bij run: begin/eind van de looptijd; bij partner: de naam',
      inspired: 'Aantal geïnspireerd zoals gerapporteerd',
      informed: 'Aantal geïnformeerd zoals gerapporteerd',
      activated: 'Aantal geactiveerd zoals gerapporteerd',
      reached: 'Bereikt: inspired + informed + activated (zie "Hoe we tellen")',
      target: 'Bij run: het doel van die looptijd',
      run_end: 'Bij run: de laatste dag van de looptijd (leeg als die niet is vastgelegd)',
      expected:
        'Bij de huidige run: hoeveel er op de datum in expected_on bereikt zou moeten zijn, in een rechte lijn van begin tot eind naar het doel',
      expected_on:
        'Bij de huidige run: de datum waar de cijfers tot en met lopen (de laatste dag van de rapportages), waarop expected is berekend',
    },
    reports: {
      report_id: 'Id van de rapportage',
      partner: 'Slug van de partner',
      partner_name: 'Naam van de partner',
      period_start: 'Eerste dag van de periode (JJJJ-MM-DD)',
      period_end: 'Laatste dag van de periode',
      year: 'Jaar waarin de rapportage meetelt (het jaar waarin de periode begint)',
      quarter: '1 tot 4 als de periode binnen één kwartaal valt, anders leeg',
      run: 'first (eerste looptijd) of current (huidige looptijd)',
      activity: 'Wat de partner telde',
      theme: 'Thema van de regel',
      inspired: 'Geïnspireerd',
      informed: 'Geïnformeerd',
      activated: 'Geactiveerd',
      reached: 'inspired + informed + activated',
    },
  },
  en: {
    summary: {
      group: 'Kind of row: total, run, year, quarter, year-not-by-quarter (yearly reports of that year), theme or partner',
      key: 'Which one: all; first or current; the year; year-quarter such as 2024-Q3; the theme (circulair, duurzaam, digitaal); the partner slug (empty when the partner is no longer on the site)',
      label: 'For run: start/end of the run; for partner: its name',
      inspired: 'Number inspired as reported',
      informed: 'Number informed as reported',
      activated: 'Number activated as reported',
      reached: 'Reached: inspired + informed + activated (see "How we count")',
      target: 'For run: the target of that run',
      run_end: 'For run: the last day of the run (empty when it is not set)',
      expected:
        'For the current run: how many should have been reached by the day in expected_on, on a straight line from start to end towards the target',
      expected_on: 'For the current run: the day the figures run to (the last day the reports cover), at which expected is judged',
    },
    reports: {
      report_id: 'Id of the report',
      partner: 'Slug of the partner',
      partner_name: 'Name of the partner',
      period_start: 'First day of the period (YYYY-MM-DD)',
      period_end: 'Last day of the period',
      year: 'Year the report counts for (the year its period starts in)',
      quarter: '1 to 4 when the period lies within one quarter, else empty',
      run: 'first (first run) or current (current run)',
      activity: 'What the partner counted',
      theme: 'Theme of the row',
      inspired: 'Inspired',
      informed: 'Informed',
      activated: 'Activated',
      reached: 'inspired + informed + activated',
    },
  },
});

// Impact reports: per partner, per year from the year it joined; per quarter in 2023 (so no report
// straddles the switch from the first run to MKB010>>Next 2.0 on 2023-07-01) and, for some partners,
// per quarter in the current run. Figures come from a seeded PRNG, so every build gives the same history.

import type { Theme } from '@mkb010/model';
import type { ImpactReport, SeedContext } from '../lib.ts';

/** A partner's history: slug, year joined, base yearly reach, theme weights, quarterly in the current run?, activities. */
type PartnerHistory = [
  slug: string,
  joined: number,
  base: number,
  weights: Partial<Record<Theme, number>>,
  quarterly: boolean,
  activities: string[],
];

const PARTNERS: PartnerHistory[] = [
  [
    'ondernemershuis-rotterdam',
    2018,
    190,
    { circulair: 0.3, duurzaam: 0.35, digitaal: 0.35 },
    true,
    ['Spreekuren Ondernemershuis', 'Startersavonden', 'Bedrijfsbezoeken accountmanagers', 'Nieuwsbrief en webinars voor ondernemers'],
  ],
  [
    'maakhaven-circulair',
    2018,
    80,
    { circulair: 1 },
    true,
    ['Open werkplaatsdagen in M4H', 'Reststromenmarkt Merwe-Vierhavens', 'Ontwerpsprints hergebruik'],
  ],
  [
    'energieloket-mkb-rijnmond',
    2018,
    150,
    { duurzaam: 1 },
    true,
    ['Energiescans bij mkb-panden', 'Energieadvies aan huis', 'Inloopavonden energie besparen'],
  ],
  [
    'digitale-werkplaats-010',
    2018,
    110,
    { digitaal: 1 },
    false,
    ['Workshops online verkopen', 'Digitale APK voor ondernemers', 'Hackathon mkb-vragen'],
  ],
  [
    'kenniscentrum-nieuwe-economie',
    2018,
    70,
    { circulair: 0.55, digitaal: 0.45 },
    false,
    ['Kennissessies nieuwe economie', 'Praktijkonderzoek met mkb-bedrijven', 'Masterclasses data en circulariteit'],
  ],
  [
    'ondernemersvereniging-rotterdam-zuid',
    2018,
    85,
    { duurzaam: 0.6, digitaal: 0.4 },
    false,
    ['Ledenavonden Rotterdam-Zuid', 'Ondernemersontbijt Zuid', 'Collectieve inkoop zonnepanelen'],
  ],
  [
    'winkelstraten-010',
    2019,
    95,
    { duurzaam: 0.5, digitaal: 0.5 },
    true,
    ['Winkelstraatbezoeken', 'Straatgerichte energiechecks', 'Cursus lokaal online zichtbaar'],
  ],
  [
    'havenkring-mkb',
    2018,
    60,
    { duurzaam: 0.6, circulair: 0.4 },
    false,
    ['Havenontbijten', 'Rondetafels schone logistiek', 'Bedrijfsbezoeken haven en RDM'],
  ],
  [
    'groenkrediet-rotterdam',
    2020,
    55,
    { duurzaam: 0.7, circulair: 0.3 },
    false,
    ['Financieringsgesprekken', 'Informatieavonden groene leningen'],
  ],
  [
    'horeca-collectief-rotterdam',
    2019,
    75,
    { duurzaam: 0.55, circulair: 0.45 },
    true,
    ['Horecatafels voedselverspilling', 'Keukenscans energie en afval', 'Proeverij circulaire horeca'],
  ],
  [
    'bouwkring-rijnmond',
    2018,
    90,
    { circulair: 0.6, duurzaam: 0.4 },
    false,
    ['Bouwplaatsbezoeken', 'Toolbox-sessies circulair bouwen', 'Installateursavonden warmtepompen'],
  ],
  ['cyberveilig-010', 2021, 100, { digitaal: 1 }, true, ['Cyberscans voor mkb', 'Phishingtrainingen', 'Spreekuur digitale veiligheid']],
  [
    'praktijkacademie-rotterdam',
    2018,
    85,
    { circulair: 0.3, duurzaam: 0.3, digitaal: 0.4 },
    false,
    ['Praktijktrainingen', 'Leerwerkplaatsen met studenten', 'Bijscholing vakmensen'],
  ],
];

/** A small deterministic PRNG (mulberry32) seeded from a string. */
function prng(seedText: string): () => number {
  let a = 0;
  for (const ch of seedText) a = (Math.imul(a ^ ch.charCodeAt(0), 2654435761) + 0x9e3779b9) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// How busy a year was, relative to a normal one: a slow start, a dip in the lockdown year, growth after.
const YEAR_FACTOR: Record<number, number> = {
  2018: 0.55,
  2019: 0.85,
  2020: 0.7,
  2021: 0.95,
  2022: 1.1,
  2023: 1.15,
  2024: 1.25,
  2025: 1.3,
  2026: 1.35,
};

const pad = (n: number) => String(n).padStart(2, '0');
const quarterEnd = (year: number, q: number) => `${year}-${pad(q * 3)}-${q === 1 || q === 4 ? 31 : 30}`;

/** The reporting periods a partner has, up to the last period that ended before the anchor day. */
function periods(joined: number, quarterly: boolean, anchor: string) {
  const lastYear = Number(anchor.slice(0, 4));
  const out: { start: string; end: string; share: number; label: string }[] = [];
  for (let year = joined; year <= lastYear; year++) {
    // 2023 is reported per quarter by everyone, so no report straddles the switch of runs on 1 July.
    if (year === 2023 || (year > 2023 && quarterly)) {
      for (let q = 1; q <= 4; q++)
        out.push({ start: `${year}-${pad(q * 3 - 2)}-01`, end: quarterEnd(year, q), share: 0.25, label: `${year}-q${q}` });
    } else {
      out.push({ start: `${year}-01-01`, end: `${year}-12-31`, share: 1, label: String(year) });
    }
  }
  return out.filter((p) => p.end < anchor);
}

/** Splits a number of entrepreneurs over the funnel: inspired >= informed >= activated, roughly. */
function funnel(total: number, rand: () => number) {
  const activatedShare = 0.14 + rand() * 0.08;
  const informedShare = 0.28 + rand() * 0.08;
  const activated = Math.round(total * activatedShare);
  const informed = Math.round(total * informedShare);
  return { inspired: Math.max(0, total - activated - informed), informed, activated };
}

/** The impact reports. */
export default function impact(ctx: SeedContext): ImpactReport[] {
  const docs: ImpactReport[] = [];
  for (const [slug, joined, base, weights, quarterly, activities] of PARTNERS) {
    periods(joined, quarterly, ctx.anchor).forEach((period, i) => {
      const rand = prng(`${slug}|${period.label}`);
      const year = Number(period.start.slice(0, 4));
      const yearFactor = YEAR_FACTOR[year] ?? 1.4;
      const figures = (Object.entries(weights) as [Theme, number][]).map(([theme, weight]) => {
        const total = Math.round(base * yearFactor * period.share * weight * (0.8 + rand() * 0.4));
        return { _type: 'impactFigure' as const, _key: theme, theme, ...funnel(total, rand) };
      });
      docs.push({
        _id: `impact-${slug}-${period.label}`,
        _type: 'impactReport',
        partner: ctx.ref(`partner-${slug}`),
        periodStart: period.start,
        periodEnd: period.end,
        activity: activities[i % activities.length],
        figures,
      });
    });
  }
  return docs;
}

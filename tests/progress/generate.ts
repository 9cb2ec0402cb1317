// A deterministic dataset for the progress page: settings with other targets and run start than the
// seed, four partners, yearly and quarterly reports, a report that straddles the run start and one
// whose partner is missing. Figures come from a seeded generator, so every run is the same.
import { THEMES as THEME_LIST } from '@mkb010/model';
import { writeFileSync } from 'node:fs';

/** A small PRNG (mulberry32): the same seed gives the same numbers. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const THEMES = THEME_LIST.values;
const PARTNERS = ['haven-en-co', 'winkelhart-west', 'leerbedrijf-zuid', 'datalab-noord'];

/** Writes the generated dataset to `file` (.ndjson). */
export function writeGeneratedDataset(file: string, seed = 20240101): void {
  const rand = random(seed);
  const int = (max: number) => Math.floor(rand() * (max + 1));
  const docs: object[] = [
    {
      _id: 'siteSettings',
      _type: 'siteSettings',
      title: 'MKB010>>Next',
      tagline: { _type: 'localeString', nl: 'Rotterdamse ondernemers verder helpen', en: 'Helping Rotterdam entrepreneurs ahead' },
      targetEntrepreneurs: 3000,
      firstRunTarget: 1200,
      currentRunStart: '2022-01-01',
    },
    ...PARTNERS.map((slug, i) => ({
      _id: `partner-${slug}`,
      _type: 'partner',
      name: `Testpartner ${slug.replace(/-/g, ' ')}`,
      slug: { _type: 'slug', current: slug },
      kind: 'ondernemersvereniging',
      themes: [THEMES[i % 3]],
      shortDescription: { nl: 'Een partner in de gegenereerde testdata.' },
    })),
  ];
  const figures = (n: number) =>
    THEMES.slice(0, n).map((theme) => ({
      _type: 'impactFigure',
      _key: theme,
      theme,
      inspired: int(90),
      informed: int(40),
      activated: int(20),
    }));
  const report = (id: string, partner: string, periodStart: string, periodEnd: string, n: number) => ({
    _id: `impact-${id}`,
    _type: 'impactReport',
    partner: { _type: 'reference', _ref: `partner-${partner}` },
    periodStart,
    periodEnd,
    activity: 'Gegenereerde bijeenkomsten',
    figures: figures(n),
  });
  PARTNERS.forEach((slug, p) => {
    for (let year = 2018 + p; year <= 2020; year++)
      docs.push(report(`${slug}-${year}`, slug, `${year}-01-01`, `${year}-12-31`, 1 + ((year + p) % 3)));
    for (let year = 2022; year <= 2024; year++) {
      for (let q = 1; q <= 4; q++) {
        const start = `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`;
        const end = `${year}-${String(q * 3).padStart(2, '0')}-${q === 1 || q === 4 ? 31 : 30}`;
        docs.push(report(`${slug}-${year}-q${q}`, slug, start, end, 1 + ((q + p) % 3)));
      }
    }
  });
  // Starts in the first run, ends in the current one: counts for the first run.
  docs.push(report('haven-en-co-2021-h2', 'haven-en-co', '2021-07-01', '2022-06-30', 2));
  // The partner is not in the dataset: the figures still count, under "partner not on the site".
  docs.push(report('vertrokken-partner-2023', 'vertrokken-partner', '2023-01-01', '2023-12-31', 3));
  // A draft is not published and must not count.
  docs.push({ ...report('haven-en-co-2025', 'haven-en-co', '2025-01-01', '2025-03-31', 3), _id: 'drafts.impact-haven-en-co-2025' });
  writeFileSync(file, `${docs.map((d) => JSON.stringify(d)).join('\n')}\n`);
}

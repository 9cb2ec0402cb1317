// The district choices of a Hulpwijzer result page and the markers that show an element for some
// of them only, with the stylesheet that reads those markers.
import { DISTRICTS, type District } from '@mkb010/model';
import type { FinderItem } from '../../site/finder.ts';

/** "Maakt niet uit": no district chosen. */
export const ALL = 'all';

/** A district, or no district (`ALL`). */
export type DistrictChoice = District | typeof ALL;

/** Every choice a result page offers: anywhere first, then each district. */
export const DISTRICT_CHOICES: readonly DistrictChoice[] = [ALL, ...DISTRICTS.values];

/**
 * The choices grouped by a number each gives (a count), as `[number, "choice choice …"]` pairs
 * ready for a `data-only` marker; one pair when every choice gives the same number.
 */
export function byCount(choices: readonly DistrictChoice[], count: (choice: DistrictChoice) => number): [number, string][] {
  const groups = new Map<number, DistrictChoice[]>();
  for (const choice of choices) {
    const n = count(choice);
    groups.set(n, [...(groups.get(n) ?? []), choice]);
  }
  return [...groups].map(([n, where]) => [n, where.join(' ')]);
}

/** One rendered item of a result section, with the district choices it shows for (see districtStylesheet). */
export interface SectionRow<T> {
  item: FinderItem<T>;
  /** The choices it shows for, space-separated; none: every choice not in `not`. */
  only?: string;
  /** The district it steps aside in. */
  not?: string;
}

/**
 * The rows a result section renders, so that each district choice sees its list (forDistrict's
 * order) cut to its first `max` items. First, for each district, what is made for it (shown only
 * there); then the whole list, where district-bound schemes and partners show only for "anywhere"
 * and an event steps aside in the district it moved up in. A row past `max` for some choices names
 * the others it still shows for; a row past `max` for all is left out.
 */
export function sectionRows<T>(items: readonly FinderItem<T>[], max: number): SectionRow<T>[] {
  const placed: SectionRow<T>[] = [
    ...items
      .filter((i) => i.onlyIn.length || i.heldIn)
      .map((item) => ({ item, only: item.onlyIn.length ? item.onlyIn.join(' ') : item.heldIn })),
    ...items.map((item) => ({ item, only: item.onlyIn.length ? ALL : undefined, not: item.heldIn })),
  ];
  const shown = new Map<DistrictChoice, number>();
  const rows: SectionRow<T>[] = [];
  for (const row of placed) {
    const sees = DISTRICT_CHOICES.filter((c) => showsFor(row, c));
    const within = sees.filter((c) => (shown.get(c) ?? 0) < max);
    for (const c of within) shown.set(c, (shown.get(c) ?? 0) + 1);
    if (within.length === sees.length) rows.push(row);
    else if (within.length > 0) rows.push({ item: row.item, only: within.join(' ') });
  }
  return rows;
}

/** True when a row shows for a choice, as the stylesheet reads its markers. */
function showsFor(row: SectionRow<unknown>, choice: DistrictChoice): boolean {
  if (row.only !== undefined && !row.only.split(' ').includes(choice)) return false;
  return choice === ALL || row.not === undefined || !row.not.split(' ').includes(choice);
}

/**
 * The stylesheet that lets a result page's district links narrow its lists without JavaScript:
 * the chosen district's note is the URL's :target, and every element marked `data-only` /
 * `data-not` (FinderSection) shows only for its choices. Served as a file (the CSP allows no inline
 * style) by src/integrations/finder-styles.ts. A browser without :has() shows every list in full.
 * The header's language switch has one extra link per district (`data-district`): only the chosen
 * district's shows, so switching language keeps the district; without :has() the plain switch shows.
 */
export function districtStylesheet(): string {
  const chosen = (district: string) => `.finder:has(.finder-note[data-district="${district}"]:target)`;
  return [
    '.finder-note[data-district]:not(:target){display:none}',
    '.finder:has(.finder-note[data-district]:target) .finder-note-all{display:none}',
    `.finder:not(:has(.finder-note[data-district]:target)) [data-only]:not([data-only~="${ALL}"]){display:none}`,
    ...DISTRICTS.values.map((d) => `${chosen(d)} [data-only]:not([data-only~="${d}"]),${chosen(d)} [data-not~="${d}"]{display:none}`),
    '.language-switch[data-district]{display:none}',
    'body:has(.finder-note[data-district]:target) .language-switch:not([data-district]){display:none}',
    ...DISTRICTS.values.map(
      (d) => `body:has(.finder-note[data-district="${d}"]:target) .language-switch[data-district="${d}"]{display:inline-flex}`,
    ),
  ].join('\n');
}

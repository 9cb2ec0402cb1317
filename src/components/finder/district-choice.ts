// The district choices of a Hulpwijzer result page and the markers that show an element for some
// of them only, with the stylesheet that reads those markers.
import { DISTRICTS, type District } from '@mkb010/model';

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

/**
 * The stylesheet that lets a result page's district links narrow its lists without JavaScript:
 * the chosen district's note is the URL's :target, and every element marked `data-only` /
 * `data-not` (FinderSection) shows only for its choices. Served as a file (the CSP allows no inline
 * style) by src/integrations/finder-styles.ts. A browser without :has() shows every list in full.
 */
export function districtStylesheet(): string {
  const chosen = (district: string) => `.finder:has(.finder-note[data-district="${district}"]:target)`;
  return [
    '.finder-note[data-district]:not(:target){display:none}',
    '.finder:has(.finder-note[data-district]:target) .finder-note-all{display:none}',
    `.finder:not(:has(.finder-note[data-district]:target)) [data-only]:not([data-only~="${ALL}"]){display:none}`,
    ...DISTRICTS.values.map((d) => `${chosen(d)} [data-only]:not([data-only~="${d}"]),${chosen(d)} [data-not~="${d}"]{display:none}`),
  ].join('\n');
}

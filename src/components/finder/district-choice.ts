// The district choices of a Hulpwijzer result page and the markers that show an element for some
// of them only. Styles (FinderDistrictStyle.astro) read the same markers.
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

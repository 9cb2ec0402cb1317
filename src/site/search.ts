// What the search page shows before anyone searches: a few guides across the themes.
import { THEMES, type Theme } from '@mkb010/model';
import type { Guide } from './site-data.ts';

/** A few guides across the themes, newest first, so the search page's empty state points somewhere useful. */
export function suggestedGuides(guides: Guide[], count: number): Guide[] {
  const byTheme = THEMES.values.map((theme: Theme) => guides.filter((g) => g.themes.includes(theme)));
  const picked: Guide[] = [];
  for (let round = 0; picked.length < count && byTheme.some((list) => list.length > round); round++) {
    for (const list of byTheme) {
      const g = list[round];
      if (g && !picked.includes(g) && picked.length < count) picked.push(g);
    }
  }
  return picked;
}

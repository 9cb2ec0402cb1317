// The Hulpwijzer's part of the route table: goals and themes share one level of addresses, and a
// sector slug never reads as "anders", so every answer has exactly one page.
import { describe, expect, it } from 'vitest';
import {
  GOALS,
  LANGS,
  RESERVED_PAGE_SLUGS,
  SECTORS,
  THEMES,
  finderChoiceSlug,
  finderChoices,
  finderResultPath,
  finderStepPath,
  goalTheme,
  routePath,
} from '@mkb010/model';

describe('Hulpwijzer routes', () => {
  it('every goal stands for one of the three themes', () => {
    for (const goal of GOALS.values) expect(THEMES.values, goal).toContain(goalTheme(goal));
    expect(new Set(GOALS.values.map(goalTheme)).size).toBe(THEMES.values.length);
  });

  it('goal and theme slugs are unique per language, so each first answer has its own page', () => {
    for (const lang of LANGS) {
      const slugs = finderChoices().map((choice) => finderChoiceSlug(choice, lang));
      expect(new Set(slugs).size, lang).toBe(slugs.length);
      expect(finderStepPath('minder-afval', lang)).toBe(`${routePath('finder', lang)}${GOALS.slug('minder-afval', lang)}/`);
    }
  });

  it('result pages: one per theme and sector plus "anders", in both languages, all different', () => {
    for (const lang of LANGS) {
      const paths = THEMES.values.flatMap((theme) => [...SECTORS.values, undefined].map((sector) => finderResultPath(theme, sector, lang)));
      expect(new Set(paths).size).toBe(THEMES.values.length * (SECTORS.values.length + 1));
    }
    expect(finderResultPath('duurzaam', 'horeca', 'nl')).toBe('/hulpwijzer/duurzaam/horeca/');
    expect(finderResultPath('duurzaam', undefined, 'en')).toBe('/en/help-finder/sustainable/other/');
    expect(finderResultPath('energierekening', 'horeca', 'nl')).toBe('/hulpwijzer/lagere-energierekening/horeca/');
  });

  it('a static page cannot take the Hulpwijzer’s address', () => {
    expect(RESERVED_PAGE_SLUGS.nl).toContain('hulpwijzer');
    expect(RESERVED_PAGE_SLUGS.en).toContain('help-finder');
  });
});

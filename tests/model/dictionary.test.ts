// Every text dictionary is written one way, dictionary({ nl, en }): the English must have exactly the
// Dutch keys with the same arguments. The type check (npm run check) runs the @ts-expect-error lines:
// if the English could miss a key or add one, those lines would stop being errors and fail it.
import { describe, expect, test } from 'vitest';
import { dictionary } from '@mkb010/model';
import { finderText } from '../../src/components/finder/text.ts';
import { progressText } from '../../src/components/progress/text.ts';
import { SEARCH_TEXT } from '../../src/scripts/search-text.ts';
import { articleText } from '../../src/lib/text/articles.ts';
import { campaignText } from '../../src/lib/text/campaigns.ts';
import { eventText } from '../../src/lib/text/events.ts';
import { homeText } from '../../src/lib/text/home.ts';
import { layoutText } from '../../src/lib/text/layout.ts';
import { overviewText } from '../../src/lib/text/overviews.ts';
import { partnerText } from '../../src/lib/text/partners.ts';
import { schemeText } from '../../src/lib/text/schemes.ts';
import { searchText } from '../../src/lib/text/search.ts';
import { themeText } from '../../src/lib/text/themes.ts';
import { REPORT_TEXT } from '@mkb010/content/editor-report-text';

describe('dictionary', () => {
  test('gives each language its own text, functions included', () => {
    const text = dictionary({
      nl: { title: 'Gidsen', count: (n: number) => `${n} gidsen` },
      en: { title: 'Guides', count: (n) => `${n} guides` },
    });
    expect(text.nl.title).toBe('Gidsen');
    expect(text.en.count(3)).toBe('3 guides');
  });

  test('refuses English that misses a Dutch key or adds one (checked by the type check)', () => {
    // @ts-expect-error -- the English has no "lead"
    dictionary({ nl: { title: 'Gidsen', lead: 'Lees' }, en: { title: 'Guides' } });
    // @ts-expect-error -- "extra" is not a Dutch key
    dictionary({ nl: { title: 'Gidsen' }, en: { title: 'Guides', extra: 'More' } });
    // @ts-expect-error -- the English function must take the Dutch arguments
    dictionary({ nl: { count: (n: number) => `${n}` }, en: { count: (n: string, m: string) => n + m } });
  });

  test("the site's page areas', the finder's, the progress pages', the search script's and the report's texts have every key in both languages", () => {
    const keys = (o: object) => Object.keys(o).sort();
    for (const [nl, en] of [
      [articleText('nl'), articleText('en')],
      [campaignText('nl'), campaignText('en')],
      [eventText('nl'), eventText('en')],
      [homeText('nl'), homeText('en')],
      [layoutText('nl'), layoutText('en')],
      [overviewText('nl'), overviewText('en')],
      [partnerText('nl'), partnerText('en')],
      [schemeText('nl'), schemeText('en')],
      [searchText('nl'), searchText('en')],
      [themeText('nl'), themeText('en')],
      [finderText('nl'), finderText('en')],
      [progressText('nl'), progressText('en')],
      [SEARCH_TEXT.nl, SEARCH_TEXT.en],
      [REPORT_TEXT.nl, REPORT_TEXT.en],
    ] as const) {
      expect(keys(en)).toEqual(keys(nl));
    }
  });
});

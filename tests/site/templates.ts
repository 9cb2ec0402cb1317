// One built page per template and language, found in the seed build (slugs come from the data,
// not from this file, so the tests follow the seed as it grows).
import { existsSync } from 'node:fs';
import { fileOf, pagesIn, readPage } from './html.ts';

export interface TemplatePair {
  template: string;
  nl: string;
  en: string;
  /** Both paths are one page in two languages (hreflang expected). */
  paired: boolean;
}

async function first(outDir: string, section: string, exclude: string[] = []): Promise<string | undefined> {
  if (!existsSync(fileOf(outDir, section).replace(/index\.html$/, ''))) return undefined;
  return (await pagesIn(outDir, section, exclude))[0];
}

/** A Dutch document page with an English translation, else any Dutch one. */
async function pairedDoc(
  outDir: string,
  nlSection: string,
  enSection: string,
): Promise<{ nl: string; en: string; paired: boolean } | undefined> {
  const candidates = existsSync(fileOf(outDir, nlSection).replace(/index\.html$/, ''))
    ? await pagesIn(outDir, nlSection, ['thema', 'pagina'])
    : [];
  for (const nl of candidates) {
    const page = await readPage(outDir, nl);
    const en = page.hreflang.en;
    if (en) return { nl, en: new URL(en).pathname, paired: true };
  }
  const en = await first(outDir, enSection, ['theme', 'page']);
  if (candidates[0] && en) return { nl: candidates[0], en, paired: false };
  return undefined;
}

/** Every template with one example page per language; missing ones are reported by name. */
export async function templatePairs(outDir: string): Promise<{ pairs: TemplatePair[]; missing: string[] }> {
  const pairs: TemplatePair[] = [
    { template: 'home', nl: '/', en: '/en/', paired: true },
    { template: 'theme hub', nl: '/thema/circulair/', en: '/en/themes/circular/', paired: true },
    { template: 'guides overview', nl: '/gidsen/', en: '/en/guides/', paired: true },
    { template: 'guides by theme', nl: '/gidsen/thema/duurzaam/', en: '/en/guides/theme/sustainable/', paired: true },
    { template: 'stories overview', nl: '/verhalen/', en: '/en/stories/', paired: true },
    { template: 'events overview', nl: '/evenementen/', en: '/en/events/', paired: true },
    { template: 'events archive', nl: '/evenementen/archief/', en: '/en/events/archive/', paired: true },
    { template: 'partners directory', nl: '/partners/', en: '/en/partners/', paired: true },
    { template: 'partners by theme', nl: '/partners/thema/circulair/', en: '/en/partners/theme/circular/', paired: true },
    { template: 'schemes overview', nl: '/regelingen/', en: '/en/support/', paired: true },
    {
      template: 'schemes filtered',
      nl: '/regelingen/thema/duurzaam/soort/subsidie/',
      en: '/en/support/theme/sustainable/type/subsidy/',
      paired: true,
    },
  ];
  const missing: string[] = [];
  const add = (template: string, found: { nl: string; en: string; paired: boolean } | undefined) => {
    if (found) pairs.push({ template, ...found });
    else missing.push(template);
  };
  add('guide', await pairedDoc(outDir, '/gidsen/', '/en/guides/'));
  add('story', await pairedDoc(outDir, '/verhalen/', '/en/stories/'));
  add('campaign', await pairedDoc(outDir, '/campagnes/', '/en/campaigns/'));
  const field = async (template: string, nlSection: string, enSection: string, exclude: string[]) => {
    const nl = await first(outDir, nlSection, exclude);
    add(template, nl ? { nl, en: enSection + nl.slice(nlSection.length), paired: true } : undefined);
  };
  await field('event', '/evenementen/', '/en/events/', ['archief', 'pagina']);
  await field('partner', '/partners/', '/en/partners/', ['thema', 'pagina']);
  await field('scheme', '/regelingen/', '/en/support/', ['thema', 'soort', 'pagina']);
  pairs.push({ template: 'static page', nl: '/over/', en: '/en/about/', paired: true });
  return { pairs, missing };
}

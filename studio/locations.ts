// For each document, the pages it appears on, as the Presentation tool lists them ("Gebruikt op 2
// pagina's"). The paths come from siteUrl.ts and the model's route table, so a document has
// locations exactly when it has a page. Each location's title is the document's own title in the
// page's language.
import type { DocumentDefinition } from 'sanity';
import type { DocumentLocationResolvers, DocumentLocationsState } from 'sanity/presentation';
import { routePath } from '@mkb010/model';
import { documentPath } from './siteUrl';

type Lang = 'nl' | 'en';
const LANGS: Lang[] = ['nl', 'en'];
const LANGUAGE_NAMES: Record<Lang, string> = { nl: 'Nederlands', en: 'Engels' };

/** Types without a page of their own, and the fixed page that shows them. */
const SHOWN_ON: Record<string, { route: Parameters<typeof routePath>[0]; title: Record<Lang, string> }> = {
  impactReport: { route: 'progress', title: { nl: 'Voortgang', en: 'Progress' } },
  siteSettings: { route: 'home', title: { nl: 'Home', en: 'Home' } },
};

/** A document type whose translations are separate documents (it has a translationOf field). */
function translatedPerDocument(type: DocumentDefinition): boolean {
  return type.fields.some((field) => field.name === 'translationOf');
}

/** The field editors recognise a document by (title or name), and whether it holds both languages. */
function labelField(type: DocumentDefinition): { name: string; perLanguage: boolean } | undefined {
  const field = type.fields.find((f) => f.name === 'title') ?? type.fields.find((f) => f.name === 'name');
  return field && { name: field.name, perLanguage: field.type === 'localeString' };
}

/** What a resolver selects: the slug and language, and the label per language (`nl`, `en`) or as one text (`label`). */
function selection(type: DocumentDefinition): Record<string, string> {
  const field = labelField(type);
  const label: Record<string, string> = !field
    ? {}
    : field.perLanguage
      ? { nl: `${field.name}.nl`, en: `${field.name}.en` }
      : { label: field.name };
  return { ...label, slug: 'slug.current', language: 'language' };
}

/** The document's title on a page in `lang`: that language's text, else the Dutch one. */
function titleIn(value: Record<string, unknown>, lang: Lang): string {
  const text = [value.label, value[lang], value.nl].find((t) => typeof t === 'string' && t.trim());
  return (text as string | undefined) ?? 'Zonder titel';
}

/** Where each document type is shown on the site: its page, or one per language for bilingual documents. */
export function documentLocations(types: DocumentDefinition[]): DocumentLocationResolvers {
  return Object.fromEntries(
    types.map((type) => [
      type.name,
      {
        select: selection(type),
        resolve: (value: Record<string, unknown> | null): DocumentLocationsState | null => {
          if (!value) return null;
          const shownOn = SHOWN_ON[type.name];
          if (shownOn) return { locations: LANGS.map((lang) => ({ title: shownOn.title[lang], href: routePath(shownOn.route, lang) })) };
          const slug = { current: typeof value.slug === 'string' ? value.slug : undefined };
          const langs: Lang[] = translatedPerDocument(type) ? [value.language === 'en' ? 'en' : 'nl'] : LANGS;
          const locations = langs.flatMap((language) => {
            const href = documentPath({ _type: type.name, slug, language });
            const title = langs.length > 1 ? `${titleIn(value, language)} (${LANGUAGE_NAMES[language]})` : titleIn(value, language);
            return href ? [{ title, href }] : [];
          });
          return locations.length > 0 ? { locations } : null;
        },
      },
    ]),
  );
}

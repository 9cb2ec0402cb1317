// For each document, the pages it appears on, as the Presentation tool lists them ("Used on 2
// pages"). The paths come from siteUrl.ts, so a type has locations exactly when it has a page.
import type { DocumentDefinition } from 'sanity';
import type { DocumentLocationResolvers, DocumentLocationsState } from 'sanity/presentation';
import { documentPath } from './siteUrl';

type Lang = 'nl' | 'en';
const LANGS: Lang[] = ['nl', 'en'];
const LANGUAGE_NAMES: Record<Lang, string> = { nl: 'Nederlands', en: 'Engels' };

/** A document type whose translations are separate documents (it has a translationOf field). */
function translatedPerDocument(type: DocumentDefinition): boolean {
  return type.fields.some((field) => field.name === 'translationOf');
}

/** The text editors recognise a document by: its title or name, Dutch first. */
function label(value: Record<string, unknown>): string {
  const title = value.title ?? value.name;
  if (typeof title === 'string') return title;
  const nl = (title as { nl?: unknown } | undefined)?.nl;
  return typeof nl === 'string' ? nl : 'Zonder titel';
}

/** Where each document type is shown on the site: one page, or one per language for bilingual documents. */
export function documentLocations(types: DocumentDefinition[]): DocumentLocationResolvers {
  return Object.fromEntries(
    types.map((type) => [
      type.name,
      {
        select: { title: 'title', name: 'name', slug: 'slug.current', language: 'language' },
        resolve: (value: Record<string, unknown> | null): DocumentLocationsState | null => {
          if (!value) return null;
          const slug = { current: typeof value.slug === 'string' ? value.slug : undefined };
          const langs: Lang[] = translatedPerDocument(type) ? [value.language === 'en' ? 'en' : 'nl'] : LANGS;
          const locations = langs.flatMap((language) => {
            const href = documentPath({ _type: type.name, slug, language });
            const title = langs.length > 1 ? `${label(value)} (${LANGUAGE_NAMES[language]})` : label(value);
            return href ? [{ title, href }] : [];
          });
          return locations.length > 0 ? { locations } : null;
        },
      },
    ]),
  );
}

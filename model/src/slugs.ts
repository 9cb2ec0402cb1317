// What a document's slug may be. The Studio's validation and the site's pipeline both ask here, so an
// editor is stopped with the same rule that would otherwise leave the document off the site.
import { isLang, type Lang, LANGS } from './lang.ts';
import { CONTENT_TYPES, type ContentType, docPath, isReservedPageSlug, reservedDocSlugs } from './routes.ts';

/** Types written per language, one document per language linked by translationOf; the others have a page in both languages. */
export const TRANSLATED_TYPES: readonly ContentType[] = ['guide', 'story', 'campaign', 'page'];

/** True when `type` is a content type with pages (documents are untrusted input). */
export function isContentType(type: unknown): type is ContentType {
  return (CONTENT_TYPES as readonly unknown[]).includes(type);
}

/** The languages a document has a page in: its own for a translated type, both for the others. */
export function pageLanguages(type: ContentType, language: unknown): readonly Lang[] {
  if (!TRANSLATED_TYPES.includes(type)) return LANGS;
  return isLang(language) ? [language] : [];
}

/** Lowercase words and digits separated by single hyphens, e.g. `energie-besparen-2026`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The longest slug. It becomes a folder and a file name (`/en/events/{slug}.ics`); 96 keeps every
 * path the build writes far below file-system limits (255 bytes a name) and addresses readable.
 */
export const SLUG_MAX_LENGTH = 96;

/** Device names Windows reserves: a folder called `con` or `lpt1` cannot be checked out, copied or uploaded there. */
export const WINDOWS_RESERVED_NAMES: readonly string[] = [
  'con',
  'prn',
  'aux',
  'nul',
  ...Array.from({ length: 9 }, (_, i) => `com${i + 1}`),
  ...Array.from({ length: 9 }, (_, i) => `lpt${i + 1}`),
];

/** Why a slug cannot be used; the Studio and the pipeline each word it for their readers. */
export type SlugProblem =
  | { kind: 'format' }
  | { kind: 'length'; length: number; max: number }
  | { kind: 'windows' }
  /** The address is one of the site's own pages (`/evenementen/archief/`). */
  | { kind: 'section'; address: string };

/** What is wrong with `slug` for a document of `type` with pages in `langs` (see pageLanguages), or undefined when it is fine. */
export function slugProblem(slug: string, type: ContentType, langs: readonly Lang[]): SlugProblem | undefined {
  if (!SLUG_PATTERN.test(slug)) return { kind: 'format' };
  if (slug.length > SLUG_MAX_LENGTH) return { kind: 'length', length: slug.length, max: SLUG_MAX_LENGTH };
  if (WINDOWS_RESERVED_NAMES.includes(slug)) return { kind: 'windows' };
  for (const lang of langs) {
    const taken = type === 'page' ? isReservedPageSlug(slug, lang) : reservedDocSlugs(type, lang).includes(slug);
    if (taken) return { kind: 'section', address: docPath(type, slug, lang) };
  }
  return undefined;
}

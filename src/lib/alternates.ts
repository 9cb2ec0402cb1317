// The same page in each language: translation pairs for documents translated per document,
// both languages for documents translated per field.
import { docPath, type ContentType, type Lang } from '@mkb010/model';
import type { Alternates } from './seo.ts';

interface DocLevel {
  slug: string;
  language: Lang;
  translation?: { slug: string; language: Lang } | null;
}

/** Paths of a document and of its translation (when there is one). */
export function docAlternates(type: 'guide' | 'story' | 'campaign' | 'page', doc: DocLevel): Alternates {
  const alternates: Alternates = { [doc.language]: docPath(type, doc.slug, doc.language) };
  if (doc.translation && doc.translation.language !== doc.language) {
    alternates[doc.translation.language] = docPath(type, doc.translation.slug, doc.translation.language);
  }
  return alternates;
}

/** Paths of a field-level translated document: it always exists in both languages. */
export function fieldAlternates(type: Exclude<ContentType, 'guide' | 'story' | 'campaign' | 'page'>, slug: string): Alternates {
  return { nl: docPath(type, slug, 'nl'), en: docPath(type, slug, 'en') };
}

// Where a document lives on the preview site: the model's route table (@mkb010/model), so the
// Studio links to exactly the addresses the site builds.
import { CONTENT_TYPES, type ContentType, docPath, routePath } from '@mkb010/model';
import { previewBaseUrl } from './env';

/** The fields of a document that decide its URL. */
export interface LinkableDocument {
  _type: string;
  slug?: { current?: string };
  language?: string;
}

/** Path of a document's page on the site, or undefined for types without a page. */
export function documentPath(doc: LinkableDocument): string | undefined {
  if (doc._type === 'siteSettings') return routePath('home', 'nl');
  const slug = doc.slug?.current;
  if (!slug || !(CONTENT_TYPES as readonly string[]).includes(doc._type)) return undefined;
  return docPath(doc._type as ContentType, slug, doc.language === 'en' ? 'en' : 'nl');
}

/** Full preview URL of a document, or undefined when it has no page yet or no preview server is set. */
export function previewUrl(doc: LinkableDocument, base: string | undefined = previewBaseUrl): string | undefined {
  const path = documentPath(doc);
  return path && base ? new URL(path, base).href : undefined;
}

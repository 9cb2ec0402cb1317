// Where a document lives on the preview site. A copy of the small part of src/lib/routes.ts the
// Studio needs (the Studio is a separate workspace); tests/studio/site-url.test.ts checks that
// both give the same paths.

import { previewBaseUrl } from './env';

type Lang = 'nl' | 'en';

const SECTIONS: Record<Lang, Record<string, string>> = {
  nl: {
    guide: '/gidsen/',
    story: '/verhalen/',
    event: '/evenementen/',
    scheme: '/regelingen/',
    partner: '/partners/',
    campaign: '/campagnes/',
  },
  en: {
    guide: '/en/guides/',
    story: '/en/stories/',
    event: '/en/events/',
    scheme: '/en/support/',
    partner: '/en/partners/',
    campaign: '/en/campaigns/',
  },
};


/** The fields of a document that decide its URL. */
export interface LinkableDocument {
  _type: string;
  slug?: { current?: string };
  language?: string;
}

/** Path of a document's page on the site, or undefined for types without a page. */
export function documentPath(doc: LinkableDocument): string | undefined {
  const slug = doc.slug?.current;
  if (doc._type === 'siteSettings') return '/';
  if (!slug) return undefined;
  const lang: Lang = doc.language === 'en' ? 'en' : 'nl';
  const safe = encodeURIComponent(slug);
  if (doc._type === 'page') return lang === 'nl' ? `/${safe}/` : `/en/${safe}/`;
  const section = SECTIONS[lang][doc._type];
  return section ? `${section}${safe}/` : undefined;
}

/** Full preview URL of a document, or undefined when it has no page yet or no preview server is set. */
export function previewUrl(doc: LinkableDocument, base: string | undefined = previewBaseUrl): string | undefined {
  const path = documentPath(doc);
  return path && base ? new URL(path, base).href : undefined;
}

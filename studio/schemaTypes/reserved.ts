// First path segments the public site uses at the root of each language. A page (/{slug}/ or
// /en/{slug}/) may not take one, or the section would win the address and the page would vanish.
// The site has the same lists in src/lib/routes.ts; a test keeps both equal to the site's routes.
export const RESERVED_PAGE_SLUGS: Record<'nl' | 'en', readonly string[]> = {
  nl: ['campagnes', 'data', 'en', 'evenementen', 'gidsen', 'media', 'pagefind', 'partners', 'regelingen', 'thema', 'verhalen', 'voortgang', 'zoeken'],
  en: ['campaigns', 'events', 'guides', 'partners', 'progress', 'search', 'stories', 'support', 'themes'],
};

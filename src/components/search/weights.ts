// Attributes detail templates spread onto their elements so search ranks and scopes them right:
//   <main {...searchBody}>  <h1 {...searchTitle}>  <p class="summary" {...searchSummary}>
//   <nav class="breadcrumbs" {...searchIgnore}>  (and related-content lists, share links, etc.)

/** On the <main> of a detail page only: the part of the page the index reads. */
export const searchBody = { 'data-pagefind-body': '' } as const;

/** On the page title (h1): matches here weigh most. */
export const searchTitle = { 'data-pagefind-weight': '10' } as const;

/** On the summary / intro paragraph: weighs more than body text (1) and less than the title. */
export const searchSummary = { 'data-pagefind-weight': '5' } as const;

/** On parts of <main> that are not this page's content (breadcrumbs, related items, share links). */
export const searchIgnore = { 'data-pagefind-ignore': '' } as const;

/** The metadata fields the build adds compound parts to (src/integrations/search-compounds.ts). */
export const COMPOUND_META = { title: 'title_parts', body: 'parts' } as const;

/**
 * How much a match in each searchable metadata field counts (Pagefind's `ranking.metaWeights`).
 * Synonyms and compound parts of a page's title words count almost like its title; those of words
 * in passing, little.
 */
export const META_WEIGHTS: Record<string, number> = {
  title_synonyms: 4,
  synonyms: 0.5,
  [COMPOUND_META.title]: 4,
  [COMPOUND_META.body]: 0.5,
};

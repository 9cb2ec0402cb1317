// How search weighs the metadata the build adds to pages (BaseLayout's synonyms, the compound parts
// of search-compounds.ts). Text weights sit on the elements themselves (data-pagefind-weight).

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

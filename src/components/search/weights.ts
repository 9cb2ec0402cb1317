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

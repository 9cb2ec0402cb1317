// @mkb010/model: what the site and the Studio must agree on, written once. No Astro, no Sanity.
export * from './calendar.ts';
export * from './changes.ts';
export * from './dictionary.ts';
export * from './forms.ts';
export * from './goals.ts';
export * from './lang.ts';
export * from './lists.ts';
export * from './ownership.ts';
export * from './plural.ts';
export * from './routes.ts';
export * from './rules.ts';
export * from './scheme-news.ts';
export * from './series.ts';
export * from './slugs.ts';
export * from './time.ts';

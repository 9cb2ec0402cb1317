// Content as every reader of it gets it: the configured source queried once per collection, the
// answers checked and judged (judge.ts). The build adds its own guards and report file on top
// (src/content/load.ts); the service loads the same published content with this alone.
import { ContentSourceError } from '../errors.ts';
import { checkAnswer, judgeContent, type SiteContent } from '../judge.ts';
import { COLLECTION_NAMES, type CollectionName, QUERIES, type QueryResults } from '../queries.ts';
import type { ContentSource } from '../source-types.ts';
import { INTENDED_QUERY, type IntendedAnswer } from '../writing/index.ts';
import { openContentSource, type SourceOptions } from './open-source.ts';

export interface ContentLoadOptions extends SourceOptions {
  /** The moment campaigns are judged at. */
  now: Date;
  /** Use this source instead of the configured one. */
  source?: ContentSource;
  /** False: leave out the writing check (the benchmark times it on its own). */
  writing?: boolean;
}

/** Loads, checks and judges all site content from the configured source (or `options.source`). */
export async function loadContent(options: ContentLoadOptions): Promise<SiteContent> {
  const source = options.source ?? (await openContentSource(options));
  const [raw, intended] = await Promise.all([
    Promise.all(COLLECTION_NAMES.map((name) => queryCollection(source, name))),
    options.writing === false ? null : (source.query('writingIntended', INTENDED_QUERY) as Promise<IntendedAnswer>),
  ]);
  if (raw.every((docs) => docs.length === 0)) {
    throw new ContentSourceError(
      `${source.label} answered no documents at all for any of the ${COLLECTION_NAMES.length} queries. An empty source would publish an empty site; check SANITY_PROJECT_ID, SANITY_DATASET or CONTENT_FILE.`,
    );
  }
  return judgeContent(raw, source, options.now, { intended, check: options.writing !== false });
}

/**
 * Runs one collection's query. The source answers untrusted JSON (validated per document later); its
 * type is the one typegen generated from the Studio schema, so a renamed field breaks `npm run check`.
 */
async function queryCollection<N extends CollectionName>(source: ContentSource, name: N): Promise<QueryResults[N]> {
  const result = await source.query(name, QUERIES[name]);
  return checkAnswer(source.label, name, result);
}

// A dataset file as content source: the site's GROQ queries evaluated by groq-js, Sanity's own
// GROQ engine, with references resolved through an id map (one lookup per reference).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { evaluate, parse } from 'groq-js';
import { ContentSourceError } from '../errors.ts';
import { applyPerspective, type Perspective } from '../perspective.ts';
import type { ContentSource, LocalImage } from '../source-types.ts';
import { readDataset, type RawDocument } from './dataset-file.ts';

export interface FileSourceOptions {
  file: string;
  perspective: Perspective;
  extractRoot?: string;
  /** The largest uncompressed archive accepted, in bytes. */
  maxArchiveBytes?: number;
}

/** Opens a dataset file (.ndjson or .tar.gz) and returns a source that queries it. */
export async function openFileSource(options: FileSourceOptions): Promise<ContentSource> {
  const dataset = await readDataset(options.file, { extractRoot: options.extractRoot, maxArchiveBytes: options.maxArchiveBytes });
  const documents = applyPerspective(dataset.documents, options.perspective);
  const byId = idMap(documents);
  const label = `dataset file ${dataset.file}`;
  return {
    kind: 'file',
    label,
    perspective: options.perspective,
    images: { localImage: localImages(dataset.assetBase) },
    warnings: dataset.warnings,
    // In a preview a draft is shown under its published id; its line is the draft's.
    lineOf: (id) => (options.perspective === 'drafts' ? dataset.lines.get(`drafts.${id}`) : undefined) ?? dataset.lines.get(id),
    query: (name, query, params) => queryDocuments(documents, query, params, `${label}, query "${name}"`, byId),
  };
}

/** Evaluates one GROQ query over documents already in the wanted perspective. */
export async function queryDocuments(
  documents: RawDocument[],
  query: string,
  params: Record<string, unknown> = {},
  label = 'dataset',
  byId: Map<string, RawDocument> = idMap(documents),
): Promise<unknown> {
  let tree: ReturnType<typeof parse>;
  try {
    tree = parse(query, { params });
  } catch (error) {
    throw new ContentSourceError(`${label}: the GROQ query does not parse (${(error as Error).message}).`);
  }
  const value = await evaluate(tree, {
    dataset: documents,
    params,
    dereference: ({ _ref }) => byId.get(_ref) ?? null,
  });
  return value.get();
}

/** Maps each document's id to it (built once per source, not per query). */
export function idMap(documents: RawDocument[]): Map<string, RawDocument> {
  return new Map(documents.map((d) => [d._id, d]));
}

/** True when a dataset's image path resolves to a file inside its `images/` folder (never `..` or an absolute path out). */
export function insideImages(assetBase: string, name: string): boolean {
  const folder = path.resolve(assetBase, 'images');
  const file = path.resolve(assetBase, name);
  return file.startsWith(folder + path.sep) && !name.includes('\0');
}

/** Looks up a dataset's image files beside it, each once. */
function localImages(assetBase: string): (name: string) => LocalImage {
  const found = new Map<string, boolean>();
  return (name) => {
    if (!insideImages(assetBase, name)) return { kind: 'outside' };
    const file = path.resolve(assetBase, name);
    let exists = found.get(file);
    if (exists === undefined) {
      exists = existsSync(file);
      found.set(file, exists);
    }
    return exists ? { kind: 'found', file } : { kind: 'missing', file };
  };
}

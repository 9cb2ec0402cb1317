// A dataset file as content source: the site's GROQ queries evaluated by groq-js, Sanity's own
// GROQ engine, with references resolved through an id map (one lookup per reference).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { evaluate, parse } from 'groq-js';
import sharp, { type Metadata } from 'sharp';
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
    images: { localImage: await localImages(dataset.assetBase, dataset.documents) },
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

/** An SVG that could run code where it is opened: a script, an event handler or a javascript: URL. */
const SVG_SCRIPT = /<script\b|\son[a-z]+\s*=|javascript:/i;

/**
 * Looks at every image file the dataset's documents point at, once, before any query runs: its
 * size from the file (never from its name), and whether it can be published at all. The answer is
 * then a lookup, because normalising a document is synchronous.
 */
async function localImages(assetBase: string, documents: RawDocument[]): Promise<(name: string) => LocalImage> {
  const seen = new Map<string, LocalImage>();
  const names = imageNames(documents);
  // A few at a time: each is a file read by libvips.
  const queue = [...names];
  const worker = async () => {
    for (let name = queue.pop(); name !== undefined; name = queue.pop()) seen.set(name, await inspectImage(assetBase, name));
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return (name) => seen.get(name) ?? { kind: 'missing', file: path.resolve(assetBase, name) };
}

/** The `./images/…` paths of every `image@file://` asset in `documents` (walked with a stack: any depth is safe). */
function imageNames(documents: RawDocument[]): Set<string> {
  const names = new Set<string>();
  const stack: unknown[] = [...documents];
  while (stack.length > 0) {
    const value = stack.pop();
    if (!value || typeof value !== 'object') continue;
    if (Array.isArray(value)) stack.push(...value);
    else
      for (const [key, v] of Object.entries(value)) {
        if (key === '_sanityAsset' && typeof v === 'string' && v.startsWith('image@file://')) names.add(v.replace(/^image@file:\/\//, ''));
        else if (v && typeof v === 'object') stack.push(v);
      }
  }
  return names;
}

/** What one image path of a dataset leads to; an `unusable` reason follows the file's name in the report. */
async function inspectImage(assetBase: string, name: string): Promise<LocalImage> {
  if (!insideImages(assetBase, name)) return { kind: 'outside' };
  const file = path.resolve(assetBase, name);
  if (!existsSync(file)) return { kind: 'missing', file };
  let meta: Metadata;
  try {
    // sharp's own pixel limit applies here as in the build's resize, which it would otherwise stop.
    meta = await sharp(file).metadata();
  } catch (error) {
    const size = /pixel limit/i.test((error as Error).message)
      ? await sharp(file, { limitInputPixels: false })
          .metadata()
          .catch(() => undefined)
      : undefined;
    if (size)
      return {
        kind: 'unusable',
        file,
        reason: `is ${size.width}×${size.height} pixels, more than the build's image tool (sharp) can resize; upload a smaller image (4000 pixels wide is plenty)`,
      };
    return {
      kind: 'unusable',
      file,
      reason: `cannot be read as an image (${(error as Error).message}); upload the image again as PNG, JPEG or WebP`,
    };
  }
  if (meta.format === 'svg' && SVG_SCRIPT.test(await readFile(file, 'utf8'))) {
    return {
      kind: 'unusable',
      file,
      reason: 'is an SVG with a script in it, which the site never publishes; upload it as PNG or without the script',
    };
  }
  return { kind: 'found', file, width: meta.width, height: meta.height };
}

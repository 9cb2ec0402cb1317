// Reads a dataset file as Sanity exports it: `data.ndjson` lines, or a whole `sanity dataset export`
// archive (.tar.gz with `<name>/data.ndjson` and the `images/` and `files/` folders beside it).
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as tar from 'tar';
import { ContentSourceError } from '../errors.ts';

export type RawDocument = { _id: string; _type: string; [key: string]: unknown };

export interface Dataset {
  /** Every document in the file, drafts included. */
  documents: RawDocument[];
  /** Folder that `image@file://./images/…` paths are relative to. */
  assetBase: string;
  /** The file it came from (absolute). */
  file: string;
  /** Things a person should know that did not stop the read (e.g. invalid UTF-8 on a line). */
  warnings: string[];
  /** Each document id's line in data.ndjson (1-based), so a report can say where to look. */
  lines: Map<string, number>;
}

export interface ReadDatasetOptions {
  /** Where archives are extracted (default: a folder per archive version under the OS temp dir). */
  extractRoot?: string;
  /** The largest uncompressed archive accepted, in bytes (default 1 GiB). */
  maxArchiveBytes?: number;
}

/** Default for CONTENT_MAX_ARCHIVE_BYTES: 1 GiB uncompressed. */
export const DEFAULT_MAX_ARCHIVE_BYTES = 1024 ** 3;
/** Extracted archives kept in the cache: the one in use and a few recent ones (switching back is quick). */
export const KEPT_EXTRACTIONS = 3;

/** Reads an `.ndjson` or `.tar.gz` dataset file; errors name the file and what to do. */
export async function readDataset(file: string, options: ReadDatasetOptions = {}): Promise<Dataset> {
  const abs = path.resolve(file);
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(abs);
  } catch {
    throw new ContentSourceError(
      `Dataset file ${abs} does not exist. Set CONTENT_FILE to an .ndjson file or a "sanity dataset export" .tar.gz, or run "npm run seed" to create the sample dataset.`,
    );
  }
  if (!info.isFile()) throw new ContentSourceError(`Dataset file ${abs} is not a file. Set CONTENT_FILE to an .ndjson or .tar.gz file.`);
  if (/\.(tar\.gz|tgz)$/i.test(abs)) return readArchive(abs, info, options);
  let bytes: Buffer;
  try {
    bytes = await readFile(abs);
  } catch (error) {
    throw new ContentSourceError(
      `Dataset file ${abs} cannot be read (${(error as NodeJS.ErrnoException).code ?? error}). Check its permissions.`,
    );
  }
  return fromBytes(bytes, abs, path.dirname(abs), abs);
}

/** Decodes and parses a data.ndjson; a file without any document is no dataset. */
function fromBytes(bytes: Buffer, label: string, assetBase: string, file: string): Dataset {
  const { text, warnings } = decodeUtf8(bytes, label);
  const lines = new Map<string, number>();
  const documents = parseNdjson(text, label, lines, warnings);
  if (documents.length === 0) {
    throw new ContentSourceError(
      `${label} holds no documents (${bytes.length} bytes). A dataset file with nothing in it would publish an empty site; check CONTENT_FILE or export the dataset again.`,
    );
  }
  return { documents, assetBase, file, warnings, lines };
}

/**
 * Decodes UTF-8. Invalid bytes become U+FFFD as before, but each line that had them is named, so an
 * editor learns which document to fix instead of finding "�" on the site.
 */
export function decodeUtf8(bytes: Uint8Array, label: string): { text: string; warnings: string[] } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const warnings: string[] = [];
    text.split('\n').forEach((line, i) => {
      if (line.includes('\uFFFD') && !Buffer.from(line, 'utf8').equals(lineBytes(bytes, i))) {
        warnings.push(
          `${label}, line ${i + 1}: invalid UTF-8 bytes, shown as "\uFFFD"; save the file as UTF-8 or export the dataset again`,
        );
      }
    });
    return { text, warnings };
  }
}

/** The raw bytes of line `index` (0-based, split at \n). */
function lineBytes(bytes: Uint8Array, index: number): Buffer {
  let start = 0;
  for (let i = 0; i < index; i++) start = bytes.indexOf(0x0a, start) + 1;
  const end = bytes.indexOf(0x0a, start);
  return Buffer.from(bytes.subarray(start, end === -1 ? bytes.length : end));
}

/** Parses ndjson text; a malformed line fails with its line number. Each id's line goes into `lineOf`. */
export function parseNdjson(text: string, label: string, lineOf = new Map<string, number>(), warnings: string[] = []): RawDocument[] {
  const documents: RawDocument[] = [];
  const position = new Map<string, number>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    let doc: unknown;
    try {
      doc = JSON.parse(line);
    } catch (error) {
      throw new ContentSourceError(
        `${label}, line ${i + 1}: not valid JSON (${(error as Error).message}). Each line must be one JSON document, as "sanity dataset export" writes them.`,
      );
    }
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
      throw new ContentSourceError(
        `${label}, line ${i + 1}: expected a JSON object (a document), found ${Array.isArray(doc) ? 'an array' : typeof doc}.`,
      );
    }
    const d = doc as Record<string, unknown>;
    if (typeof d._id !== 'string' || !d._id || typeof d._type !== 'string' || !d._type) {
      throw new ContentSourceError(`${label}, line ${i + 1}: the document has no "_id" or no "_type"; every line needs both.`);
    }
    const earlier = lineOf.get(d._id);
    if (earlier !== undefined) {
      // A Content Lake import keeps the last document with an id; so does the build, but never silently.
      warnings.push(
        `${label}, lines ${earlier} and ${i + 1}: two documents with the id ${JSON.stringify(d._id)}; the one on line ${i + 1} is used, as an import into the Content Lake would. Remove the other.`,
      );
      documents[position.get(d._id)!] = d as RawDocument;
    } else {
      position.set(d._id, documents.length);
      documents.push(d as RawDocument);
    }
    lineOf.set(d._id, i + 1);
  }
  return documents;
}

async function readArchive(abs: string, info: { size: number; mtimeMs: number }, options: ReadDatasetOptions): Promise<Dataset> {
  const entries: string[] = [];
  const limit = options.maxArchiveBytes ?? DEFAULT_MAX_ARCHIVE_BYTES;
  let unpacked = 0;
  try {
    await tar.t({
      file: abs,
      onReadEntry: (entry) => {
        entries.push(entry.path);
        unpacked += entry.size ?? 0;
      },
    });
  } catch (error) {
    throw new ContentSourceError(
      `Dataset archive ${abs} cannot be read as .tar.gz (${(error as Error).message}). Use the file "sanity dataset export" writes.`,
    );
  }
  if (unpacked > limit) {
    throw new ContentSourceError(
      `Dataset archive ${abs} unpacks to ${unpacked} bytes, more than the limit of ${limit} bytes (CONTENT_MAX_ARCHIVE_BYTES). Raise CONTENT_MAX_ARCHIVE_BYTES if the dataset really is this large.`,
    );
  }
  const dataPath = entries
    .filter((p) => path.posix.basename(p) === 'data.ndjson')
    .sort((a, b) => a.split('/').length - b.split('/').length)[0];
  if (!dataPath) {
    throw new ContentSourceError(
      `Dataset archive ${abs} holds no data.ndjson. Use an archive made by "sanity dataset export", or point CONTENT_FILE at an .ndjson file.`,
    );
  }
  const key = createHash('sha1').update(`${abs}\0${info.size}\0${info.mtimeMs}`).digest('hex').slice(0, 16);
  const root = options.extractRoot ?? path.join(tmpdir(), 'mkb010-datasets');
  const target = path.join(root, key);
  const done = path.join(target, '.extracted');
  if (!(await exists(done))) {
    // Extract beside the target and rename, so a build that dies halfway never leaves a half folder in use.
    const partial = `${target}.partial-${process.pid}`;
    await rm(partial, { recursive: true, force: true });
    await mkdir(partial, { recursive: true });
    try {
      await tar.x({ file: abs, cwd: partial, strict: true });
    } catch (error) {
      await rm(partial, { recursive: true, force: true });
      throw new ContentSourceError(`Dataset archive ${abs} could not be extracted (${(error as Error).message}).`);
    }
    await writeFile(path.join(partial, '.extracted'), abs);
    await rm(target, { recursive: true, force: true });
    await rename(partial, target).catch(async (error) => {
      // Another build extracted the same archive at the same moment; theirs is as good as ours.
      if (!(await exists(done))) throw error;
      await rm(partial, { recursive: true, force: true });
    });
  } else {
    // Marks it as recently used, so pruning keeps it.
    const now = new Date();
    await utimes(done, now, now).catch(() => {});
  }
  await pruneExtractions(root, key);
  const dataFile = path.join(target, ...dataPath.split('/'));
  const label = `${abs} (${dataPath})`;
  let bytes: Buffer;
  try {
    bytes = await readFile(dataFile);
  } catch (error) {
    throw new ContentSourceError(`${label} cannot be read after extraction (${(error as NodeJS.ErrnoException).code ?? error}).`);
  }
  return fromBytes(bytes, label, path.dirname(dataFile), abs);
}

/**
 * Keeps the extraction cache small: the archive in use and the most recently used others, up to
 * KEPT_EXTRACTIONS in all. Folders still being extracted (`.partial-`) belong to running builds.
 */
export async function pruneExtractions(root: string, current: string): Promise<void> {
  const names = await readdir(root).catch(() => [] as string[]);
  const used: { name: string; at: number }[] = [];
  for (const name of names) {
    if (name === current || name.includes('.partial-')) continue;
    const at = await stat(path.join(root, name, '.extracted')).then(
      (s) => s.mtimeMs,
      () => 0,
    );
    used.push({ name, at });
  }
  used.sort((a, b) => b.at - a.at);
  for (const { name } of used.slice(KEPT_EXTRACTIONS - 1)) await rm(path.join(root, name), { recursive: true, force: true });
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

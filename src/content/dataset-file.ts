// Reads a dataset file as Sanity exports it: `data.ndjson` lines, or a whole `sanity dataset export`
// archive (.tar.gz with `<name>/data.ndjson` and the `images/` and `files/` folders beside it).
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as tar from 'tar';
import { ContentSourceError } from './errors.ts';

export type RawDocument = { _id: string; _type: string; [key: string]: unknown };

export interface Dataset {
  /** Every document in the file, drafts included. */
  documents: RawDocument[];
  /** Folder that `image@file://./images/…` paths are relative to. */
  assetBase: string;
  /** The file it came from (absolute). */
  file: string;
}

export interface ReadDatasetOptions {
  /** Where archives are extracted (default: a folder per archive version under the OS temp dir). */
  extractRoot?: string;
}

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
  let text: string;
  try {
    text = await readFile(abs, 'utf8');
  } catch (error) {
    throw new ContentSourceError(`Dataset file ${abs} cannot be read (${(error as NodeJS.ErrnoException).code ?? error}). Check its permissions.`);
  }
  return { documents: parseNdjson(text, abs), assetBase: path.dirname(abs), file: abs };
}

/** Parses ndjson text; a malformed line fails with its line number. */
export function parseNdjson(text: string, label: string): RawDocument[] {
  const documents: RawDocument[] = [];
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
      throw new ContentSourceError(`${label}, line ${i + 1}: expected a JSON object (a document), found ${Array.isArray(doc) ? 'an array' : typeof doc}.`);
    }
    const d = doc as Record<string, unknown>;
    if (typeof d._id !== 'string' || !d._id || typeof d._type !== 'string' || !d._type) {
      throw new ContentSourceError(`${label}, line ${i + 1}: the document has no "_id" or no "_type"; every line needs both.`);
    }
    documents.push(d as RawDocument);
  }
  return documents;
}

async function readArchive(abs: string, info: { size: number; mtimeMs: number }, options: ReadDatasetOptions): Promise<Dataset> {
  const entries: string[] = [];
  try {
    await tar.t({ file: abs, onReadEntry: (entry) => entries.push(entry.path) });
  } catch (error) {
    throw new ContentSourceError(`Dataset archive ${abs} cannot be read as .tar.gz (${(error as Error).message}). Use the file "sanity dataset export" writes.`);
  }
  const dataPath = entries
    .filter((p) => path.posix.basename(p) === 'data.ndjson')
    .sort((a, b) => a.split('/').length - b.split('/').length)[0];
  if (!dataPath) {
    throw new ContentSourceError(`Dataset archive ${abs} holds no data.ndjson. Use an archive made by "sanity dataset export", or point CONTENT_FILE at an .ndjson file.`);
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
  }
  const dataFile = path.join(target, ...dataPath.split('/'));
  const label = `${abs} (${dataPath})`;
  let text: string;
  try {
    text = await readFile(dataFile, 'utf8');
  } catch (error) {
    throw new ContentSourceError(`${label} cannot be read after extraction (${(error as NodeJS.ErrnoException).code ?? error}).`);
  }
  return { documents: parseNdjson(text, label), assetBase: path.dirname(dataFile), file: abs };
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}


// Assembles the sample dataset: runs every studio/seed/src/*.ts against one anchor day, adds the
// system fields Sanity's export has, turns logical image names into export-form asset files, checks
// ids, slugs and references, and writes data.ndjson + meta.json (importable with `sanity dataset import`).
//
// Usage: node studio/seed/build.ts [outDir]   (or SEED_OUT=dir; default: studio/seed/)
//        SEED_ANCHOR=YYYY-MM-DD pins "today", so the same anchor always gives the same data.
//        SEED_SRC=dir reads the source modules from another folder (the tests use it for bad data).
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { anchorDay, type SeedContext, type SeedDocument, seedContext } from './lib.ts';
import { resolveIntended, writingProblems } from './writing.ts';

const SEED_DIR = path.dirname(fileURLToPath(import.meta.url));
const SRC_DIR = process.env.SEED_SRC ? path.resolve(process.env.SEED_SRC) : path.join(SEED_DIR, 'src');
const ASSET_DIR = path.join(SEED_DIR, 'assets');
const ASSET_PREFIX = 'image@file://./images/';
const EXPORT_NAME = /^[0-9a-f]{40}-\d+x\d+\.png$/;

/** Types whose documents exist once per language, so their slugs are unique per language. */
const PER_LANGUAGE = new Set(['guide', 'story', 'campaign', 'page']);

class SeedError extends Error {}

/** A source module: `export default (ctx) => documents[]`. */
type SourceModule = { default?: unknown };
/** Which source file a document came from, for messages. */
const SOURCE = Symbol('source file');
// biome-ignore lint/suspicious/noExplicitAny: a document walked field by field, whatever its type
type Doc = Record<string, any> & { _id: string; _type: string; [SOURCE]: string };

async function main() {
  const anchor = anchorDay();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(anchor)) throw new SeedError(`SEED_ANCHOR must look like 2025-03-14, got "${anchor}".`);
  const outDir = path.resolve(process.argv[2] ?? process.env.SEED_OUT ?? SEED_DIR);

  const docs = await loadSources(anchor);
  const problems = [...checkIds(docs), ...checkSlugs(docs), ...checkReferences(docs), ...checkKeys(docs)];
  problems.push(...resolveIntended(docs, where));
  // The seed is the example editors copy: every writing warning is fixed or marked intended (issue 27).
  problems.push(...writingProblems(docs, where));
  const images = await collectImages(docs, problems);
  if (problems.length) {
    throw new SeedError(
      `The seed has ${problems.length} problem(s); fix them in studio/seed/src/ and run npm run seed again:\n- ${problems.join('\n- ')}`,
    );
  }

  const finished = docs.map((doc) => withSystemFields(doc, anchor)).sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
  await writeImages(images, path.join(outDir, 'images'));
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, 'data.ndjson'), `${finished.map((d) => JSON.stringify(d)).join('\n')}\n`);
  const counts = countByType(finished);
  await writeFile(
    path.join(outDir, 'meta.json'),
    `${JSON.stringify({ anchor, generatedAt: new Date().toISOString(), counts }, null, 2)}\n`,
  );
  const summary = Object.entries(counts)
    .map(([t, n]) => `${n} ${t}`)
    .join(', ');
  console.log(
    `Seed for ${anchor}: ${finished.length} documents (${summary}), ${images.size} images -> ${path.relative(process.cwd(), outDir) || '.'}`,
  );
}

/** Runs every source module with a context bound to the anchor day; returns their documents. */
async function loadSources(anchor: string): Promise<Doc[]> {
  // TypeScript sources (Node runs them as they are); a plain .mjs module works too.
  const files = (await readdir(SRC_DIR)).filter((f) => /\.(ts|mjs)$/.test(f)).sort();
  if (files.length === 0) throw new SeedError(`No seed sources found in ${SRC_DIR}.`);
  const docs: Doc[] = [];
  for (const file of files) {
    const mod: SourceModule = await import(pathToFileURL(path.join(SRC_DIR, file)).href);
    if (typeof mod.default !== 'function')
      throw new SeedError(`studio/seed/src/${file} must export a default function (ctx) => documents[].`);
    let made: unknown;
    try {
      made = (mod.default as (ctx: SeedContext) => SeedDocument[])(seedContext(anchor));
    } catch (err) {
      throw new SeedError(`studio/seed/src/${file} failed while building its documents: ${err instanceof Error ? err.message : err}`);
    }
    if (!Array.isArray(made)) throw new SeedError(`studio/seed/src/${file} must return an array of documents.`);
    for (const doc of made as Partial<SeedDocument>[]) {
      if (!doc || typeof doc._id !== 'string' || typeof doc._type !== 'string') {
        throw new SeedError(`studio/seed/src/${file} returned a document without _id or _type: ${JSON.stringify(doc).slice(0, 120)}`);
      }
      docs.push({ ...(doc as SeedDocument), [SOURCE]: file });
    }
  }
  return docs;
}

const where = (doc: Doc) => `${doc._id} (src/${doc[SOURCE]})`;
const isDraft = (id: string) => id.startsWith('drafts.');

function checkIds(docs: Doc[]): string[] {
  const seen = new Map<string, Doc>();
  const problems: string[] = [];
  for (const doc of docs) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(doc._id)) problems.push(`${where(doc)}: _id may only hold letters, digits, ".", "_" and "-".`);
    const before = seen.get(doc._id);
    if (before) problems.push(`Duplicate _id "${doc._id}" in src/${before[SOURCE]} and src/${doc[SOURCE]}; give one of them another id.`);
    else seen.set(doc._id, doc);
  }
  return problems;
}

function checkSlugs(docs: Doc[]): string[] {
  const seen = new Map<string, Doc>();
  const problems: string[] = [];
  for (const doc of docs) {
    const slug = doc.slug?.current;
    if (!slug) continue;
    // A draft shares its slug with its own published version; compare drafts only among drafts.
    const scope = isDraft(doc._id) ? 'draft' : 'published';
    const lang = PER_LANGUAGE.has(doc._type) ? (doc.language ?? '?') : 'all';
    const key = `${scope}|${doc._type}|${lang}|${slug}`;
    const before = seen.get(key);
    if (before)
      problems.push(`Duplicate ${doc._type} slug "${slug}"${lang === 'all' ? '' : ` (${lang})`} in ${where(before)} and ${where(doc)}.`);
    else seen.set(key, doc);
  }
  return problems;
}

/** Every _ref inside a value, with the JSON path it sits at. */
function* referencesIn(value: unknown, at = ''): Generator<{ ref: string; at: string }> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* referencesIn(value[i], `${at}[${value[i]?._key ? `_key=="${value[i]._key}"` : i}]`);
  } else if (value && typeof value === 'object') {
    if ('_ref' in value && typeof value._ref === 'string') yield { ref: value._ref, at };
    for (const [k, v] of Object.entries(value)) if (k !== '_ref') yield* referencesIn(v, at ? `${at}.${k}` : k);
  }
}

function checkReferences(docs: Doc[]): string[] {
  const byId = new Map(docs.map((d) => [d._id, d]));
  const problems: string[] = [];
  for (const doc of docs) {
    for (const { ref, at } of referencesIn(doc)) {
      if (isDraft(ref)) {
        problems.push(`${where(doc)} ${at}: references "${ref}"; reference the published id (without "drafts.").`);
        continue;
      }
      // A draft may point at a document that so far only exists as a draft; published documents may not.
      const target = byId.get(ref) ?? (isDraft(doc._id) ? byId.get(`drafts.${ref}`) : undefined);
      if (!target) problems.push(`${where(doc)} ${at}: references "${ref}", which no seed document has as _id.`);
      else if (at === 'translationOf' && target._type !== doc._type)
        problems.push(`${where(doc)} translationOf points at a ${target._type}, not a ${doc._type}.`);
    }
  }
  return problems;
}

/** Sanity needs a unique _key on every object inside an array (the Studio cannot edit them otherwise). */
function checkKeys(docs: Doc[]): string[] {
  const problems: string[] = [];
  const walk = (doc: Doc, value: unknown, at: string) => {
    if (Array.isArray(value)) {
      const keys = new Set<string>();
      value.forEach((item, i) => {
        if (item && typeof item === 'object' && !Array.isArray(item)) {
          if (typeof item._key !== 'string' || !item._key) problems.push(`${where(doc)} ${at}[${i}]: array item has no _key.`);
          else if (keys.has(item._key)) problems.push(`${where(doc)} ${at}: _key "${item._key}" is used twice.`);
          else keys.add(item._key);
        }
        walk(doc, item, `${at}[${i}]`);
      });
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(doc, v, at ? `${at}.${k}` : k);
    }
  };
  for (const doc of docs) walk(doc, doc, '');
  return problems;
}

/** Finds every image field, reads its asset once, and rewrites it to the export-form file name. */
async function collectImages(docs: Doc[], problems: string[]): Promise<Map<string, string>> {
  const images = new Map<string, string>(); // export name -> source file
  const cache = new Map<string, string>(); // logical name -> export name
  const visit = async (doc: Doc, value: unknown, at: string): Promise<void> => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) await visit(doc, value[i], `${at}[${i}]`);
      return;
    }
    if (!value || typeof value !== 'object') return;
    if ('_sanityAsset' in value && typeof value._sanityAsset === 'string') {
      const name = value._sanityAsset.startsWith(ASSET_PREFIX) ? value._sanityAsset.slice(ASSET_PREFIX.length) : null;
      if (!name) {
        problems.push(`${where(doc)} ${at}: _sanityAsset must start with "${ASSET_PREFIX}" (use ctx.image('file.png', alt)).`);
        return;
      }
      if (!('alt' in value) || !value.alt || typeof value.alt !== 'string')
        problems.push(`${where(doc)} ${at}: image "${name}" has no alt text.`);
      let exportName = cache.get(name);
      if (!exportName) {
        exportName = (await exportNameFor(name)) ?? undefined;
        if (!exportName) {
          problems.push(`${where(doc)} ${at}: image "${name}" is not in studio/seed/assets/ (see assets/README.md for the files there).`);
          return;
        }
        cache.set(name, exportName);
        images.set(exportName, path.join(ASSET_DIR, name));
      }
      value._sanityAsset = ASSET_PREFIX + exportName;
    }
    for (const [k, v] of Object.entries(value)) await visit(doc, v, at ? `${at}.${k}` : k);
  };
  for (const doc of docs) await visit(doc, doc, '');
  return images;
}

/** `<sha1>-<w>x<h>.png` for a PNG in assets/, or null when there is no such file. */
async function exportNameFor(name: string): Promise<string | null> {
  const file = path.join(ASSET_DIR, name);
  if (!/^[\w.-]+\.png$/.test(name) || !existsSync(file)) return null;
  const bytes = await readFile(file);
  if (bytes.toString('ascii', 12, 16) !== 'IHDR') throw new SeedError(`studio/seed/assets/${name} is not a PNG file.`);
  const w = bytes.readUInt32BE(16);
  const h = bytes.readUInt32BE(20);
  return `${createHash('sha1').update(bytes).digest('hex')}-${w}x${h}.png`;
}

/** Copies the used assets into images/ and removes export-form files no document uses any more. */
async function writeImages(images: Map<string, string>, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const file of await readdir(dir)) if (EXPORT_NAME.test(file) && !images.has(file)) await rm(path.join(dir, file));
  for (const [name, source] of images) await copyFile(source, path.join(dir, name));
}

/**
 * Adds _createdAt/_updatedAt/_rev derived from the document itself and the anchor, never from the
 * clock, so the same anchor always yields byte-identical output.
 */
function withSystemFields(doc: Doc, anchor: string) {
  const { [SOURCE]: _source, _id, _type, ...rest } = doc;
  const anchorMs = Date.parse(`${anchor}T12:00:00Z`);
  const day = 86_400_000;
  const ms = (value: string | undefined, shiftDays = 0) =>
    value ? Date.parse(value.length === 10 ? `${value}T08:00:00Z` : value) + shiftDays * day : NaN;
  const candidates = [
    ms(doc.publishedAt),
    ms(doc.periodEnd, 10),
    ms(doc.start, -40),
    ms(doc.publishFrom, -14),
    // A plain page was written some months before its last update.
    ms(doc.updatedAt, -180),
    ms(doc.lastChecked),
  ];
  const created = Math.min(candidates.find((t) => Number.isFinite(t)) ?? anchorMs - 90 * day, anchorMs - day);
  // A change note is a save: the document was last changed no earlier than its newest note.
  const changes = ((doc.changeLog ?? []) as { date?: string }[]).map((entry) => ms(entry.date) || 0);
  const updated = Math.min(
    Math.max(created, ms(doc.lastChecked) || 0, ms(doc.updatedAt) || 0, ...changes),
    isDraft(_id) ? anchorMs : anchorMs - day,
  );
  const body = { _id, _type, _createdAt: new Date(created).toISOString(), _updatedAt: new Date(updated).toISOString(), ...rest };
  const rev = createHash('sha1').update(JSON.stringify(body)).digest('base64url').replace(/[-_]/g, '').slice(0, 22);
  return { _id, _type, _createdAt: body._createdAt, _updatedAt: body._updatedAt, _rev: rev, ...rest };
}

function countByType(docs: { _id: string; _type: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const doc of docs) {
    const key = isDraft(doc._id) ? 'drafts' : doc._type;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

try {
  await main();
} catch (err) {
  if (err instanceof SeedError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}

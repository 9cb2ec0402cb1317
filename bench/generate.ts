// Generates benchmark datasets of any size from the seed: every published seed document is kept,
// and clones of seed documents (re-keyed ids and slugs, shuffled references, dates moved around
// SITE_NOW, extra paragraphs and generated names for vocabulary) fill the dataset up to the size.
// A fixed seed makes the same size give the same file. Written as Sanity's export form (.ndjson with
// `images/` beside it), so the site reads it exactly as it reads the seed.
//
// Usage: node bench/generate.ts <size> [outDir]   (default outDir: $TMPDIR/mkb-bench/data-<size>)
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type Doc = Record<string, any> & { _id: string; _type: string };
type Block = Record<string, any>;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEED_FILE = path.join(ROOT, 'studio/seed/data.ndjson');
const SEED_IMAGES = path.join(ROOT, 'studio/seed/images');

const SEED_META = path.join(ROOT, 'studio/seed/meta.json');
const DAY = 86_400_000;

/** The moment the generated data is centred on: noon in Amsterdam on the seed's anchor day. */
export async function benchSiteNow(): Promise<string> {
  const meta = JSON.parse(await readFile(SEED_META, 'utf8')) as { anchor: string };
  return `${meta.anchor}T11:00:00.000Z`;
}

/** Share of the generated (non-seed) documents per kind; pairs count both languages. */
const MIX: [kind: Kind, share: number][] = [
  ['guide', 0.3],
  ['story', 0.14],
  ['event', 0.18],
  ['scheme', 0.08],
  ['partner', 0.03],
  ['impactReport', 0.25],
  ['campaign', 0.02],
];
type Kind = 'guide' | 'story' | 'event' | 'scheme' | 'partner' | 'impactReport' | 'campaign';
/** Types with one document per language, linked by translationOf. */
const PER_LANGUAGE = new Set(['guide', 'story', 'campaign', 'page']);

const DISTRICTS = [
  'Centrum',
  'Delfshaven',
  'Feijenoord',
  'Charlois',
  'IJsselmonde',
  'Kralingen',
  'Noord',
  'Hillegersberg',
  'Prins Alexander',
  'Overschie',
  'Hoogvliet',
  'Pernis',
  'Rozenburg',
  'Katendrecht',
  'Kop van Zuid',
  'M4H',
  'Spaanse Polder',
  'Waalhaven',
];
const FIRST = [
  'Fatima',
  'Jeroen',
  'Sanne',
  'Mohamed',
  'Anouk',
  'Kees',
  'Priya',
  'Daan',
  'Yara',
  'Thijs',
  'Naima',
  'Bram',
  'Esra',
  'Ruben',
  'Lotte',
  'Orlando',
  'Ilse',
  'Hamza',
  'Marieke',
  'Wei',
  'Joost',
  'Samira',
  'Pieter',
  'Gloria',
];
const LAST = [
  'de Vries',
  'Bakker',
  'El Amrani',
  'Jansen',
  'Visser',
  'Yılmaz',
  'Smit',
  'Mulder',
  'Brouwer',
  'Ramdin',
  'van Dijk',
  'Meijer',
  'Kok',
  'Boukhari',
  'de Graaf',
  'Verhoeven',
  'Hoekstra',
  'Tan',
  'Martina',
  'van Leeuwen',
];
const TRADE = [
  'Installatietechniek',
  'Bakkerij',
  'Koffiebranderij',
  'Drukkerij',
  'Fietsenmakerij',
  'Schilderwerken',
  'Logistiek',
  'Metaalbewerking',
  'Kapsalon',
  'Bouwbedrijf',
  'Catering',
  'Webshop',
  'Houtwerk',
  'Textielatelier',
  'Transport',
  'Adviesbureau',
  'Brouwerij',
  'Elektrotechniek',
];
const SYLLABLES = [
  'ko',
  'ra',
  'ven',
  'dal',
  'mer',
  'sti',
  'lo',
  'bor',
  'an',
  'tij',
  'ker',
  'wes',
  'hui',
  'gel',
  'nor',
  'pa',
  'zel',
  'dro',
  'mi',
  'vak',
];

/** mulberry32: a tiny seeded PRNG, so a size always gives the same dataset. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenerateOptions {
  /** Total number of documents in the dataset (seed included; at least the seed's size). */
  size: number;
  /** Folder for data.ndjson and images/. */
  outDir: string;
  /** PRNG seed (default 20261127). */
  seed?: number;
}

export interface GeneratedDataset {
  file: string;
  size: number;
  counts: Record<string, number>;
  siteNow: string;
}

/** Writes a dataset of `size` documents to outDir/data.ndjson (+ images symlink); returns its counts. */
export async function generateDataset(options: GenerateOptions): Promise<GeneratedDataset> {
  const siteNow = await benchSiteNow();
  const docs = buildDocuments(options.size, options.seed ?? 20261127, await readSeed(), Date.parse(siteNow));
  await mkdir(options.outDir, { recursive: true });
  const file = path.join(options.outDir, 'data.ndjson');
  await writeFile(file, `${docs.map((d) => JSON.stringify(d)).join('\n')}\n`);
  // `_sanityAsset` paths are relative to the ndjson's folder; the seed's images serve every clone.
  const images = path.join(options.outDir, 'images');
  await rm(images, { recursive: true, force: true });
  await symlink(SEED_IMAGES, images, 'dir');
  const counts: Record<string, number> = {};
  for (const d of docs) counts[d._type] = (counts[d._type] ?? 0) + 1;
  return { file, size: docs.length, counts, siteNow };
}

async function readSeed(): Promise<Doc[]> {
  const text = await readFile(SEED_FILE, 'utf8');
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Doc)
    .filter((d) => !d._id.startsWith('drafts.'));
}

/** The whole dataset in memory: the seed plus clones, references resolved within it. */
export function buildDocuments(size: number, seedValue: number, seed: Doc[], nowMs: number): Doc[] {
  const rand = mulberry32(seedValue);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

  const byId = new Map(seed.map((d) => [d._id, d]));
  const out: Doc[] = seed.map((d) => structuredClone(d));
  /** Ids per type and language ('' for types with one document for both languages). */
  const pool = new Map<string, string[]>();
  const poolKey = (type: string, lang: string) => `${type}\0${PER_LANGUAGE.has(type) ? lang : ''}`;
  const addToPool = (d: Doc) => {
    const key = poolKey(d._type, d.language ?? 'nl');
    pool.set(key, [...(pool.get(key) ?? []), d._id]);
  };
  out.forEach(addToPool);

  // Paragraphs per language, to lengthen clones' bodies with real sentences from elsewhere.
  const paragraphs: Record<string, Block[]> = { nl: [], en: [] };
  const collect = (blocks: unknown, lang: string) => {
    if (!Array.isArray(blocks)) return;
    for (const b of blocks) {
      if (b?._type === 'block' && b.style === 'normal' && !b.listItem && b.markDefs?.length === 0) paragraphs[lang].push(b);
    }
  };
  for (const d of seed) {
    if (PER_LANGUAGE.has(d._type)) collect(d.body, d.language);
    for (const field of ['description', 'eligibility', 'howToApply']) {
      if (d[field]?.nl) collect(d[field].nl, 'nl');
      if (d[field]?.en) collect(d[field].en, 'en');
    }
  }

  const templates = (type: string) => seed.filter((d) => d._type === type && (!PER_LANGUAGE.has(type) || d.language === 'nl'));
  const translationOfSeed = new Map<string, Doc>();
  for (const d of seed) if (d.translationOf?._ref) translationOfSeed.set(d.translationOf._ref, d);

  const budget = Math.max(0, size - out.length);
  const clones: Doc[] = [];
  let serial = 0;
  const place = () => pick(DISTRICTS);
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const company = () => `${pick(TRADE)} ${cap(pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES))}`;

  for (const [kind, share] of MIX) {
    const target = Math.floor(budget * share);
    const list = templates(kind);
    let made = 0;
    while (made < target && list.length > 0) {
      const n = ++serial;
      const template = pick(list);
      const where = place();
      const clone = cloneDoc(template, n, where);
      clones.push(clone);
      made++;
      const english = translationOfSeed.get(template._id);
      if (english && made < target && PER_LANGUAGE.has(kind)) {
        const en = cloneDoc(english, n, where);
        en.translationOf = { _type: 'reference', _ref: clone._id };
        clones.push(en);
        made++;
      }
    }
  }
  // Rounding leaves a few documents over; impact reports take them (they have no pages).
  const impactTemplates = templates('impactReport');
  while (out.length + clones.length < size) clones.push(cloneDoc(pick(impactTemplates), ++serial, place()));
  clones.forEach(addToPool);

  // References point at a random document of the same type (and language) as the seed's target.
  const remap = (value: any, lang: string, self: string): any => {
    if (Array.isArray(value)) {
      const seen = new Set<string>();
      return value
        .map((v) => remap(v, lang, self))
        .filter((v) => {
          if (v?._type !== 'reference') return true;
          if (seen.has(v._ref) || v._ref === self) return false;
          seen.add(v._ref);
          return true;
        });
    }
    if (!value || typeof value !== 'object') return value;
    if (value._type === 'reference' && typeof value._ref === 'string') {
      const target = byId.get(value._ref);
      if (!target) return value;
      const ids = pool.get(poolKey(target._type, target.language ?? lang)) ?? [value._ref];
      return { ...value, _ref: pick(ids) };
    }
    const copy: Record<string, any> = {};
    for (const [k, v] of Object.entries(value)) copy[k] = k === 'translationOf' ? v : remap(v, lang, self);
    return copy;
  };

  function cloneDoc(template: Doc, n: number, where: string): Doc {
    const d = structuredClone(template);
    const lang: string = d.language ?? 'nl';
    d._id = `${template._id}-b${n}`;
    d._rev = `bench${n}`;
    if (d.slug?.current) d.slug = { _type: 'slug', current: `${d.slug.current}-${n}` };
    const shiftDays = -int(0, 700);
    const created = new Date(nowMs + shiftDays * DAY).toISOString();
    d._createdAt = created;
    d._updatedAt = created;
    switch (d._type) {
      case 'guide':
        d.title = suffixTitle(d.title, lang === 'en' ? ` in ${where}` : ` in ${where}`, 10, 90);
        d.body = [...(d.body ?? []), ...extraParagraphs(lang, n, where)];
        d.publishedAt = dateOf(nowMs + shiftDays * DAY);
        d.lastChecked = dateOf(nowMs + Math.min(0, shiftDays + int(0, 200)) * DAY);
        d.checkAgainBy = dateOf(Date.parse(d.lastChecked) + int(60, 365) * DAY);
        break;
      case 'story': {
        const name = person();
        d.entrepreneur = name;
        d.company = company();
        d.title = suffixTitle(`${d.company}: ${lowerFirst(d.title)}`, '', 10, 90);
        d.body = [...(d.body ?? []), ...extraParagraphs(lang, n, where, `${name} (${d.company})`)];
        d.publishedAt = dateOf(nowMs + shiftDays * DAY);
        break;
      }
      case 'event': {
        const length = Date.parse(d.end) - Date.parse(d.start);
        const startDay = int(-400, 240);
        const start = Math.floor((nowMs + startDay * DAY) / DAY) * DAY + (Date.parse(d.start) % DAY);
        d.start = new Date(start).toISOString();
        d.end = new Date(start + length).toISOString();
        d.title = {
          ...d.title,
          nl: suffixTitle(d.title.nl, ` (${where})`, 5, 90),
          ...(d.title.en ? { en: suffixTitle(d.title.en, ` (${where})`, 5, 90) } : {}),
        };
        d.cancelled = rand() < 0.04;
        if (!d.cancelled) delete d.cancellationNote;
        break;
      }
      case 'scheme':
        d.title = {
          ...d.title,
          nl: suffixTitle(d.title.nl, ` ${where}`, 5, 90),
          ...(d.title.en ? { en: suffixTitle(d.title.en, ` ${where}`, 5, 90) } : {}),
        };
        if (!d.ongoing) d.deadline = dateOf(nowMs + int(-120, 400) * DAY);
        // A clone keeps its model's opening date; it must still open before its new deadline.
        if (d.opensAt && d.deadline && d.opensAt > d.deadline) d.opensAt = dateOf(Date.parse(d.deadline) - int(14, 90) * DAY);
        d.maxAmountEuro = d.maxAmountEuro === undefined ? undefined : int(5, 200) * 500;
        if (d.maxAmountEuro === undefined) delete d.maxAmountEuro;
        break;
      case 'partner':
        d.name = `${company()} ${where}`;
        break;
      case 'impactReport': {
        const year = 2018 + int(0, 8);
        const quarter = int(0, 4);
        if (quarter === 0) [d.periodStart, d.periodEnd] = [`${year}-01-01`, `${year}-12-31`];
        else [d.periodStart, d.periodEnd] = [`${year}-${pad(quarter * 3 - 2)}-01`, dateOf(Date.UTC(year, quarter * 3, 0))];
        d.figures = d.figures.map((f: Block) => ({ ...f, inspired: int(0, 80), informed: int(0, 40), activated: int(0, 15) }));
        break;
      }
      case 'campaign': {
        const from = nowMs + int(-90, 30) * DAY;
        d.publishFrom = new Date(from).toISOString();
        d.publishUntil = new Date(from + int(20, 160) * DAY).toISOString();
        d.title = suffixTitle(d.title, ` in ${where}`, 10, 90);
        break;
      }
    }
    return d;
  }

  function extraParagraphs(lang: string, n: number, where: string, who?: string): Block[] {
    const count = int(1, 4);
    const blocks: Block[] = [];
    for (let i = 0; i < count; i++) {
      const b = structuredClone(pick(paragraphs[lang]));
      b._key = `x${n}p${i}`;
      b.children = b.children.map((c: Block, j: number) => ({ ...c, _key: `${b._key}s${j}` }));
      blocks.push(b);
    }
    const text =
      lang === 'en'
        ? `In ${where}, ${who ?? 'local entrepreneurs'} put this into practice with help from the network.`
        : `In ${where} bracht ${who ?? 'een groep ondernemers'} dit in de praktijk, met hulp van het netwerk.`;
    blocks.push({
      _type: 'block',
      _key: `x${n}w`,
      style: 'normal',
      markDefs: [],
      children: [{ _type: 'span', _key: `x${n}ws0`, text, marks: [] }],
    });
    return blocks;
  }

  const all = [...out, ...clones.map((c) => remap(c, c.language ?? 'nl', c._id) as Doc)];
  return all.sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
}

/** Appends a suffix while keeping the title within [min, max] characters (cut at a word). */
function suffixTitle(title: string, suffix: string, min: number, max: number): string {
  let base = title;
  while (base.length + suffix.length > max) {
    const cut = base.lastIndexOf(' ', max - suffix.length);
    base = cut > 0 ? base.slice(0, cut) : base.slice(0, max - suffix.length);
    base = base.replace(/[\s:,;–-]+$/, '');
  }
  const out = base + suffix;
  return out.length >= min ? out : title.slice(0, max);
}

function dateOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
function pad(n: number): string {
  return String(n).padStart(2, '0');
}
function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const size = Number(process.argv[2]);
  if (!Number.isInteger(size) || size < 1) {
    console.error('Usage: node bench/generate.ts <size> [outDir]  (size: number of documents, e.g. 10000)');
    process.exit(2);
  }
  const outDir = path.resolve(process.argv[3] ?? path.join(tmpdir(), 'mkb-bench', `data-${size}`));
  const result = await generateDataset({ size, outDir });
  console.log(
    `${result.size} documents -> ${result.file} (${Object.entries(result.counts)
      .map(([t, n]) => `${n} ${t}`)
      .join(', ')}); SITE_NOW=${result.siteNow}`,
  );
}

// Helpers for writing the sample dataset by hand: Portable Text from short markup, references,
// and dates relative to the seed's anchor day, so the demo can be regenerated and never rots. The
// document types are the Studio schema's own (typegen's), so a source that writes a field the schema
// does not have, or a value it does not allow, fails `npm run check`.
import { TZDate } from '@date-fns/tz';
import type * as Studio from '@mkb010/content/sanity.types';
import type { COMPANY_SIZES, District, Goal, Sector, Theme } from '@mkb010/model';

const ZONE = 'Europe/Amsterdam';

/** An image in Sanity's export form: a file beside data.ndjson instead of an uploaded asset. */
export interface SeedImage {
  _type: 'image';
  _key?: string;
  _sanityAsset: string;
  alt: string;
  caption?: string;
}

/** A Studio type with every image in export form. */
type Seeded<T> = T extends { _type: 'image' }
  ? SeedImage
  : T extends (infer U)[]
    ? Seeded<U>[]
    : T extends object
      ? { [K in keyof T]: Seeded<T[K]> }
      : T;

/**
 * The value lists the model defines and the generated types only know as strings (the Studio takes
 * their options from the model at run time), so a seed theme or sector outside the list fails too.
 */
interface Lists {
  themes: Theme[];
  goals: Goal[];
  sectors: Sector[];
  districts: District[];
  companySizes: (typeof COMPANY_SIZES.values)[number][];
}
type WithLists<T> = { [K in keyof T]: K extends keyof Lists ? Lists[K] : T[K] };

/** A document as a seed source writes it: the Studio's type, without the fields build.ts adds. */
type SeedDoc<T> = WithLists<Seeded<Omit<T, '_createdAt' | '_updatedAt' | '_rev'>>>;

export type Partner = SeedDoc<Studio.Partner>;
export type Guide = SeedDoc<Studio.Guide>;
export type Story = SeedDoc<Studio.Story>;
export type Event = SeedDoc<Studio.Event>;
export type Scheme = SeedDoc<Studio.Scheme>;
export type Campaign = SeedDoc<Studio.Campaign>;
export type Page = SeedDoc<Studio.Page>;
export type ImpactReport = SeedDoc<Studio.ImpactReport>;
export type SiteSettings = SeedDoc<Studio.SiteSettings>;
export type LocaleString = Studio.LocaleString;
export type LocaleText = Studio.LocaleText;
export type LocaleBlockContent = Seeded<Studio.LocaleBlockContent>;
/** Any document a seed source may return. */
export type SeedDocument = Partner | Guide | Story | Event | Scheme | Campaign | Page | ImpactReport | SiteSettings;

/** Portable Text as the seed writes it. */
export type BlockContent = Seeded<Studio.BlockContent>;
type Block = Extract<BlockContent[number], { _type: 'block' }>;
type MarkDef = NonNullable<Block['markDefs']>[number];
type Span = NonNullable<Block['children']>[number];
type CalloutBlock = Extract<BlockContent[number], { _type: 'callout' }>;

/** A reference, as every reference field of the schema takes it. */
export interface Reference {
  _type: 'reference';
  _ref: string;
  _key?: string;
}

/** A line of `pt()`: markup text, a callout or an image. */
export type PtLine =
  | string
  | { callout: NonNullable<CalloutBlock['tone']>; title?: string; text: string }
  | { image: string; alt: string; caption?: string };

/** The helpers one seed module gets, bound to an anchor day. */
export type SeedContext = ReturnType<typeof seedContext>;

/** Returns the anchor day (YYYY-MM-DD): SEED_ANCHOR, or today in Amsterdam. */
export function anchorDay(env: Record<string, string | undefined> = process.env): string {
  if (env.SEED_ANCHOR) return env.SEED_ANCHOR;
  const now = new TZDate(Date.now(), ZONE);
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Returns the helpers one seed module gets, bound to an anchor day. */
export function seedContext(anchor = anchorDay()) {
  const [y, m, d] = anchor.split('-').map(Number) as [number, number, number];
  const dayAt = (offsetDays: number, time = '00:00') => {
    const [hh, mm] = time.split(':').map(Number) as [number, number];
    return new TZDate(y, m - 1, d + offsetDays, hh, mm, 0, ZONE);
  };
  return {
    anchor,
    /** ISO datetime (UTC) for local Amsterdam time `time` on anchor + offsetDays. */
    at: (offsetDays: number, time = '09:00') => new Date(dayAt(offsetDays, time).getTime()).toISOString(),
    /** Date (YYYY-MM-DD) of anchor + offsetDays. */
    date: (offsetDays: number) => {
      const t = dayAt(offsetDays);
      return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`;
    },
    ref,
    refs,
    pt,
    slug: (current: string) => ({ _type: 'slug' as const, current }),
    image,
    steps,
  };
}

/** A reference; with a key when it sits in an array. */
function ref(id: string): Reference;
function ref(id: string, key: string): Reference & { _key: string };
function ref(id: string, key?: string): Reference {
  return key ? { _type: 'reference', _ref: id, _key: key } : { _type: 'reference', _ref: id };
}

/** Ordered guide steps from [title, text] pairs, keyed s1, s2, … */
function steps(list: [title: string, text: string][]) {
  return list.map(([title, text], i) => ({ _type: 'step' as const, _key: `s${i + 1}`, title, text }));
}

/** An array of keyed references. */
function refs(ids: string[]) {
  return ids.map((id, i) => ref(id, `r${i}`));
}

/** An image field in Sanity's export form, pointing at a file in studio/seed/images/. */
function image(file: string, alt: string, caption?: string): SeedImage {
  const img: SeedImage = { _type: 'image', _sanityAsset: `image@file://./images/${file}`, alt };
  if (caption) img.caption = caption;
  return img;
}

/**
 * Portable Text from an array of lines:
 *   '## Heading' / '### Heading' / '> quote' / '- bullet' / '1. numbered' / plain paragraph,
 *   inline **bold**, *italic*, [text](https://…), [text](mailto:…), [text](ref:guide-id),
 *   and objects {callout: 'tip'|'info'|'warning', title?, text} (text with the same inline markup;
 *   a blank line starts a new paragraph) or {image: file, alt, caption?}.
 */
function pt(lines: PtLine[]): BlockContent {
  return lines.map((line, i): BlockContent[number] => {
    const key = `b${i}`;
    if (typeof line === 'object') {
      if ('callout' in line) {
        // The callout's text is Portable Text too, so its links are real links.
        const c: CalloutBlock = { _type: 'callout', _key: key, tone: line.callout, body: calloutBody(line.text, key) };
        if (line.title) c.title = line.title;
        return c;
      }
      if ('image' in line) return { ...image(line.image, line.alt, line.caption), _key: key };
      throw new Error(`pt(): unknown block ${JSON.stringify(line)}`);
    }
    let style: Block['style'] = 'normal';
    let listItem: Block['listItem'];
    let text = line;
    if (line.startsWith('### ')) [style, text] = ['h3', line.slice(4)];
    else if (line.startsWith('## ')) [style, text] = ['h2', line.slice(3)];
    else if (line.startsWith('> ')) [style, text] = ['blockquote', line.slice(2)];
    else if (line.startsWith('- ')) [listItem, text] = ['bullet', line.slice(2)];
    else if (/^\d+\. /.test(line)) [listItem, text] = ['number', line.replace(/^\d+\. /, '')];
    const { children, markDefs } = spans(text, key);
    const block: Block = { _type: 'block', _key: key, style, markDefs, children };
    if (listItem) Object.assign(block, { listItem, level: 1 });
    return block;
  });
}

/** A callout's body: one normal block per paragraph of `text`. */
function calloutBody(text: string, key: string): NonNullable<CalloutBlock['body']> {
  return text.split(/\n\s*\n/).map((para, i) => {
    const blockKey = `${key}c${i}`;
    return { _type: 'block' as const, _key: blockKey, style: 'normal' as const, ...spans(para.trim(), blockKey) };
  });
}

const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|\[(.+?)\]\((.+?)\)/g;

function spans(text: string, key: string): { children: Span[]; markDefs: MarkDef[] } {
  const children: Span[] = [];
  const markDefs: MarkDef[] = [];
  let last = 0;
  let n = 0;
  const push = (t: string | undefined, marks: string[] = []) => {
    if (t) children.push({ _type: 'span', _key: `${key}s${n++}`, text: t, marks });
  };
  for (const m of text.matchAll(INLINE)) {
    push(text.slice(last, m.index));
    if (m[1]) push(m[1], ['strong']);
    else if (m[2]) push(m[2], ['em']);
    else {
      const defKey = `${key}m${markDefs.length}`;
      const target = m[4]!;
      markDefs.push(
        target.startsWith('ref:')
          ? { _type: 'internalLink', _key: defKey, reference: ref(target.slice(4)) as MarkDefReference }
          : { _type: 'link', _key: defKey, href: target },
      );
      push(m[3], [defKey]);
    }
    last = m.index + m[0].length;
  }
  push(text.slice(last));
  if (children.length === 0) push(' ');
  return { children, markDefs };
}

/** Whatever kind of document an internal link names; the seed build checks that it exists. */
type MarkDefReference = NonNullable<Extract<MarkDef, { _type: 'internalLink' }>['reference']>;

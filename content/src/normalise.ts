// Turns raw query results into the shape pages get: nulls dropped (the Content Lake omits them,
// groq-js keeps them), resolved references unwrapped, dangling ones removed and noted, images
// normalised to {alt, caption, width, height, file | url}. Internal links are resolved later
// (judge.ts), against the documents that made it onto the site.
import type { RawDocument } from './queries.ts';
import type { ImageContext } from './source-types.ts';

/** A problem found while normalising one document (`text`: cleaned, a warning only). */
export interface NormaliseIssue {
  kind: 'dangling' | 'image' | 'text';
  path: string;
  message: string;
  ref?: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

const REMOVE = Symbol('remove');

/**
 * Characters no page, feed or calendar may carry: C0 controls except tab and newline, DEL,
 * U+FFFE/U+FFFF, and surrogates without their pair. XML parsers reject them, and they do nothing
 * for a reader.
 */
const UNSAFE_CHARS =
  /[\u0000-\u0008\u000B-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Invisible characters that change what a reader sees or what a search finds: bidi embeddings,
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069; U+202E shows a title backwards, in HTML,
 * feeds and calendars alike), zero-width space, non-joiner and word joiner, a byte order mark inside
 * text, and a zero-width joiner outside an emoji sequence. The site's pages set direction with
 * `lang`/`dir`, and Dutch and English need no joiners; a joiner between two emoji (woman, ZWJ, laptop) is kept.
 */
const INVISIBLE_FORMAT =
  /[\u202A-\u202E\u2066-\u2069\u200B\u200C\u2060\uFEFF]|\u200D(?!\p{Extended_Pictographic})|(?<!\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F)\u200D/gu;

/**
 * Returns `text` without unsafe characters and invisible format characters, with how many of each
 * were removed and which format characters they were (as U+XXXX).
 */
export function cleanText(text: string): { text: string; removed: number; invisible: string[] } {
  let removed = 0;
  const invisible: string[] = [];
  const cleaned = text
    .replace(UNSAFE_CHARS, () => {
      removed++;
      return '';
    })
    .replace(INVISIBLE_FORMAT, (c) => {
      invisible.push(`U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`);
      return '';
    });
  return { text: cleaned, removed, invisible };
}

/** Normalises one projected document in place of a copy; returns it with the issues found. */
export function normaliseDocument(doc: RawDocument, images: ImageContext): { doc: Obj; issues: NormaliseIssue[] } {
  const issues: NormaliseIssue[] = [];
  // Inside a resolved reference the text is the other document's, which reports it itself.
  let inReference = 0;
  // The walk is generic over JSON: it reshapes whatever the query returned, field names aside.
  const out = walk(doc as unknown as Obj, '', true) as Obj;
  return { doc: out, issues };

  function clean(value: string, at: string): string {
    const { text, removed, invisible } = cleanText(value);
    if (inReference > 0) return text;
    if (removed > 0) issues.push({ kind: 'text', path: at, message: `${removed} invisible control character(s) removed` });
    if (invisible.length > 0) {
      const which = [...new Set(invisible)].join(', ');
      issues.push({
        kind: 'text',
        path: at,
        message: `${invisible.length} invisible direction or zero-width character(s) removed (${which}); they can show text backwards or hide words from search. The site shows the text without them: remove them in the Studio too`,
      });
    }
    return text;
  }

  function walk(value: Json, at: string, root = false): Json | typeof REMOVE {
    if (value === null) return REMOVE;
    if (Array.isArray(value)) {
      const items: Json[] = [];
      value.forEach((item, i) => {
        const v = walk(item, `${at}[${i}]`);
        if (v !== REMOVE) items.push(v);
      });
      return items;
    }
    if (typeof value === 'string') return clean(value, at);
    if (typeof value !== 'object') return value;
    if (!root && value._type === 'deref') {
      const target = value.doc;
      if (target && typeof target === 'object' && !Array.isArray(target)) {
        inReference++;
        try {
          return walk(target, at);
        } finally {
          inReference--;
        }
      }
      issues.push({ kind: 'dangling', path: at, ref: String(value._ref), message: `refers to "${value._ref}", which does not exist` });
      return REMOVE;
    }
    if (isImage(value)) return normaliseImage(value, at);
    const out: Obj = {};
    for (const [key, v] of Object.entries(value)) {
      const w = walk(v, at ? `${at}.${key}` : key);
      if (w !== REMOVE) out[key] = w;
    }
    return out;
  }

  function normaliseImage(value: Obj, at: string): Json {
    const out: Obj = {};
    for (const key of ['_type', '_key', 'alt', 'caption'] as const) {
      const v = value[key];
      if (typeof v === 'string') out[key] = clean(v, `${at}.${key}`);
    }
    out._type = 'image';
    const exported = typeof value._sanityAsset === 'string' ? value._sanityAsset : undefined;
    const ref = (value.asset as Obj | undefined)?._ref;
    const name = exported ? exported.replace(/^image@file:\/\//, '') : typeof ref === 'string' ? ref : '';
    const size = /-(\d+)x(\d+)(?:[.-][a-z0-9]+)?$/i.exec(name);
    if (size) {
      out.width = Number(size[1]);
      out.height = Number(size[2]);
    }
    if (exported) {
      const local = images.localImage?.(name);
      if (!local) {
        issues.push({ kind: 'image', path: at, message: `image "${exported}" points at a file, but the source is not a dataset file` });
      } else if (local.kind === 'outside') {
        issues.push({ kind: 'image', path: at, message: `image "${exported}" points outside the dataset's images/ folder` });
      } else if (local.kind === 'found') {
        out.file = local.file;
        // A file's own size wins over the one its name claims.
        if (local.width && local.height) {
          out.width = local.width;
          out.height = local.height;
        }
      } else if (local.kind === 'unusable') {
        issues.push({ kind: 'image', path: at, message: `image file ${name} ${local.reason}` });
      } else {
        issues.push({ kind: 'image', path: at, message: `image file ${name} is missing beside the dataset (looked for ${local.file})` });
      }
    } else if (typeof ref === 'string') {
      out.assetRef = ref;
      const m = /^image-([a-f0-9]+-\d+x\d+)-([a-z0-9]+)$/i.exec(ref);
      if (m && images.projectId && images.dataset) {
        out.url = `https://cdn.sanity.io/images/${images.projectId}/${images.dataset}/${m[1]}.${m[2]}`;
      } else if (!images.projectId) {
        issues.push({
          kind: 'image',
          path: at,
          message: `image asset "${ref}" is only in the Content Lake; export the dataset with its assets (sanity dataset export) to build from a file`,
        });
      } else {
        issues.push({ kind: 'image', path: at, message: `image asset reference "${ref}" is not of the form image-<id>-<w>x<h>-<ext>` });
      }
    } else {
      issues.push({ kind: 'image', path: at, message: 'image has no asset' });
    }
    if (out.width === undefined && (exported || typeof ref === 'string')) {
      issues.push({ kind: 'image', path: at, message: `image "${name}" has no <width>x<height> in its asset name` });
    }
    return out;
  }
}

function isImage(value: Obj): boolean {
  if (typeof value._sanityAsset === 'string' && value._sanityAsset.startsWith('image@')) return true;
  if (value._type !== 'image') return false;
  return true;
}

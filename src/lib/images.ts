// Responsive image sources: Sanity's image CDN for Content Lake images, and resized copies written
// into the build (under /media/) for images that come with a dataset file.
import { createImageUrlBuilder } from '@sanity/image-url';
import path from 'node:path';

/** An image as the content pipeline projects it. */
export interface SiteImage {
  alt?: string | null;
  caption?: string | null;
  width?: number | null;
  height?: number | null;
  /** Sanity CDN URL (Content Lake). */
  url?: string | null;
  /** Absolute path of the image file beside a dataset file. */
  file?: string | null;
}

export interface ImageSources {
  src: string;
  srcset: string;
  width: number;
  height: number;
}

const WIDTHS = [480, 800, 1200, 1600];
const MEDIA_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.webp', '.gif']);

/** Widths worth offering for an image `natural` pixels wide (never upscaled). */
export function variantWidths(natural: number, max = 1600): number[] {
  const cap = Math.min(natural, max);
  const widths = WIDTHS.filter((w) => w < cap);
  return [...widths, cap];
}

/** Site path of a resized copy of a dataset image file. */
export function mediaPath(file: string, width: number): string {
  const base = path.basename(file, path.extname(file)).replace(/[^a-zA-Z0-9_-]/g, '-');
  return `/media/${base}-${width}w.webp`;
}

/** True when a dataset image file can be resized into the build. */
export function isMediaFile(file: string): boolean {
  return MEDIA_EXTENSIONS.has(path.extname(file).toLowerCase());
}

// cdn.sanity.io/images/<projectId>/<dataset>/<id>-<w>x<h>.<ext>
const CDN_PATH = /^\/images\/([a-z0-9-]+)\/([a-zA-Z0-9_-]+)\//;

function cdnBuilder(url: string) {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const match = parsed.protocol === 'https:' ? CDN_PATH.exec(parsed.pathname) : null;
  if (!match) return null;
  return createImageUrlBuilder({ projectId: match[1]!, dataset: match[2]!, baseUrl: parsed.origin }).image(url);
}

/** src, srcset and intrinsic size of an image, at most `maxWidth` wide; null when it cannot be shown. */
export function imageSources(image: SiteImage | null | undefined, maxWidth = 1600): ImageSources | null {
  if (!image || !image.width || !image.height) return null;
  const widths = variantWidths(image.width, maxWidth);
  const largest = widths[widths.length - 1]!;
  const height = Math.round((image.height * largest) / image.width);
  if (image.url) {
    const builder = cdnBuilder(image.url);
    if (!builder) return null;
    const at = (w: number) => builder.width(w).auto('format').url();
    return { src: at(largest), srcset: widths.map((w) => `${at(w)} ${w}w`).join(', '), width: largest, height };
  }
  if (image.file && isMediaFile(image.file)) {
    const file = image.file;
    return {
      src: mediaPath(file, largest),
      srcset: widths.map((w) => `${mediaPath(file, w)} ${w}w`).join(', '),
      width: largest,
      height,
    };
  }
  return null;
}

/** Collects every dataset image file found anywhere in `value` (documents, sections, rich text). */
export function collectImageFiles(value: unknown, into: Map<string, number> = new Map()): Map<string, number> {
  const stack: unknown[] = [value];
  while (stack.length) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
      continue;
    }
    const record = node as Record<string, unknown>;
    if (typeof record.file === 'string' && typeof record.width === 'number' && isMediaFile(record.file)) {
      into.set(record.file, record.width);
    }
    for (const v of Object.values(record)) if (v && typeof v === 'object') stack.push(v);
  }
  return into;
}

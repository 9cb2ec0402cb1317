// Responsive image sources: Sanity's image CDN for Content Lake images, and resized copies written
// into the build (under /media/) for images that come with a dataset file.
import { ROOT_FOLDERS } from '@mkb010/model';
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

/**
 * The route of the resized copies, `/media/{name}.webp`. The extension is part of the pattern, not
 * of the name: a server (the live preview) then answers the file's address as is, without the
 * trailing slash its page addresses have.
 */
export const MEDIA_ROUTE = `${ROOT_FOLDERS.media}[variant].webp`;

/** The name of a resized copy of an image (a dataset file path or a Sanity CDN URL), without its extension. */
export function mediaName(source: string, width: number): string {
  const name = isCdnUrl(source) ? new URL(source).pathname : source;
  const base = path.basename(name, path.extname(name)).replace(/[^a-zA-Z0-9_-]/g, '-');
  return `${base}-${width}w`;
}

/** Site path of a resized copy of an image (a dataset file path or a Sanity CDN URL). */
export function mediaPath(source: string, width: number): string {
  return MEDIA_ROUTE.replace('[variant]', mediaName(source, width));
}

function isCdnUrl(source: string): boolean {
  return source.startsWith('https://');
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
  if (!image?.width || !image.height) return null;
  const widths = variantWidths(image.width, maxWidth);
  const largest = widths[widths.length - 1]!;
  const height = Math.round((image.height * largest) / image.width);
  // Content Lake images are downloaded at build time and served from the site itself, like dataset
  // files: public pages load nothing from another origin (no requests to Sanity's CDN).
  const source = image.url ? (cdnBuilder(image.url) ? image.url : null) : image.file && isMediaFile(image.file) ? image.file : null;
  if (source) {
    const file = source;
    return {
      src: mediaPath(file, largest),
      srcset: widths.map((w) => `${mediaPath(file, w)} ${w}w`).join(', '),
      width: largest,
      height,
    };
  }
  return null;
}

/** Collects every image source (dataset file or CDN URL, with its natural width) in `value` (documents, sections, rich text). */
export function collectImageSources(value: unknown, into: Map<string, number> = new Map()): Map<string, number> {
  const stack: unknown[] = [value];
  while (stack.length) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
      continue;
    }
    const record = node as Record<string, unknown>;
    if (typeof record.width === 'number') {
      if (typeof record.url === 'string' && cdnBuilder(record.url)) into.set(record.url, record.width);
      else if (typeof record.file === 'string' && isMediaFile(record.file)) into.set(record.file, record.width);
    }
    for (const v of Object.values(record)) if (v && typeof v === 'object') stack.push(v);
  }
  return into;
}

/**
 * The URL the build downloads a Content Lake image from: Sanity's image pipeline (through
 * @sanity/image-url) at `width`, or the same path on SANITY_IMAGE_HOST (a proxy or a test server).
 */
export function cdnDownloadUrl(url: string, width: number, env: NodeJS.ProcessEnv = process.env): string {
  const builder = cdnBuilder(url);
  if (!builder) throw new Error(`${url} is not a Sanity CDN image URL`);
  const built = new URL(builder.width(width).format('webp').url());
  const host = env.SANITY_IMAGE_HOST?.trim();
  if (!host) return built.href;
  const base = new URL(host);
  built.protocol = base.protocol;
  built.host = base.host;
  return built.href;
}

// The resized WebP copies behind /media/: one download per Content Lake image, one sharp resize per
// width. A build starts every resize as soon as the list is known, so libvips works on the other
// core while pages render instead of the build waiting for ~120 resizes one after another.
import pLimit from 'p-limit';
import sharp from 'sharp';
import { cdnDownloadUrl, variantWidths } from './images.ts';

// Bounds, so a Content Lake with thousands of images neither opens thousands of CDN requests at once
// nor holds every resized file in memory before Astro writes it: a few resizes at a time (libvips
// uses libuv's four threads), and only the first ones prepared ahead; the rest start when written.
const AHEAD = 256;

/** One resized copy: the source (dataset file path or CDN URL), its width and the source's natural width. */
export type Variant = {
  source: string;
  width: number;
  natural: number;
};

const limited = pLimit(4);

const downloads = new Map<string, Promise<Buffer>>();
const started = new Map<string, Promise<Buffer>>();

const keyOf = ({ source, width }: Variant) => `${width}|${source}`;

async function download(url: string, natural: number): Promise<Buffer> {
  const from = cdnDownloadUrl(url, Math.min(natural, Math.max(...variantWidths(natural))));
  let lastError = '';
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      const res = await fetch(from);
      if (res.ok) return Buffer.from(await res.arrayBuffer());
      lastError = `HTTP ${res.status}`;
      if (res.status < 500 && res.status !== 429) break;
    } catch (err) {
      lastError = err instanceof Error ? err.message : String(err);
    }
    await new Promise((r) => setTimeout(r, 250 * 2 ** attempt));
  }
  throw new Error(
    `Could not download image ${url} from ${new URL(from).origin} (${lastError}). Check the network or SANITY_IMAGE_HOST, then build again.`,
  );
}

async function resize({ source, width, natural }: Variant): Promise<Buffer> {
  let input: string | Buffer = source;
  if (source.startsWith('https://')) {
    let pending = downloads.get(source);
    if (!pending) {
      pending = download(source, natural);
      downloads.set(source, pending);
    }
    input = await pending;
  }
  try {
    return await sharp(input).resize({ width, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer();
  } catch (err) {
    throw new Error(
      `Could not resize image ${source} to ${width}px: ${err instanceof Error ? err.message : err}. Check that the image exists and is a valid image file.`,
    );
  }
}

function start(variant: Variant): Promise<Buffer> {
  const key = keyOf(variant);
  let pending = started.get(key);
  if (!pending) {
    pending = limited(() => resize(variant));
    // A failure is reported by variantWebp when that file is written, not as an unhandled rejection.
    pending.catch(() => {});
    started.set(key, pending);
  }
  return pending;
}

/** Starts resizing the first variants now (at most AHEAD); variantWebp picks the results up. */
export function prepareVariants(variants: Iterable<Variant>): void {
  let n = 0;
  for (const v of variants) {
    if (n++ >= AHEAD) break;
    start(v);
  }
}

/** The WebP bytes of one variant (started earlier or now); each is handed out once, then released. */
export async function variantWebp(variant: Variant): Promise<Buffer> {
  const pending = start(variant);
  try {
    return await pending;
  } finally {
    started.delete(keyOf(variant));
  }
}

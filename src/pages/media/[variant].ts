// Resized WebP copies of every image the site shows, written into the build: files that come with a
// dataset, and Content Lake images downloaded once per build from Sanity's image pipeline. The site
// serves its own pictures and its pages load nothing from another origin.
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { cdnDownloadUrl, collectImageSources, mediaPath, variantWidths } from '../../lib/images.ts';
import { siteData } from '../../lib/site-data.ts';

export const getStaticPaths = (async () => {
  const d = await siteData();
  const sources = collectImageSources([d.partners, d.guides, d.stories, d.events, d.schemes, d.campaigns, d.pages]);
  const paths: { params: { variant: string }; props: { source: string; width: number; natural: number } }[] = [];
  for (const [source, natural] of sources) {
    for (const width of variantWidths(natural)) {
      paths.push({ params: { variant: mediaPath(source, width).slice('/media/'.length) }, props: { source, width, natural } });
    }
  }
  return paths;
}) satisfies GetStaticPaths;

// One download per Content Lake image, shared by all its widths.
const downloads = new Map<string, Promise<Buffer>>();

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
  throw new Error(`Could not download image ${url} from ${new URL(from).origin} (${lastError}). Check the network or SANITY_IMAGE_HOST, then build again.`);
}

export const GET: APIRoute = async ({ props }) => {
  const { source, width, natural } = props as { source: string; width: number; natural: number };
  let input: string | Buffer = source;
  if (source.startsWith('https://')) {
    let pending = downloads.get(source);
    if (!pending) downloads.set(source, (pending = download(source, natural)));
    input = await pending;
  }
  try {
    const body = await sharp(input).resize({ width, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer();
    return new Response(new Uint8Array(body), { headers: { 'content-type': 'image/webp' } });
  } catch (err) {
    throw new Error(`Could not resize image ${source} to ${width}px: ${err instanceof Error ? err.message : err}. Check that the image exists and is a valid image file.`);
  }
};

// Resized WebP copies of the images that come with a dataset file, written into the build, so a
// site built from a file serves its own pictures and loads nothing from another origin.
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { collectImageFiles, mediaPath, variantWidths } from '../../lib/images.ts';
import { siteData } from '../../lib/site-data.ts';

export const getStaticPaths = (async () => {
  const d = await siteData();
  const files = collectImageFiles([d.partners, d.guides, d.stories, d.events, d.schemes, d.campaigns, d.pages]);
  const paths: { params: { variant: string }; props: { file: string; width: number } }[] = [];
  for (const [file, natural] of files) {
    for (const width of variantWidths(natural)) {
      paths.push({ params: { variant: mediaPath(file, width).slice('/media/'.length) }, props: { file, width } });
    }
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { file, width } = props as { file: string; width: number };
  try {
    const body = await sharp(file).resize({ width, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer();
    return new Response(new Uint8Array(body), { headers: { 'content-type': 'image/webp' } });
  } catch (err) {
    throw new Error(`Could not resize image ${file} to ${width}px: ${err instanceof Error ? err.message : err}. Check that the file exists beside the dataset and is a valid image.`);
  }
};

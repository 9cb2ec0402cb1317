// Resized WebP copies of every image the site shows, written into the build: files that come with a
// dataset, and Content Lake images downloaded once per build from Sanity's image pipeline. The site
// serves its own pictures and its pages load nothing from another origin.
import type { APIRoute, GetStaticPaths } from 'astro';
import { collectImageSources, mediaName, variantWidths } from '../lib/images.ts';
import { prepareVariants, variantWebp, type Variant } from '../lib/image-variants.ts';
import { buildSite } from '../site/site-data.ts';
import { routeProps, type RoutePages } from '../site/route-props.ts';

export const pages = (({ content: d }) => {
  const sources = collectImageSources([d.partners, d.guides, d.stories, d.events, d.schemes, d.campaigns, d.pages]);
  const paths: { params: { variant: string }; props: Variant }[] = [];
  for (const [source, natural] of sources) {
    for (const width of variantWidths(natural)) {
      paths.push({ params: { variant: mediaName(source, width) }, props: { source, width, natural } });
    }
  }
  return paths;
}) satisfies RoutePages;

export const getStaticPaths = (async () => {
  const paths = pages(await buildSite());
  // In a build every path is written, so all resizes start now and overlap with page rendering; the
  // preview server resizes only what a page asks for.
  if (import.meta.env.PROD) prepareVariants(paths.map((p) => p.props));
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const props = await routeProps(context, pages);
  if (!props) return new Response('Not found', { status: 404 });
  const body = await variantWebp(props);
  return new Response(new Uint8Array(body), { headers: { 'content-type': 'image/webp' } });
};

// robots.txt: crawl everything and find the sitemap; a draft preview build disallows everything.
import type { APIRoute } from 'astro';
import { isPreviewBuild, siteUrl } from '../lib/build-env.ts';
import { robotsTxt } from '../lib/feeds.ts';

export const GET: APIRoute = () =>
  new Response(robotsTxt({ preview: isPreviewBuild(), siteUrl: siteUrl() }), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });

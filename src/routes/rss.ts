// The RSS feed of a language: its guides and stories, newest first (/rss.xml, /en/rss.xml).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { routePath } from '@mkb010/model';
import { siteUrl } from '../lib/build-env.ts';
import { feedChannel, feedChannelExtras, feedItems } from '../lib/feeds.ts';
import { routeLang } from './route-lang.ts';

export const GET: APIRoute = ({ routePattern, locals }) => {
  const lang = routeLang(routePattern);
  const { guides, stories } = locals.site.content;
  const origin = siteUrl();
  return rss({
    ...feedChannel(lang),
    site: `${origin}${routePath('home', lang)}`,
    items: feedItems([...guides, ...stories], lang, origin),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: feedChannelExtras(lang, origin),
  });
};

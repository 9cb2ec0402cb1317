// The Dutch RSS feed: Dutch guides and stories, newest first.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteUrl } from '../lib/build-env.ts';
import { feedChannel, feedChannelExtras, feedItems } from '../lib/feeds.ts';
import { siteData } from '../lib/site-data.ts';

export const GET: APIRoute = async () => {
  const { guides, stories } = await siteData();
  const origin = siteUrl();
  return rss({
    ...feedChannel('nl'),
    site: origin,
    items: feedItems([...guides, ...stories], 'nl', origin),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: feedChannelExtras('nl', origin),
  });
};

// The site's content collections; all come from the content source (src/content/), never a client in pages.
import { defineCollection } from 'astro:content';
import { siteLoader } from './content/loader.ts';
import { SCHEMAS } from '@mkb010/content/schemas';

export const collections = {
  partners: defineCollection({ loader: siteLoader('partners'), schema: SCHEMAS.partners }),
  guides: defineCollection({ loader: siteLoader('guides'), schema: SCHEMAS.guides }),
  stories: defineCollection({ loader: siteLoader('stories'), schema: SCHEMAS.stories }),
  events: defineCollection({ loader: siteLoader('events'), schema: SCHEMAS.events }),
  schemes: defineCollection({ loader: siteLoader('schemes'), schema: SCHEMAS.schemes }),
  campaigns: defineCollection({ loader: siteLoader('campaigns'), schema: SCHEMAS.campaigns }),
  pages: defineCollection({ loader: siteLoader('pages'), schema: SCHEMAS.pages }),
  impactReports: defineCollection({ loader: siteLoader('impactReports'), schema: SCHEMAS.impactReports }),
  settings: defineCollection({ loader: siteLoader('settings'), schema: SCHEMAS.settings }),
};

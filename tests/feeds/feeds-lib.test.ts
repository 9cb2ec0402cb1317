// RSS item choice and order, robots.txt, and how the sitemap reads a built page's head.
import { describe, expect, it } from 'vitest';
import { feedItems, robotsTxt, type FeedDoc } from '../../src/lib/feeds.ts';
import { readPageHead } from '../../src/integrations/sitemap.ts';

const SITE = 'https://www.mkb010next.nl';

const doc = (d: Partial<FeedDoc> & Pick<FeedDoc, '_id' | '_type' | 'slug' | 'language'>): FeedDoc => ({
  title: `Title of ${d._id}`,
  summary: `Summary of ${d._id}`,
  ...d,
});

describe('RSS items', () => {
  const docs = [
    doc({ _id: 'guide-a', _type: 'guide', slug: 'a', language: 'nl', publishedAt: '2026-01-10' }),
    doc({ _id: 'story-b', _type: 'story', slug: 'b', language: 'nl', publishedAt: '2026-02-01' }),
    doc({ _id: 'guide-c-en', _type: 'guide', slug: 'c', language: 'en', publishedAt: '2026-03-01' }),
    doc({ _id: 'guide-d', _type: 'guide', slug: 'd', language: 'nl', lastChecked: '2025-12-01' }),
  ];

  it('holds the guides and stories of one language, newest first, with absolute links', () => {
    const items = feedItems(docs, 'nl', SITE);
    expect(items.map((i) => i.link)).toEqual([`${SITE}/verhalen/b/`, `${SITE}/gidsen/a/`, `${SITE}/gidsen/d/`]);
    expect(items[0].title).toBe('Title of story-b');
    expect(items[0].description).toBe('Summary of story-b');
    // Midnight of the publication day in Amsterdam (CET, UTC+1).
    expect(items[0].pubDate?.toISOString()).toBe('2026-01-31T23:00:00.000Z');
    expect(feedItems(docs, 'en', SITE).map((i) => i.link)).toEqual([`${SITE}/en/guides/c/`]);
  });
});

describe('robots.txt', () => {
  it('allows crawling and names the sitemap on the canonical origin', () => {
    const text = robotsTxt({ preview: false, siteUrl: 'https://example.org' });
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).not.toMatch(/^Disallow: \/$/m);
    expect(text).toMatch(/^Sitemap: https:\/\/example\.org\/sitemap-index\.xml$/m);
  });

  it('keeps every crawler out of a preview build and names no sitemap', () => {
    const text = robotsTxt({ preview: true, siteUrl: 'https://example.org' });
    expect(text).toMatch(/^Disallow: \/$/m);
    expect(text).not.toContain('Sitemap:');
  });
});

describe('page head for the sitemap', () => {
  it('reads hreflang alternates and ignores other alternate links', () => {
    const head = readPageHead(
      '<html><head><link rel="alternate" type="application/rss+xml" href="https://x/rss.xml">' +
        '<link rel="alternate" hreflang="nl" href="https://x/gidsen/a/"><link rel="alternate" hreflang="en" href="https://x/en/guides/b/?q=1&amp;r=2">' +
        '</head><body><link rel="alternate" hreflang="de" href="https://x/de/"></body></html>',
    );
    expect(head.noindex).toBe(false);
    expect(head.alternates).toEqual([
      { lang: 'nl', url: 'https://x/gidsen/a/' },
      { lang: 'en', url: 'https://x/en/guides/b/?q=1&r=2' },
    ]);
  });

  it('sees a noindex page', () => {
    expect(readPageHead('<head><meta name="robots" content="noindex"></head>').noindex).toBe(true);
  });
});

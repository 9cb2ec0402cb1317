// Content that promises something delivers it, on the built seed site: the emergency number next to
// every text that tells you to call it, a calendar you can subscribe to, a warning on guides whose
// last check is over a year old, and illustrations that are not shown twice on one guide.
import { isCheckedLongAgo } from '@mkb010/model';
import { describe, expect, it } from 'vitest';
import { siteUrl } from '../../src/lib/build-env.ts';
import { seedSite } from '../setup/seed-site.ts';
import { attr, readPage, text, type BuiltPage, type Element } from './html.ts';
import { seedDocs, type RawDoc } from './seed-data.ts';

const site = await seedSite();
const docs = await seedDocs();
const byId = new Map(docs.map((d) => [d._id, d]));

/** The emergency box of a page, if it has one. */
function emergencyBox(page: BuiltPage): Element | undefined {
  return page.all.find((e) => e.tagName === 'aside' && attr(e, 'class')?.includes('emergency-number'));
}

/** Every element below `el`. */
function below(el: Element): Element[] {
  return el.childNodes.filter((c): c is Element => 'tagName' in c).flatMap((c) => [c, ...below(c)]);
}

describe('a partner emergency number', () => {
  const partner = docs.find((d) => d._type === 'partner' && d.emergencyPhone)!;

  it('is seeded for CyberVeilig010', () => {
    expect(partner.name).toBe('CyberVeilig010');
  });

  it('is on the partner page and on every scheme and guide pointing to it, as a phone link, and nowhere else', async () => {
    const pointing = (d: RawDoc) => d.providerPartner?._ref === partner._id || d.partner?._ref === partner._id;
    const pages: [string, boolean][] = [
      [`/partners/${partner.slug.current}/`, true],
      [`/en/partners/${partner.slug.current}/`, true],
      ...docs.filter((d) => d._type === 'scheme').map((d): [string, boolean] => [`/regelingen/${d.slug.current}/`, pointing(d)]),
      ...docs
        .filter((d) => d._type === 'guide')
        .map((d): [string, boolean] => [`${d.language === 'en' ? '/en/guides/' : '/gidsen/'}${d.slug.current}/`, pointing(d)]),
    ];
    expect(pages.filter(([, has]) => has).length).toBeGreaterThan(4);
    for (const [path, has] of pages) {
      const box = emergencyBox(await readPage(site.outDir, path));
      expect(Boolean(box), path).toBe(has);
      if (!box) continue;
      const link = below(box).find((e) => e.tagName === 'a')!;
      expect(text(link), path).toBe(partner.emergencyPhone);
      expect(attr(link, 'href'), path).toBe(`tel:${partner.emergencyPhone.replace(/\s/g, '')}`);
      expect(text(box), path).toContain('CyberVeilig010');
    }
  });
});

describe('the events calendar', () => {
  it('offers a webcal:// subscription next to the download, explained in one sentence', async () => {
    const host = new URL(siteUrl()).host;
    for (const [path, feed, words] of [
      ['/evenementen/', '/evenementen.ics', ['Abonneren', 'Downloaden (.ics)']],
      ['/en/events/', '/en/events.ics', ['Subscribe', 'Download (.ics)']],
      ['/', '/evenementen.ics', ['Abonneren', 'Downloaden (.ics)']],
    ] as const) {
      const page = await readPage(site.outDir, path);
      const links = page.all.filter((e) => e.tagName === 'a');
      const subscribe = links.find((a) => text(a) === words[0]);
      const download = links.find((a) => text(a) === words[1]);
      expect(attr(subscribe!, 'href'), path).toBe(`webcal://${host}${feed}`);
      expect(attr(download!, 'href'), path).toBe(feed);
      const explained = page.all.find((e) => e.tagName === 'p' && text(e).includes(words[0]) && text(e).includes(words[1].split(' ')[0]!));
      expect(explained, `${path} explains both`).toBeTruthy();
      expect(
        text(explained!)
          .split(/[.!?](\s|$)/)
          .filter((s) => s.trim().length > 1),
      ).toHaveLength(1);
    }
  });
});

describe('guides checked more than a year ago', () => {
  it('say when they were checked and to check the conditions with the partner; the others do not', async () => {
    const now = new Date(site.now);
    const guides = docs.filter((d) => d._type === 'guide');
    const old = guides.filter((g) => isCheckedLongAgo({ lastChecked: g.lastChecked }, now));
    expect(old.length).toBeGreaterThan(0);
    expect(guides.length - old.length).toBeGreaterThan(0);
    for (const g of guides) {
      const page = await readPage(site.outDir, `${g.language === 'en' ? '/en/guides/' : '/gidsen/'}${g.slug.current}/`);
      const note = page.all.find((e) => attr(e, 'class')?.includes('guide-check-old'));
      expect(Boolean(note), g._id).toBe(old.includes(g));
      if (!note) continue;
      const partnerName = byId.get(g.partner?._ref)?.name as string;
      expect(text(note)).toMatch(
        g.language === 'en'
          ? /^Last checked on .+ — check the current conditions with /
          : /^Laatst gecontroleerd op .+ — controleer de actuele voorwaarden bij /,
      );
      expect(text(note)).toContain(partnerName);
    }
  });
});

describe('illustrations', () => {
  it('no guide shows the same image as its hero and in its text', async () => {
    for (const g of docs.filter((d) => d._type === 'guide' && d.heroImage)) {
      const page = await readPage(site.outDir, `${g.language === 'en' ? '/en/guides/' : '/gidsen/'}${g.slug.current}/`);
      // The hero's variants and the body's share a file name stem per source image.
      const stems = page.all
        .filter((e) => e.tagName === 'img' && !attr(e, 'src')?.includes('logo'))
        .map((e) => /\/media\/([^/]+?)-\d+w\./.exec(attr(e, 'src') ?? '')?.[1] ?? attr(e, 'src'));
      expect(new Set(stems).size, `${g._id}: ${stems.join(', ')}`).toBe(stems.length);
    }
  });

  it('the webshop-payments webinar is not illustrated with a sewing machine', () => {
    const webinar = docs.find((d) => d._id === 'event-webinar-veilig-betalen-webshop')!;
    expect(webinar.image?.alt ?? '').not.toMatch(/naai|sewing/i);
  });
});

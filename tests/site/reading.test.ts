// What a reader meets on every built page of the seed site: text without Markdown syntax, headings
// that never skip a level, and titles short enough for a search result.
import { beforeAll, describe, expect, it } from 'vitest';
import { seedSite } from '../setup/seed-site.ts';
import { attr, builtPaths, readPage, text, type BuiltPage, type Element } from './html.ts';

const { outDir } = await seedSite();
let pages: BuiltPage[] = [];

beforeAll(async () => {
  pages = await Promise.all((await builtPaths(outDir)).map((p) => readPage(outDir, p)));
});

const NOT_SHOWN = new Set(['script', 'style', 'template', 'head']);
/** Elements whose text starts a new line for the reader. */
const LINE_STARTS = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figcaption',
  'blockquote',
  'aside',
  'div',
  'summary',
]);

/** The text a reader sees or hears: text nodes outside script/style, plus alt and aria-label. */
function shownTexts(root: Element): string[] {
  const out: string[] = [];
  const walk = (el: Element) => {
    if (NOT_SHOWN.has(el.tagName)) return;
    for (const name of ['alt', 'aria-label', 'title']) {
      const value = attr(el, name);
      if (value) out.push(value);
    }
    for (const child of el.childNodes) {
      if (child.nodeName === '#text') out.push((child as { value: string }).value);
      else if ('tagName' in child) walk(child as Element);
    }
  };
  walk(root);
  return out;
}

describe('text on every built page', () => {
  it('the seed site has pages to read', () => {
    expect(pages.length).toBeGreaterThan(200);
  });

  it('shows no Markdown syntax: no "](", "**", "ref:" and no "#" starting a line', () => {
    const found: string[] = [];
    for (const page of pages) {
      const html = page.all.find((e) => e.tagName === 'html')!;
      for (const t of shownTexts(html)) {
        const hit = ['](', '**'].find((s) => t.includes(s)) ?? (/(^|[\s([])ref:/.test(t) ? 'ref:' : undefined);
        if (hit) found.push(`${page.path}: "${hit}" in "${t.trim().slice(0, 80)}"`);
      }
      for (const el of page.all.filter((e) => LINE_STARTS.has(e.tagName))) {
        if (/(^|\n)\s*#/.test(text(el))) found.push(`${page.path}: <${el.tagName}> starts with "#": "${text(el).slice(0, 80)}"`);
      }
    }
    expect(found, found.slice(0, 20).join('\n')).toEqual([]);
  });

  it('callouts with links show them as links, also to other pages of the site', () => {
    const calloutLinks = pages.flatMap((page) =>
      page.all
        .filter((e) => e.tagName === 'aside' && attr(e, 'class')?.includes('callout'))
        .flatMap((aside) => [aside, ...descendants(aside)].filter((e) => e.tagName === 'a').map((a) => attr(a, 'href') ?? '')),
    );
    expect(calloutLinks.some((href) => href.startsWith('https://'))).toBe(true);
    expect(calloutLinks.some((href) => /^\/(en\/)?(gidsen|guides)\/[a-z0-9-]+\/$/.test(href))).toBe(true);
  });

  it('headings start at h1 and never skip a level', () => {
    const skips: string[] = [];
    for (const page of pages) {
      let previous = 0;
      for (const el of page.all) {
        const level = /^h([1-6])$/.exec(el.tagName)?.[1];
        if (!level) continue;
        if (Number(level) > previous + 1) skips.push(`${page.path}: <${el.tagName}> "${text(el).slice(0, 40)}" after h${previous}`);
        previous = Number(level);
      }
    }
    expect(skips, skips.slice(0, 20).join('\n')).toEqual([]);
  });

  it('every <title> is at most 70 characters and names the page', () => {
    const long = pages.filter((p) => p.title.length > 70).map((p) => `${p.path}: ${p.title.length} "${p.title}"`);
    expect(long, long.slice(0, 20).join('\n')).toEqual([]);
    for (const page of pages) expect(page.title.length, page.path).toBeGreaterThan(5);
  });
});

/** Every element below `el`. */
function descendants(el: Element): Element[] {
  return el.childNodes.filter((c): c is Element => 'tagName' in c).flatMap((c) => [c, ...descendants(c)]);
}

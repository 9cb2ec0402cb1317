// Structured data on the built seed site: a BreadcrumbList wherever a breadcrumb shows, complete
// events, the organisation's logo, static pages as WebPage; and the compile-time check that every
// JSON-LD type and property exists in schema.org (schema-dts) really rejects an unknown one.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedSite } from '../setup/seed-site.ts';
import { siteUrl } from '../../src/lib/build-env.ts';
import { ROOT } from '../helpers/build.ts';
import { attr, builtPaths, fileOf, pagesIn, readPage, text, type BuiltPage, type Element } from './html.ts';
import { seedDocs } from './seed-data.ts';

const { outDir } = await seedSite();
const origin = siteUrl();
let pages: BuiltPage[] = [];

type Ld = Record<string, any>;

function jsonLd(page: BuiltPage): Ld[] {
  return page.all.filter((e) => e.tagName === 'script' && attr(e, 'type') === 'application/ld+json').map((e) => JSON.parse(text(e)) as Ld);
}

beforeAll(async () => {
  pages = await Promise.all((await builtPaths(outDir)).map((p) => readPage(outDir, p)));
});

describe('structured data on every built page', () => {
  it('a page with a breadcrumb has a BreadcrumbList of the same links, ending with the page itself', () => {
    let withCrumbs = 0;
    for (const page of pages) {
      const nav = page.all.find((e) => e.tagName === 'nav' && ['Kruimelpad', 'Breadcrumb'].includes(attr(e, 'aria-label') ?? ''));
      const lists = jsonLd(page).filter((d) => d['@type'] === 'BreadcrumbList');
      if (!nav) {
        expect(lists, `${page.path} has no breadcrumb, so no BreadcrumbList`).toEqual([]);
        continue;
      }
      withCrumbs++;
      expect(lists, page.path).toHaveLength(1);
      const items = lists[0]!.itemListElement as Ld[];
      const shown = page.all.filter((e) => e.tagName === 'a' && isInside(e, nav)).map((a) => origin + attr(a, 'href'));
      expect(
        items.slice(0, -1).map((i) => i.item),
        page.path,
      ).toEqual(shown);
      expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
      expect(items.at(-1)!.name, page.path).toBe(page.h1s[0]);
    }
    expect(withCrumbs).toBeGreaterThan(200);
  });

  it('events carry an image when they have one, organisers with their page, and an offer with availability and start of sale', async () => {
    const events = await pagesIn(outDir, '/evenementen/', ['archief', 'pagina']);
    const withImage = new Set(
      (await seedDocs()).filter((d) => d._type === 'event' && d.image).map((d) => `/evenementen/${d.slug.current}/`),
    );
    expect(withImage.size).toBeGreaterThan(0);
    for (const p of events) {
      const page = await readPage(outDir, p);
      const ev = jsonLd(page).find((d) => d['@type'] === 'Event')!;
      expect(ev, p).toBeTruthy();
      if (withImage.has(p)) expect(ev.image, p).toMatch(/^https?:\/\/.+\.(webp|png|jpe?g|avif)$/);
      else expect(ev.image, p).toBeUndefined();
      for (const org of ev.organizer) {
        expect(org.url, p).toMatch(new RegExp(`^${origin}/partners/[a-z0-9-]+/$`));
        expect(existsSync(fileOf(outDir, new URL(org.url).pathname)), org.url).toBe(true);
      }
      expect(['https://schema.org/InStock', 'https://schema.org/Discontinued'], p).toContain(ev.offers.availability);
      expect(Date.parse(ev.offers.validFrom), p).toBeLessThanOrEqual(Date.parse(ev.startDate));
      if (ev.eventStatus === 'https://schema.org/EventCancelled') expect(ev.offers.availability, p).toBe('https://schema.org/Discontinued');
    }
  });

  it('the organisation has a logo that is a built raster image', async () => {
    for (const home of ['/', '/en/']) {
      const org = jsonLd(await readPage(outDir, home)).find((d) => d['@type'] === 'Organization')!;
      expect(org.logo).toMatch(/\.png$/);
      const file = fileOf(outDir, new URL(org.logo).pathname);
      const bytes = await readFile(file);
      expect(bytes.subarray(1, 4).toString()).toBe('PNG');
      expect(bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(112); // width, from the IHDR chunk
    }
  });

  it('static pages are WebPage, not an Article without author or date', async () => {
    for (const p of ['/over/', '/privacy/', '/toegankelijkheid/', '/en/about/']) {
      const types = jsonLd(await readPage(outDir, p)).map((d) => d['@type']);
      expect(types, p).toContain('WebPage');
      expect(types, p).not.toContain('Article');
    }
  });
});

describe('the schema.org compile-time check', () => {
  it('accepts the builders as they are and rejects a property or type schema.org does not have', async () => {
    const file = path.join(ROOT, 'src/lib/structured-data.ts');
    // A copy beside it with an invented property and a misspelt type; both files in one program,
    // so schema-dts (several MB of types) is read once.
    const probe = path.join(ROOT, 'src/lib/structured-data.probe.ts');
    const source = await readFile(file, 'utf8');
    const broken = source
      .replace(
        "areaServed: { '@type': 'City', name: 'Rotterdam' },",
        "areaServed: { '@type': 'City', name: 'Rotterdam' }, foundedIn: 2018,",
      )
      .replace("'@type': 'HowToStep'", "'@type': 'HowToStap'");
    expect(broken).not.toBe(source);
    const options: ts.CompilerOptions = {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      allowImportingTsExtensions: true,
      skipLibCheck: true,
      types: ['node'],
    };
    const host = ts.createCompilerHost(options);
    const read = host.getSourceFile;
    host.getSourceFile = (name, lang, ...rest) =>
      path.resolve(name) === probe ? ts.createSourceFile(name, broken, lang) : read.call(host, name, lang, ...rest);
    const fileExists = host.fileExists;
    host.fileExists = (name) => path.resolve(name) === probe || fileExists.call(host, name);
    const program = ts.createProgram([file, probe], options, host);
    const errorsIn = (f: string) =>
      ts.getPreEmitDiagnostics(program, program.getSourceFile(f)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(errorsIn(file)).toEqual([]);
    const probeErrors = errorsIn(probe).join('\n');
    expect(probeErrors).toMatch(/foundedIn/);
    expect(probeErrors).toMatch(/HowToStap/);
  }, 240_000);
});

/** True when `el` lies inside `container` in the page's tree. */
function isInside(el: Element, container: Element): boolean {
  for (let node: unknown = el.parentNode; node; node = (node as Element).parentNode) if (node === container) return true;
  return false;
}

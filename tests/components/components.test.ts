// Components rendered on their own with fixed props through Astro's container API, each checked
// with axe in Chromium (as GOV.UK Frontend tests each component): what a reader sees and hears.
import type { Page as AstroPage } from 'astro';
import { pagedPath } from '@mkb010/model';
import { describe, expect, it } from 'vitest';
import Breadcrumbs from '../../src/components/Breadcrumbs.astro';
import GuideCard from '../../src/components/cards/GuideCard.astro';
import Pagination from '../../src/components/Pagination.astro';
import { axeReport, componentPage } from './show.ts';

const { show } = componentPage();

/** A page of a paged list as Astro's paginate() hands it to a route. */
function pageOf(currentPage: number, lastPage: number): AstroPage {
  const at = (n: number) => pagedPath('/gidsen/', n);
  return {
    data: [],
    start: 0,
    end: 0,
    size: 12,
    total: lastPage * 12,
    currentPage,
    lastPage,
    url: {
      current: at(currentPage),
      first: at(1),
      last: at(lastPage),
      prev: currentPage > 1 ? at(currentPage - 1) : undefined,
      next: currentPage < lastPage ? at(currentPage + 1) : undefined,
    },
  };
}

describe('Pagination', () => {
  it('names the page, links its neighbours and marks the current one, with zero axe violations', async () => {
    const p = await show(Pagination, { lang: 'nl', page: pageOf(3, 9) });
    const links = await p.$$eval('nav a', (as) =>
      as.map((a) => ({ text: a.textContent?.trim(), href: a.getAttribute('href'), current: a.getAttribute('aria-current') })),
    );
    expect(links[0]).toMatchObject({ href: '/gidsen/pagina/2/' });
    expect(links.at(-1)).toMatchObject({ href: '/gidsen/pagina/4/' });
    expect(links.filter((l) => l.current === 'page')).toEqual([{ text: '3', href: '/gidsen/pagina/3/', current: 'page' }]);
    expect(links.map((l) => l.href)).toContain('/gidsen/');
    expect(links.map((l) => l.href)).toContain('/gidsen/pagina/9/');
    expect(await p.textContent('nav')).toContain('3');
    expect(await axeReport(p)).toBe('');
  });

  it('renders nothing when everything fits on one page', async () => {
    const p = await show(Pagination, { lang: 'nl', page: pageOf(1, 1) });
    expect(await p.$$('nav')).toHaveLength(0);
  });
});

describe('Breadcrumbs', () => {
  it('links home and the trail, in the page language, with zero axe violations', async () => {
    const p = await show(
      Breadcrumbs,
      { lang: 'en', trail: [{ label: 'Guides', href: '/en/guides/' }], current: 'Measure your energy use' },
      'en',
    );
    const links = await p.$$eval('nav a', (as) => as.map((a) => [a.textContent?.trim(), a.getAttribute('href')]));
    expect(links).toEqual([
      ['Home', '/en/'],
      ['Guides', '/en/guides/'],
    ]);
    expect(await p.getAttribute('nav', 'aria-label')).toBeTruthy();
    expect(await axeReport(p)).toBe('');
  });
});

describe('GuideCard', () => {
  it('links its title to the guide and marks a guide in the other language, with zero axe violations', async () => {
    const guide = {
      title: 'Energy use in your shop',
      slug: 'energy-use-shop',
      language: 'en',
      summary: 'Measure first, then save.',
      themes: ['duurzaam'],
    };
    const p = await show(GuideCard, { guide, lang: 'nl', level: 2 });
    expect(await p.getAttribute('h2 a', 'href')).toBe('/en/guides/energy-use-shop/');
    expect(await p.getAttribute('article', 'lang')).toBe('en');
    expect(await p.textContent('article')).toContain('Measure first, then save.');
    expect(await axeReport(p)).toBe('');
  });
});

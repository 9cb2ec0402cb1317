// Components rendered on their own with fixed props through Astro's container API, each checked
// with axe in Chromium (as GOV.UK Frontend tests each component): what a reader sees and hears.
import type { Page as AstroPage } from 'astro';
import type { Page } from 'playwright-core';
import { pagedPath } from '@mkb010/model';
import { describe, expect, it } from 'vitest';
import Breadcrumbs from '../../src/components/Breadcrumbs.astro';
import GuideCard from '../../src/components/cards/GuideCard.astro';
import Pagination from '../../src/components/Pagination.astro';
import AlertForm from '../../src/components/forms/AlertForm.astro';
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

describe('AlertForm', () => {
  const SERVICE = 'https://service.example.org';
  /** Each field a reader can fill in, by its accessible label, and what the form posts without them. */
  const formOf = (p: Page) =>
    p.$eval('form', (form) => ({
      action: form.getAttribute('action'),
      method: form.getAttribute('method'),
      hidden: Object.fromEntries([...form.querySelectorAll<HTMLInputElement>('input[type=hidden]')].map((i) => [i.name, i.value])),
      labelled: [...form.querySelectorAll<HTMLInputElement>('input:not([type=hidden]):not([name=website])')].map((i) => ({
        name: i.name,
        type: i.type,
        required: i.required,
        label: i.labels?.[0]?.textContent?.trim(),
      })),
      legend: form.querySelector('legend')?.textContent?.trim(),
      button: form.querySelector('button')?.textContent?.trim(),
    }));

  it('the overview: "Mail mij bij nieuwe of gewijzigde regelingen", a theme to choose, posting to the service, with zero axe violations', async () => {
    const p = await show(AlertForm, { lang: 'nl', serviceUrl: SERVICE, kind: 'digest', page: '/regelingen/' });
    expect(await p.textContent('h2')).toBe('Mail mij bij nieuwe of gewijzigde regelingen');
    const form = await formOf(p);
    expect(form).toMatchObject({
      action: `${SERVICE}/alerts/subscribe?lang=nl`,
      method: 'post',
      legend: 'Over welk thema?',
      button: 'Meld je aan',
    });
    expect(form.hidden).toEqual({ kind: 'digest', page: '/regelingen/' });
    expect(form.labelled).toEqual([
      { name: 'email', type: 'email', required: true, label: 'Je e-mailadres' },
      { name: 'theme', type: 'radio', required: true, label: 'Circulair' },
      { name: 'theme', type: 'radio', required: true, label: 'Duurzaam' },
      { name: 'theme', type: 'radio', required: true, label: 'Digitaal' },
    ]);
    expect(await axeReport(p)).toBe('');
  });

  it('a theme hub: the theme goes along unasked, in English, with zero axe violations', async () => {
    const p = await show(
      AlertForm,
      { lang: 'en', serviceUrl: SERVICE, kind: 'digest', page: '/en/themes/digital/', theme: 'digitaal', headingLevel: 3 },
      'en',
    );
    expect(await p.textContent('h3')).toBe('Email me about new or changed schemes');
    const form = await formOf(p);
    expect(form.action).toBe(`${SERVICE}/alerts/subscribe?lang=en`);
    expect(form.hidden).toEqual({ kind: 'digest', page: '/en/themes/digital/', theme: 'digitaal' });
    expect(form.labelled).toEqual([{ name: 'email', type: 'email', required: true, label: 'Your email address' }]);
    expect(await p.textContent('section')).toContain('You get an email at 8 in the morning when digital schemes open or change.');
    expect(await axeReport(p)).toBe('');
  });

  it('a scheme page: "Herinner mij 14 dagen voor de deadline" for that scheme, with zero axe violations', async () => {
    const scheme = { id: 'scheme-duurzaamheidsvoucher-010', title: 'Duurzaamheidsvoucher 010' };
    const p = await show(AlertForm, {
      lang: 'nl',
      serviceUrl: SERVICE,
      kind: 'reminder',
      page: '/regelingen/duurzaamheidsvoucher-010/',
      scheme,
    });
    expect(await p.textContent('h2')).toBe('Herinner mij 14 dagen voor de deadline');
    expect(await p.textContent('section')).toContain('14 dagen voor de deadline van Duurzaamheidsvoucher 010');
    const form = await formOf(p);
    expect(form.hidden).toEqual({ kind: 'reminder', page: '/regelingen/duurzaamheidsvoucher-010/', docId: scheme.id });
    expect(form.labelled.map((f) => f.name)).toEqual(['email']);
    expect(form.button).toBe('Herinner mij');
    expect(await axeReport(p)).toBe('');
  });

  it('is not there when the build has no service', async () => {
    const p = await show(AlertForm, { lang: 'nl', serviceUrl: undefined, kind: 'digest', page: '/regelingen/' });
    expect(await p.$$('form')).toHaveLength(0);
    expect(await p.$$('section')).toHaveLength(0);
  });
});

// Every card rendered alone with fixed props, in both languages where its words depend on the
// language: the heading and where it leads, the status word and date a reader sees, and zero axe
// violations with the site's stylesheet.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import EventCard from '../../src/components/cards/EventCard.astro';
import GuideCard from '../../src/components/cards/GuideCard.astro';
import PartnerCard from '../../src/components/cards/PartnerCard.astro';
import SchemeCard from '../../src/components/cards/SchemeCard.astro';
import StoryCard from '../../src/components/cards/StoryCard.astro';
import SchemePage from '../../src/components/views/SchemePage.astro';
import FinderPartnerCard from '../../src/components/finder/FinderPartnerCard.astro';
import { axeReport, componentPage } from './show.ts';

const { show } = componentPage();

/** The moment every card is judged at: noon in Rotterdam on the seed's anchor day. */
const NOW = new Date('2026-11-28T11:00:00Z');

/** The card's lines as a reader sees them, whitespace collapsed. */
const lines = (p: Page) =>
  p.$$eval('article > *, article li', (els) =>
    els.filter((el) => el.tagName !== 'UL').map((el) => (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
  );
/** The card's heading: its level, text and link target. */
const heading = (p: Page) =>
  p.$eval('article :is(h2, h3)', (h) => ({
    level: h.tagName,
    text: h.textContent?.trim(),
    href: h.querySelector('a')?.getAttribute('href'),
  }));

describe('SchemeCard', () => {
  const scheme = {
    title: { nl: 'Energiebesparing in je pand', en: 'Saving energy in your premises' },
    slug: 'energiebesparing-pand',
    summary: { nl: 'Subsidie voor isolatie en zonnepanelen.' },
    schemeType: 'subsidie',
    maxAmountEuro: 15000,
    deadline: '2027-01-31',
    provider: 'Gemeente Rotterdam',
  };

  it('shows type, amount, deadline and provider in Dutch and links the scheme, with zero axe violations', async () => {
    const p = await show(SchemeCard, { scheme, lang: 'nl', now: NOW, level: 2 });
    expect(await heading(p)).toEqual({ level: 'H2', text: 'Energiebesparing in je pand', href: '/regelingen/energiebesparing-pand/' });
    expect(await lines(p)).toEqual([
      'Subsidie',
      'Energiebesparing in je pand',
      'Subsidie voor isolatie en zonnepanelen.',
      'Bedrag: tot € 15.000',
      'Deadline: 31 januari 2027',
      'Aangeboden door: Gemeente Rotterdam',
    ]);
    expect(await axeReport(p)).toBe('');
  });

  it('in English marks the Dutch summary and provider as Dutch and says when it is closed', async () => {
    const p = await show(SchemeCard, { scheme: { ...scheme, deadline: '2026-11-27' }, lang: 'en', now: NOW }, 'en');
    expect(await heading(p)).toEqual({ level: 'H3', text: 'Saving energy in your premises', href: '/en/support/energiebesparing-pand/' });
    expect(await lines(p)).toEqual([
      'Subsidy',
      'Saving energy in your premises',
      'Subsidie voor isolatie en zonnepanelen.',
      'Amount: up to €15,000',
      'Deadline: 27 November 2026',
      'Offered by: Gemeente Rotterdam',
      'Closed',
    ]);
    expect(await p.getAttribute('article p:has-text("Subsidie voor")', 'lang')).toBe('nl');
    expect(await p.getAttribute('article li span', 'lang')).toBe('nl');
    expect(await axeReport(p)).toBe('');
  });

  it('says when a scheme opens later, that its budget is almost gone, or that it is ongoing', async () => {
    const later = await show(SchemeCard, { scheme: { ...scheme, opensAt: '2027-01-05' }, lang: 'nl', now: NOW });
    expect(await lines(later)).toContain('Opent op 5 januari 2027');
    const almostGone = await show(SchemeCard, { scheme: { ...scheme, budgetStatus: 'bijna-op' }, lang: 'en', now: NOW }, 'en');
    expect(await lines(almostGone)).toContain('Budget almost gone');
    const ongoing = await show(SchemeCard, { scheme: { ...scheme, deadline: undefined, ongoing: true }, lang: 'nl', now: NOW });
    expect(await lines(ongoing)).toContain('Doorlopend, geen deadline');
    const usedUp = await show(SchemeCard, { scheme: { ...scheme, budgetStatus: 'op' }, lang: 'nl', now: NOW });
    expect(await lines(usedUp)).toContain('Budget op');
    expect(await axeReport(ongoing)).toBe('');
  });

  it('says it is open, without an edit, once the moment passes the day it opens: card and page, in both languages', async () => {
    const later = { ...scheme, opensAt: '2027-01-05' };
    // 07:00 in Amsterdam on the opening day (06:00 UTC): from then on the same document reads as open.
    const opened = new Date('2027-01-05T06:00:00Z');
    for (const lang of ['nl', 'en'] as const) {
      const before = await lines(await show(SchemeCard, { scheme: later, lang, now: NOW }, lang));
      expect(before).toContain(lang === 'nl' ? 'Opent op 5 januari 2027' : 'Opens on 5 January 2027');
      const card = await lines(await show(SchemeCard, { scheme: later, lang, now: opened }, lang));
      expect(card.join(' | ')).not.toMatch(/Opent op|Opens on|Gesloten|Closed/);
      expect(card).toContain(lang === 'nl' ? 'Deadline: 31 januari 2027' : 'Deadline: 31 January 2027');
    }
    const page = {
      ...later,
      _id: 'scheme-energiebesparing-pand',
      slug: 'energiebesparing-pand',
      applyUrl: 'https://loket.rotterdam.example/aanvragen',
      themes: ['duurzaam'],
      sectors: [],
      companySizes: [],
      districts: [],
      changeLog: [],
    };
    const recipient = { name: 'Gemeente Rotterdam', email: 'ondernemen@rotterdam.example' };
    for (const [lang, open, opensOn, apply] of [
      ['nl', 'Open', 'Opent op 5 januari 2027', 'Naar de aanvraag'],
      ['en', 'Open', 'Opens on 5 January 2027', 'Go to the application'],
    ] as const) {
      const waiting = await show(SchemePage, { scheme: page, lang, now: NOW, settings: undefined, recipient }, lang);
      expect(await waiting.textContent('article header strong'), lang).toBe(opensOn);
      expect(await waiting.locator('a.button[href="https://loket.rotterdam.example/aanvragen"]').count(), lang).toBe(0);
      const p = await show(SchemePage, { scheme: page, lang, now: opened, settings: undefined, recipient }, lang);
      expect(await p.textContent('article header strong'), lang).toBe(open);
      expect(await p.locator('.callout').count(), lang).toBe(0);
      const button = p.locator('a.button[href="https://loket.rotterdam.example/aanvragen"]');
      expect(await button.count(), lang).toBe(1);
      expect((await button.textContent())?.trim(), lang).toBe(apply);
    }
  });
});

describe('EventCard', () => {
  const event = {
    title: { nl: 'Inloopspreekuur duurzaam ondernemen', en: 'Drop-in hour on sustainable business' },
    slug: 'inloopspreekuur-duurzaam',
    start: '2027-01-14T15:00:00Z',
    end: '2027-01-14T17:00:00Z',
    summary: { nl: 'Stel je vragen aan een adviseur.', en: 'Ask an adviser your questions.' },
    location: { mode: 'venue', venueName: 'Groot Handelsgebouw' },
  };

  it('shows the date and time in Amsterdam, the title as a link and where, in Dutch, with zero axe violations', async () => {
    const p = await show(EventCard, { event, lang: 'nl' });
    expect(await heading(p)).toEqual({
      level: 'H3',
      text: 'Inloopspreekuur duurzaam ondernemen',
      href: '/evenementen/inloopspreekuur-duurzaam/',
    });
    expect(await lines(p)).toEqual([
      'donderdag 14 januari 2027, 16:00–18:00 uur',
      'Inloopspreekuur duurzaam ondernemen',
      'Stel je vragen aan een adviseur.',
      'Waar: Groot Handelsgebouw',
    ]);
    expect(await p.getAttribute('time', 'datetime')).toBe('2027-01-14T16:00+01:00');
    expect(await axeReport(p)).toBe('');
  });

  it('marks a cancelled online event in English and strikes its title through', async () => {
    const p = await show(EventCard, { event: { ...event, cancelled: true, location: { mode: 'online' } }, lang: 'en' }, 'en');
    expect(await lines(p)).toEqual([
      'Thursday 14 January 2027, 16:00–18:00',
      'Cancelled',
      'Drop-in hour on sustainable business',
      'Ask an adviser your questions.',
      'Where: Online',
    ]);
    expect(await p.$$('h3 s')).toHaveLength(1);
    expect(await axeReport(p)).toBe('');
  });
});

describe('PartnerCard', () => {
  const partner = {
    name: 'Hogeschool Rotterdam',
    slug: 'hogeschool-rotterdam',
    kind: 'kennisinstelling',
    themes: ['circulair', 'digitaal'],
    shortDescription: { nl: 'Studenten helpen je met een onderzoek.' },
  };

  it('shows name, kind, description and themes; in English the Dutch description is marked Dutch', async () => {
    const nl = await show(PartnerCard, { partner, lang: 'nl' });
    expect(await heading(nl)).toEqual({ level: 'H3', text: 'Hogeschool Rotterdam', href: '/partners/hogeschool-rotterdam/' });
    expect(await lines(nl)).toEqual(expect.arrayContaining(['Kennisinstelling', 'Studenten helpen je met een onderzoek.']));
    expect(await nl.$$eval('article ul li', (lis) => lis.map((li) => li.textContent?.trim()))).toEqual(['Circulair', 'Digitaal']);
    expect(await axeReport(nl)).toBe('');

    const en = await show(PartnerCard, { partner, lang: 'en' }, 'en');
    expect(await heading(en)).toMatchObject({ href: '/en/partners/hogeschool-rotterdam/' });
    expect(await lines(en)).toContain('Knowledge institute');
    expect(await en.getAttribute('article p:has-text("Studenten")', 'lang')).toBe('nl');
    expect(await en.$$eval('article ul li', (lis) => lis.map((li) => li.textContent?.trim()))).toEqual(['Circular', 'Digital']);
    expect(await axeReport(en)).toBe('');
  });
});

describe('StoryCard', () => {
  const story = {
    title: 'Van afval naar grondstof',
    slug: 'van-afval-naar-grondstof',
    language: 'nl',
    summary: 'Een bakkerij maakt van oud brood bier.',
    company: 'Bakkerij De Korst',
  };

  it('links the story in its own language and shows the company, with zero axe violations', async () => {
    const p = await show(StoryCard, { story, lang: 'nl' });
    expect(await heading(p)).toEqual({ level: 'H3', text: 'Van afval naar grondstof', href: '/verhalen/van-afval-naar-grondstof/' });
    expect(await lines(p)).toEqual(['Van afval naar grondstof', 'Bakkerij De Korst', 'Een bakkerij maakt van oud brood bier.']);
    expect(await axeReport(p)).toBe('');
  });

  it('on an English list says, in English, that a Dutch story is in Dutch', async () => {
    const p = await show(StoryCard, { story, lang: 'en', level: 2 }, 'en');
    expect(await heading(p)).toEqual({ level: 'H2', text: 'Van afval naar grondstof', href: '/verhalen/van-afval-naar-grondstof/' });
    expect(await p.getAttribute('article', 'lang')).toBe('nl');
    expect(await p.getAttribute('.written-in', 'lang')).toBe('en');
    expect(await p.textContent('.written-in')).toBe('In Dutch');
    expect(await axeReport(p)).toBe('');
  });
});

describe('GuideCard', () => {
  it('names the partner who wrote it, in the reader’s language', async () => {
    const guide = { title: 'Je energie meten', slug: 'energie-meten', language: 'nl', partner: { name: 'Energieloket' } };
    expect(await lines(await show(GuideCard, { guide, lang: 'nl' }))).toContain('Geschreven door: Energieloket');
    const en = await show(GuideCard, { guide, lang: 'en' }, 'en');
    expect(await lines(en)).toEqual(expect.arrayContaining(['In Dutch', 'Written by: Energieloket']));
    expect(await axeReport(en)).toBe('');
  });
});

describe('FinderPartnerCard', () => {
  const partner = {
    _id: 'partner-ondernemershuis',
    name: 'Ondernemershuis',
    slug: 'ondernemershuis',
    kind: 'ondernemersvereniging',
    shortDescription: { nl: 'Vragen over je bedrijf? Loop binnen.', en: 'Questions about your business? Drop in.' },
    contact: { phone: '010 - 123 45 67', email: 'info@ondernemershuis.example' },
  };

  it('shows how to reach the partner as links, in both languages, with zero axe violations', async () => {
    const nl = await show(FinderPartnerCard, { partner, lang: 'nl' });
    expect(await heading(nl)).toEqual({ level: 'H3', text: 'Ondernemershuis', href: '/partners/ondernemershuis/' });
    expect(await lines(nl)).toEqual([
      'Ondernemershuis',
      'Ondernemersvereniging',
      'Vragen over je bedrijf? Loop binnen.',
      'Telefoon: 010 - 123 45 67',
      'E-mail: info@ondernemershuis.example',
    ]);
    expect(await nl.$$eval('article li a', (as) => as.map((a) => a.getAttribute('href')))).toEqual([
      'tel:0101234567',
      'mailto:info@ondernemershuis.example',
    ]);
    expect(await axeReport(nl)).toBe('');

    const en = await show(FinderPartnerCard, { partner: { ...partner, contact: { email: 'not an address' } }, lang: 'en' }, 'en');
    expect(await lines(en)).toEqual([
      'Ondernemershuis',
      'Business association',
      'Questions about your business? Drop in.',
      'Email: not an address',
    ]);
    expect(await en.$$('article li a')).toHaveLength(0);
    expect(await axeReport(en)).toBe('');
  });
});

// The service forms rendered alone with fixed props, in both languages: where they post, every
// visible field with the label tied to it, its hint and whether it is required (optional fields say
// so in their label), the values sent along unseen, and zero axe violations with the site's stylesheet.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import FeedbackForm from '../../src/components/forms/FeedbackForm.astro';
import IntakeForm from '../../src/components/forms/IntakeForm.astro';
import { axeReport, componentPage } from './show.ts';

const { show } = componentPage();

const SERVICE = 'https://service.example/';

interface Field {
  name: string;
  type: string;
  /** The text of the label tied to the control (for a radio button: its value's label). */
  label: string | undefined;
  /** The text the control points to with aria-describedby. */
  hint: string | undefined;
  required: boolean;
}

/** The fields a reader sees and fills in, as a screen reader would announce them. */
const visibleFields = (p: Page): Promise<Field[]> =>
  p.$$eval('form :is(input, select, textarea)', (els) =>
    (els as (HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement)[])
      .filter((el) => el.checkVisibility())
      .map((el) => {
        const described = el.getAttribute('aria-describedby') ?? el.closest('fieldset')?.getAttribute('aria-describedby');
        return {
          name: el.name,
          type: el instanceof HTMLInputElement ? el.type : el.tagName.toLowerCase(),
          label: el.labels?.[0]?.textContent?.replace(/\s+/g, ' ').trim(),
          hint: described ? document.getElementById(described)?.textContent?.trim() : undefined,
          required: el.required,
        };
      }),
  );
/** The values the form sends that the reader does not see: hidden inputs by name. */
const hiddenValues = (p: Page) =>
  p.$$eval('form input[type=hidden]', (els) => Object.fromEntries((els as HTMLInputElement[]).map((el) => [el.name, el.value])));

describe('IntakeForm', () => {
  const props = {
    lang: 'nl',
    serviceUrl: SERVICE,
    page: '/gidsen/energie-meten/',
    docId: 'guide-energie-meten',
    recipient: { name: 'Energieloket', email: 'vragen@energieloket.example', phone: '010 - 765 43 21' },
  };

  it('in Dutch posts to the service, names who answers and ties a label to every field, with zero axe violations', async () => {
    const p = await show(IntakeForm, props);
    expect(await p.textContent('h2')).toBe('Vraag het een partner');
    expect(await p.textContent('section > p')).toBe(
      'Heb je een vraag? Stel hem hier. Je vraag gaat naar Energieloket. Je krijgt antwoord per e-mail.',
    );
    expect(await p.getAttribute('form', 'action')).toBe('https://service.example/intake?lang=nl');
    expect(await p.getAttribute('form', 'method')).toBe('post');
    expect(await visibleFields(p)).toEqual([
      { name: 'name', type: 'text', label: 'Je naam', hint: undefined, required: true },
      { name: 'email', type: 'email', label: 'Je e-mailadres', hint: 'De partner antwoordt op dit adres.', required: true },
      { name: 'phone', type: 'tel', label: 'Je telefoonnummer (niet verplicht)', hint: undefined, required: false },
      { name: 'company', type: 'text', label: 'Naam van je bedrijf (niet verplicht)', hint: undefined, required: false },
      { name: 'question', type: 'textarea', label: 'Je vraag', hint: 'Hoogstens 2000 tekens.', required: true },
      {
        name: 'consent',
        type: 'checkbox',
        label: 'Ik geef toestemming om mijn gegevens naar de partner te sturen, zodat die mijn vraag kan beantwoorden.',
        hint: 'Lees wat we met je gegevens doen in de privacyverklaring.',
        required: true,
      },
    ]);
    expect(await p.getAttribute('.field-hint a', 'href')).toBe('/privacy/');
    expect(await hiddenValues(p)).toEqual({ page: '/gidsen/energie-meten/', docId: 'guide-energie-meten' });
    // The honeypot is in the form but hidden from sight and from the accessibility tree.
    expect(await p.$$('input[name=website]')).toHaveLength(1);
    expect(await p.isVisible('input[name=website]')).toBe(false);
    expect(await p.textContent('button[type=submit]')).toBe('Verstuur je vraag');
    expect(await axeReport(p)).toBe('');
  });

  it('in English says the same in English and posts with lang=en', async () => {
    const p = await show(IntakeForm, { ...props, lang: 'en', page: '/en/guides/measure-energy/' }, 'en');
    expect(await p.textContent('h2')).toBe('Ask a partner');
    expect(await p.getAttribute('form', 'action')).toBe('https://service.example/intake?lang=en');
    const fields = await visibleFields(p);
    expect(fields.map((f) => [f.label, f.required])).toEqual([
      ['Your name', true],
      ['Your email address', true],
      ['Your phone number (optional)', false],
      ['Your company name (optional)', false],
      ['Your question', true],
      ['I agree that my details are sent to the partner, so they can answer my question.', true],
    ]);
    expect(await p.getAttribute('.field-hint a', 'href')).toBe('/en/privacy/');
    expect(await p.textContent('button[type=submit]')).toBe('Send your question');
    expect(await axeReport(p)).toBe('');
  });

  it('on a Hulpwijzer result sends the answers along and asks for the district', async () => {
    const answers = { theme: 'duurzaam', sector: 'horeca', size: 'klein' };
    const p = await show(IntakeForm, {
      ...props,
      docId: undefined,
      page: '/hulpwijzer/duurzaam/horeca/klein/',
      answers,
      askDistrict: true,
    });
    expect(await p.textContent('section > p')).toBe(
      'Twijfel je wat bij je past? Stel je vraag aan MKB010>>Next. We sturen je antwoorden uit de Hulpwijzer mee.',
    );
    expect(await hiddenValues(p)).toEqual({ page: '/hulpwijzer/duurzaam/horeca/klein/', ...answers });
    const district = (await visibleFields(p)).find((f) => f.name === 'district');
    expect(district).toEqual({
      name: 'district',
      type: 'select',
      label: 'In welke wijk zit je bedrijf? (niet verplicht)',
      hint: undefined,
      required: false,
    });
    expect(await p.$eval('select[name=district] option', (o) => [o.textContent, (o as HTMLOptionElement).value])).toEqual([
      'Zeg ik liever niet',
      '',
    ]);
    expect(await axeReport(p)).toBe('');
  });

  it('without a service shows the partner’s address and phone as links instead of a form', async () => {
    const p = await show(IntakeForm, { ...props, serviceUrl: undefined });
    expect(await p.$$('form')).toHaveLength(0);
    expect(await p.textContent('section > p')).toBe('Heb je een vraag? Neem contact op met Energieloket.');
    expect(await p.$$eval('dt', (dts) => dts.map((dt) => dt.textContent))).toEqual(['E-mail', 'Telefoon']);
    expect(await p.$$eval('dd a', (as) => as.map((a) => a.getAttribute('href')))).toEqual([
      'mailto:vragen@energieloket.example',
      'tel:0107654321',
    ]);
    expect(await axeReport(p)).toBe('');
  });
});

describe('FeedbackForm', () => {
  it('in Dutch asks yes or no in a named group and an optional note, with zero axe violations', async () => {
    const p = await show(FeedbackForm, { lang: 'nl', serviceUrl: SERVICE, page: '/over/', docId: 'page-over' });
    expect(await p.getAttribute('section', 'aria-label')).toBe('Was deze pagina nuttig?');
    expect(await p.getAttribute('form', 'action')).toBe('https://service.example/feedback?lang=nl');
    expect(await p.textContent('fieldset legend')).toBe('Was deze pagina nuttig?');
    expect(await visibleFields(p)).toEqual([
      { name: 'useful', type: 'radio', label: 'Ja', hint: undefined, required: true },
      { name: 'useful', type: 'radio', label: 'Nee', hint: undefined, required: true },
      {
        name: 'comment',
        type: 'textarea',
        label: 'Wat ontbrak er? (niet verplicht)',
        hint: 'Hoogstens 500 tekens. Schrijf geen persoonlijke gegevens; we krijgen geen antwoordadres.',
        required: false,
      },
    ]);
    expect(await hiddenValues(p)).toEqual({ page: '/over/', docId: 'page-over' });
    expect(await p.isVisible('input[name=website]')).toBe(false);
    expect(await p.textContent('button[type=submit]')).toBe('Verstuur');
    expect(await axeReport(p)).toBe('');
  });

  it('in English', async () => {
    const p = await show(FeedbackForm, { lang: 'en', serviceUrl: SERVICE, page: '/en/about/' }, 'en');
    expect(await p.getAttribute('form', 'action')).toBe('https://service.example/feedback?lang=en');
    expect((await visibleFields(p)).map((f) => [f.label, f.required])).toEqual([
      ['Yes', true],
      ['No', true],
      ['What was missing? (optional)', false],
    ]);
    expect(await hiddenValues(p)).toEqual({ page: '/en/about/' });
    expect(await p.textContent('button[type=submit]')).toBe('Send');
    expect(await axeReport(p)).toBe('');
  });
});

// Small, valid documents of each type; tests break one field at a time and expect a message.
import { registerAsset, type Doc } from './harness';

const IMAGE_ID = 'image-3b1f0c2d4e5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c-1200x800-png';
registerAsset(IMAGE_ID);

/** An uploaded image with alt text; `null` leaves the alt field out. */
export function image(alt: string | null = 'Een ondernemer in haar werkplaats in Delfshaven') {
  return { _type: 'image', asset: { _type: 'reference', _ref: IMAGE_ID }, ...(alt === null ? {} : { alt }) };
}

/** One Portable Text paragraph, optionally with an external link. */
export function paragraph(text: string, href?: string) {
  return {
    _type: 'block',
    _key: `p${text.length}`,
    style: 'normal',
    markDefs: href ? [{ _type: 'link', _key: 'l1', href }] : [],
    children: [{ _type: 'span', _key: 's1', text, marks: href ? ['l1'] : [] }],
  };
}

const ref = (id: string, key?: string) => ({ _type: 'reference', _ref: id, ...(key ? { _key: key } : {}) });

export const partner: Doc = {
  _id: 'partner-ondernemershuis-zuid',
  _type: 'partner',
  name: 'Ondernemershuis Zuid',
  slug: { _type: 'slug', current: 'ondernemershuis-zuid' },
  kind: 'ondernemersvereniging',
  logo: image('Logo van Ondernemershuis Zuid'),
  themes: ['duurzaam'],
  services: [{ _type: 'localeString', _key: 'sv1', nl: 'Gratis energiescan', en: 'Free energy scan' }],
  shortDescription: { _type: 'localeText', nl: 'Vereniging van ondernemers op Zuid die elkaar helpen verduurzamen.' },
  description: { _type: 'localeBlockContent', nl: [paragraph('Wij helpen ondernemers op Zuid.')] },
  website: 'https://www.example.org/',
  contact: { email: 'info@example.org', phone: '010 123 45 67', address: 'Zuidplein 1, Rotterdam' },
};

export const guideNl: Doc = {
  _id: 'guide-energie-besparen',
  _type: 'guide',
  title: 'Zo bespaar je energie in je winkel',
  slug: { _type: 'slug', current: 'energie-besparen' },
  language: 'nl',
  themes: ['duurzaam'],
  summary: 'Voor winkeliers die hun energierekening willen verlagen: vijf stappen van energiescan tot subsidie.',
  body: [paragraph('Begin met een energiescan.', 'https://www.rotterdam.nl/')],
  steps: [
    { _type: 'step', _key: 'a', title: 'Vraag een energiescan aan', text: 'Een adviseur komt langs en meet je verbruik.' },
    { _type: 'step', _key: 'b', title: 'Kies je maatregelen', text: 'Begin met wat zich het snelst terugverdient.' },
  ],
  partner: ref(partner._id),
  lastChecked: '2026-01-10',
  checkAgainBy: '2026-07-10',
  publishedAt: '2025-11-01',
  heroImage: image(),
};

export const guideEn: Doc = {
  ...guideNl,
  _id: 'guide-energie-besparen-en',
  title: 'How to save energy in your shop',
  slug: { _type: 'slug', current: 'saving-energy' },
  language: 'en',
  translationOf: ref(guideNl._id),
  summary: 'For shop owners who want a lower energy bill: five steps from energy scan to subsidy, with help nearby.',
};

export const event: Doc = {
  _id: 'event-energiecafe-zuid',
  _type: 'event',
  title: { _type: 'localeString', nl: 'Energiecafé Zuid', en: 'Energy café South' },
  slug: { _type: 'slug', current: 'energiecafe-zuid' },
  summary: { _type: 'localeText', nl: 'Een avond over energie besparen voor winkeliers op Zuid.' },
  description: { _type: 'localeBlockContent', nl: [paragraph('Kom langs en stel je vragen.')] },
  start: '2026-03-12T17:00:00.000Z',
  end: '2026-03-12T19:00:00.000Z',
  allDay: false,
  location: {
    _type: 'eventLocation',
    mode: 'venue',
    venueName: 'Wijkcentrum Zuid',
    address: { street: 'Zuidplein 1', postalCode: '3083 CW', city: 'Rotterdam' },
  },
  registrationUrl: 'https://www.example.org/aanmelden',
  organisers: [ref(partner._id, 'o1')],
  themes: ['duurzaam'],
  costEuro: 0,
  language: 'nl',
  cancelled: false,
};

export const scheme: Doc = {
  _id: 'scheme-energievoucher',
  _type: 'scheme',
  title: { _type: 'localeString', nl: 'Energievoucher voor winkeliers' },
  slug: { _type: 'slug', current: 'energievoucher' },
  summary: { _type: 'localeText', nl: 'Een voucher van € 500 voor advies over energie besparen.' },
  schemeType: 'voucher',
  provider: 'Gemeente Rotterdam',
  eligibility: { _type: 'localeBlockContent', nl: [paragraph('Winkels in Rotterdam met minder dan 50 medewerkers.')] },
  maxAmountEuro: 500,
  ongoing: false,
  deadline: '2026-12-31',
  howToApply: { _type: 'localeBlockContent', nl: [paragraph('Vul het formulier in op de site van de gemeente.')] },
  applyUrl: 'https://www.rotterdam.nl/energievoucher',
  themes: ['duurzaam'],
};

export const campaign: Doc = {
  _id: 'campaign-maand-van-de-energie',
  _type: 'campaign',
  title: 'Maand van de energie op Zuid',
  slug: { _type: 'slug', current: 'maand-van-de-energie' },
  language: 'nl',
  summary: 'Een maand lang workshops, energiescans en verhalen van ondernemers op Zuid die hun energierekening halveerden.',
  publishFrom: '2026-10-01T07:00:00.000Z',
  publishUntil: '2026-11-01T07:00:00.000Z',
  sections: [
    { _type: 'hero', _key: 'h', heading: 'Bespaar energie', text: 'Doe mee in oktober.', ctaLabel: 'Bekijk de gidsen', ctaUrl: '/gidsen/' },
    {
      _type: 'callToAction',
      _key: 'c',
      heading: 'Meld je aan',
      text: 'Gratis voor ondernemers.',
      label: 'Aanmelden',
      url: 'https://www.example.org/aanmelden',
    },
  ],
};

export const impactReport: Doc = {
  _id: 'impact-ondernemershuis-zuid-2025',
  _type: 'impactReport',
  partner: ref(partner._id),
  periodStart: '2025-01-01',
  periodEnd: '2025-12-31',
  activity: 'Energiescans en workshops',
  figures: [{ _type: 'impactFigure', _key: 'f1', theme: 'duurzaam', inspired: 120, informed: 45, activated: 12 }],
};

export const story: Doc = {
  _id: 'story-bakkerij-charlois',
  _type: 'story',
  title: 'Bakkerij in Charlois halveert haar energierekening',
  slug: { _type: 'slug', current: 'bakkerij-charlois' },
  language: 'nl',
  company: 'Bakkerij De Korenbloem',
  entrepreneur: 'Fatima el Amrani',
  sector: 'food',
  district: 'charlois',
  quote: 'Na de energiescan wist ik precies waar mijn geld naartoe ging.',
  summary: 'Een bakkerij in Charlois liet een energiescan doen, verving de ovens en betaalt nu de helft minder voor energie.',
  image: image('Fatima el Amrani achter de toonbank van haar bakkerij'),
  body: [paragraph('Fatima begon met een gratis energiescan van Ondernemershuis Zuid.')],
  themes: ['duurzaam'],
  partner: ref(partner._id),
  publishedAt: '2026-02-01',
};

export const pageNl: Doc = {
  _id: 'page-over',
  _type: 'page',
  title: 'Over MKB010>>Next',
  slug: { _type: 'slug', current: 'over' },
  language: 'nl',
  summary: 'MKB010>>Next is het netwerk van de gemeente Rotterdam en 13 partners voor ondernemers.',
  body: [paragraph('Wij helpen ondernemers in Rotterdam circulair, duurzaam en digitaal te werken.')],
  updatedAt: '2026-09-28',
};

/** All valid fixtures, as one small dataset. */
export const fixtures: Doc[] = [partner, guideNl, guideEn, story, event, scheme, campaign, impactReport, pageNl];

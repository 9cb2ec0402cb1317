// Interface text of the frame of every page: site name, menus, footer, skip link, breadcrumb,
// language switch, preview banner, the site's contact details and the names of the fixed pages.
import { dictionary, PAGE_LABELS, type Lang, type Wording } from '@mkb010/model';

const nl = {
  ...PAGE_LABELS.nl,
  siteName: 'MKB010>>Next',
  tagline: 'Rotterdamse ondernemers op weg naar circulair, duurzaam en digitaal',
  skipLink: 'Ga direct naar de inhoud',
  mainNav: 'Hoofdmenu',
  footerNav: 'Meer over deze site',
  breadcrumb: 'Kruimelpad',
  languageSwitchShort: 'English',
  previewBanner: 'Voorbeeld: deze versie bevat concepten en is niet openbaar.',
  contact: 'Contact',
  email: 'E-mail',
  phone: 'Telefoon',
  notFoundTitle: 'Pagina niet gevonden',
  campaigns: 'Campagnes',
} as const;

const TEXT = dictionary({
  nl,
  en: {
    ...PAGE_LABELS.en,
    siteName: 'MKB010>>Next',
    tagline: 'Rotterdam entrepreneurs on the way to circular, sustainable and digital business',
    skipLink: 'Skip to main content',
    mainNav: 'Main menu',
    footerNav: 'More about this site',
    breadcrumb: 'Breadcrumb',
    languageSwitchShort: 'Nederlands',
    previewBanner: 'Preview: this version contains drafts and is not public.',
    contact: 'Contact',
    email: 'Email',
    phone: 'Phone',
    notFoundTitle: 'Page not found',
    campaigns: 'Campaigns',
  },
});

/** The text of the frame of every page in a language. */
export function layoutText(lang: Lang): Wording<typeof nl> {
  return TEXT[lang];
}

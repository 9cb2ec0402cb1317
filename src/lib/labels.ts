// Display names of the model's value lists (themes, scheme types, partner kinds, sectors, districts,
// spoken languages) in the reader's language, and the themes' one-line introductions.
import { DISTRICTS, EVENT_LANGUAGES, PARTNER_KINDS, SCHEME_TYPES, SECTORS, THEMES, dictionary, type Lang, type Theme } from '@mkb010/model';

const THEME_INTROS = dictionary<Record<Theme, string>>({
  nl: {
    circulair: 'Minder afval, slimmer materiaal: hergebruik grondstoffen en verdien aan reststromen.',
    duurzaam: 'Bespaar energie, verduurzaam je pand en vervoer, en verlaag je kosten.',
    digitaal: 'Verkoop online, werk slimmer met data en bescherm je bedrijf tegen hackers.',
  },
  en: {
    circulair: 'Less waste, smarter materials: reuse resources and earn from leftovers.',
    duurzaam: 'Save energy, make your premises and transport greener, and cut your costs.',
    digitaal: 'Sell online, work smarter with data and protect your business from hackers.',
  },
});

/** Display name of a theme. */
export function themeLabel(theme: Theme, lang: Lang): string {
  return THEMES.label(theme, lang);
}

/** One-sentence plain-language introduction of a theme. */
export function themeIntro(theme: Theme, lang: Lang): string {
  return THEME_INTROS[lang][theme];
}

/** Display name of a scheme type. */
export function schemeTypeLabel(type: string, lang: Lang): string {
  return SCHEME_TYPES.label(type, lang);
}

/** Display name of a partner kind. */
export function partnerKindLabel(kind: string, lang: Lang): string {
  return PARTNER_KINDS.label(kind, lang);
}

/** Display name of a sector. */
export function sectorLabel(sector: string, lang: Lang): string {
  return SECTORS.label(sector, lang);
}

/** Display name of a Rotterdam district (proper names, the same in both languages). */
export function districtLabel(district: string): string {
  return DISTRICTS.label(district, 'nl');
}

/** Display name of an event's spoken language. */
export function spokenLanguageLabel(code: string, lang: Lang): string {
  return EVENT_LANGUAGES.label(code, lang);
}

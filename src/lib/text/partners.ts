// Interface text of partner pages and the emergency number.
import { dictionary, type Lang, type Wording } from '@mkb010/model';

const nl = {
  services: 'Helpt met',
  website: 'Website',
  address: 'Adres',
  partnerGuides: 'Gidsen van deze partner',
  partnerEvents: 'Evenementen van deze partner',
  partnerSchemes: 'Regelingen van deze partner',
  partnerStories: 'Verhalen waarbij deze partner hielp',
  emergencyNumber: (partner: string) => `Spoednummer ${partner}`,
} as const;

const TEXT = dictionary({
  nl,
  en: {
    services: 'Helps with',
    website: 'Website',
    address: 'Address',
    partnerGuides: 'Guides by this partner',
    partnerEvents: 'Events by this partner',
    partnerSchemes: 'Support schemes by this partner',
    partnerStories: 'Stories this partner helped with',
    emergencyNumber: (partner: string) => `${partner} emergency number`,
  },
});

/** The text of partner pages and the emergency number in a language. */
export function partnerText(lang: Lang): Wording<typeof nl> {
  return TEXT[lang];
}

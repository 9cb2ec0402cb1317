// Interface text of the campaigns overview and campaign pages.
import { dictionary, type Lang, type Wording } from '@mkb010/model';

const nl = {
  faq: 'Veelgestelde vragen',
  campaignsLead:
    'Lopende campagnes van de gemeente en de partners: een maand lang aandacht voor één onderwerp, met gidsen, evenementen en regelingen bij elkaar.',
  noCampaigns: 'Er loopt op dit moment geen campagne.',
  noCampaignsEvents: 'Bekijk de evenementen die eraan komen',
} as const;

const TEXT = dictionary({
  nl,
  en: {
    faq: 'Frequently asked questions',
    campaignsLead:
      'Current campaigns of the city and the partners: a month of attention for one subject, with guides, events and support schemes brought together.',
    noCampaigns: 'There is no campaign running at the moment.',
    noCampaignsEvents: 'See the upcoming events',
  },
});

/** The text of the campaigns overview and campaign pages in a language. */
export function campaignText(lang: Lang): Wording<typeof nl> {
  return TEXT[lang];
}

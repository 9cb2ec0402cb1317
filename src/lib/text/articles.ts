// Interface text of guides, stories and CMS pages: their facts, translations and text only in the other language.
import { dictionary, type Lang, type Wording } from '@mkb010/model';

const nl = {
  owner: 'Geschreven door',
  helpedBy: 'Geholpen door',
  lastChecked: 'Laatst gecontroleerd',
  published: 'Gepubliceerd',
  firstPublished: 'Eerst gepubliceerd op',
  lastUpdated: 'Laatst gewijzigd op',
  steps: 'Stappen',
  timeNeeded: 'Tijd nodig',
  costIndication: 'Kosten',
  sectors: 'Sectoren',
  relatedGuides: 'Gerelateerde gidsen',
  relatedSchemes: 'Regelingen die hierbij passen',
  /** Link text to a translation, written in the language it leads to. */
  translationGuide: 'Lees deze gids in het Nederlands',
  translationStory: 'Lees dit verhaal in het Nederlands',
  company: 'Bedrijf',
  entrepreneur: 'Ondernemer',
  sector: 'Sector',
  district: 'Wijk',
  onlyInOtherLanguage: 'Deze tekst is er alleen in het Engels.',
  onlyInOtherTitle: (type: 'guide' | 'story') =>
    type === 'guide' ? 'Deze gids is er alleen in het Engels' : 'Dit verhaal is er alleen in het Engels',
  onlyInOtherRead: 'Je kunt de Engelse versie lezen:',
  onlyInOtherOverview: (type: 'guide' | 'story') =>
    type === 'guide' ? 'Bekijk alle gidsen in het Nederlands' : 'Bekijk alle verhalen in het Nederlands',
  writtenIn: (l: 'nl' | 'en') => (l === 'nl' ? 'In het Nederlands' : 'In het Engels'),
  checkedLongAgo: (day: string, partner: string) => `Laatst gecontroleerd op ${day} — controleer de actuele voorwaarden bij ${partner}.`,
  checkedLongAgoNoPartner: (day: string) => `Laatst gecontroleerd op ${day} — controleer de actuele voorwaarden bij de aanbieder.`,
} as const;

const TEXT = dictionary({
  nl,
  en: {
    owner: 'Written by',
    helpedBy: 'Helped by',
    lastChecked: 'Last checked',
    published: 'Published',
    firstPublished: 'First published on',
    lastUpdated: 'Last updated on',
    steps: 'Steps',
    timeNeeded: 'Time needed',
    costIndication: 'Cost',
    sectors: 'Sectors',
    relatedGuides: 'Related guides',
    relatedSchemes: 'Support schemes that fit',
    translationGuide: 'Read this guide in English',
    translationStory: 'Read this story in English',
    company: 'Company',
    entrepreneur: 'Entrepreneur',
    sector: 'Sector',
    district: 'District',
    onlyInOtherLanguage: 'This text is only available in Dutch.',
    onlyInOtherTitle: (type: 'guide' | 'story') =>
      type === 'guide' ? 'This guide is only available in Dutch' : 'This story is only available in Dutch',
    onlyInOtherRead: 'You can read the Dutch original:',
    onlyInOtherOverview: (type: 'guide' | 'story') => (type === 'guide' ? 'See all guides in English' : 'See all stories in English'),
    writtenIn: (l: 'nl' | 'en') => (l === 'nl' ? 'In Dutch' : 'In English'),
    checkedLongAgo: (day: string, partner: string) => `Last checked on ${day} — check the current conditions with ${partner}.`,
    checkedLongAgoNoPartner: (day: string) => `Last checked on ${day} — check the current conditions with the provider.`,
  },
});

/** The text of guides, stories and CMS pages in a language. */
export function articleText(lang: Lang): Wording<typeof nl> {
  return TEXT[lang];
}

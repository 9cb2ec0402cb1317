// The Hulpwijzer's interface text in Dutch and English (Dutch says "je").
import { dictionary, type Lang, type Wording } from '@mkb010/model';

const nl = {
  title: 'Hulpwijzer',
  lead: 'Vind in drie vragen de regelingen, partners, gidsen en evenementen die bij jouw bedrijf passen.',
  description: 'Drie vragen, en je ziet welke regelingen, partners, gidsen en evenementen in Rotterdam bij jouw bedrijf passen.',
  question1: 'Vraag 1 van 3: waar wil je mee aan de slag?',
  byGoal: 'Kies wat je wilt bereiken',
  byTheme: 'Of kies een thema',
  themeChoice: (theme: string) => `${theme} ondernemen`,
  question2: 'Vraag 2 van 3: in welke sector werk je?',
  otherSector: 'Anders, of in meer sectoren',
  question3: 'Vraag 3 van 3: waar in Rotterdam zit je bedrijf?',
  anywhere: 'Maakt niet uit',
  stepTitle: (choice: string) => `Hulpwijzer: ${choice}`,
  stepLead: (choice: string, theme: string) => `Je koos „${choice}”. Dat hoort bij het thema ${theme}.`,
  resultTitle: (theme: string, sector: string | undefined) => `${theme}: hulp voor ${sector ? sector.toLowerCase() : 'elke sector'}`,
  resultDescription: (theme: string, sector: string | undefined) =>
    `Open regelingen, partners, gidsen en komende evenementen over ${theme.toLowerCase()} ondernemen${sector ? ` voor ${sector.toLowerCase()}` : ''} in Rotterdam.`,
  goalDescription: (goal: string, sector: string | undefined) =>
    `Open regelingen, partners, gidsen en komende evenementen voor wie dit wil: ${goal.toLowerCase()}${sector ? `, in de sector ${sector.toLowerCase()}` : ''}. In Rotterdam.`,
  yourChoice: 'Jouw keuze',
  changeTheme: 'Ander thema of doel kiezen',
  changeSector: 'Andere sector kiezen',
  allOfRotterdam: 'Je ziet alles voor heel Rotterdam. Kies je wijk om de lijst korter te maken.',
  districtChosen: (district: string) =>
    `Je koos ${district}. Je ziet wat in ${district} helpt en wat voor heel Rotterdam is. Evenementen in ${district} staan bovenaan.`,
  schemes: 'Regelingen die nu open zijn',
  partners: 'Partners die je helpen',
  guides: 'Gidsen',
  events: 'Komende evenementen',
  found: (n: number) => `${n} gevonden`,
  allSchemes: (theme: string) => `Alle regelingen over ${theme.toLowerCase()}`,
  allPartners: (theme: string) => `Alle partners voor ${theme.toLowerCase()}`,
  allGuides: (theme: string) => `Alle gidsen over ${theme.toLowerCase()}`,
  allEvents: 'Alle komende evenementen',
  forGoal: 'Past precies bij je doel',
  forSector: (sector: string) => `Speciaal voor ${sector.toLowerCase()}`,
  onlyIn: (districts: string) => `Alleen in ${districts}`,
  heldIn: (district: string) => `In ${district}`,
  noneInSection: 'Hier is nu niets voor jouw keuze.',
  firstOf: (shown: number, total: number) => `Je ziet de eerste ${shown} van ${total}. Bekijk ze allemaal:`,
  nothingFound: 'We vonden niets dat precies bij je keuze past. Neem contact met ons op: we zoeken samen met je uit wie je verder helpt.',
  contactTitle: 'Liever even overleggen?',
  contactText: 'Bel of mail MKB010>>Next. We helpen je gratis verder en brengen je in contact met de juiste partner.',
  // Fragment ids per district: `#wijk-charlois`.
  districtAnchor: 'wijk',
  finderLink: 'Hulpwijzer: vind in drie vragen hulp die bij je bedrijf past',
  fitsMe: 'Past dit bij mij?',
  fitsSectors: 'Sector',
  fitsSizes: 'Grootte van je bedrijf',
  fitsDistricts: 'Waar in Rotterdam',
  fitsEligibility: 'Voorwaarden in het kort',
  allConditions: 'Alle voorwaarden',
  allSectors: 'Alle sectoren',
  allSizes: 'Elke grootte',
  wholeCity: 'Heel Rotterdam',
};

const en: Wording<typeof nl> = {
  title: 'Help finder',
  lead: 'Three questions to find the support schemes, partners, guides and events that fit your business.',
  description: 'Answer three questions and see which support schemes, partners, guides and events in Rotterdam fit your business.',
  question1: 'Question 1 of 3: what do you want to work on?',
  byGoal: 'Choose what you want to achieve',
  byTheme: 'Or choose a theme',
  themeChoice: (theme: string) => `${theme} business`,
  question2: 'Question 2 of 3: which sector do you work in?',
  otherSector: 'Other, or more than one sector',
  question3: 'Question 3 of 3: where in Rotterdam is your business?',
  anywhere: 'Does not matter',
  stepTitle: (choice: string) => `Help finder: ${choice}`,
  stepLead: (choice: string, theme: string) => `You chose “${choice}”. That belongs to the theme ${theme}.`,
  resultTitle: (theme: string, sector: string | undefined) => `${theme}: help for ${sector ? sector.toLowerCase() : 'every sector'}`,
  resultDescription: (theme: string, sector: string | undefined) =>
    `Open support schemes, partners, guides and upcoming events on ${theme.toLowerCase()} business${sector ? ` for ${sector.toLowerCase()}` : ''} in Rotterdam.`,
  goalDescription: (goal: string, sector: string | undefined) =>
    `Open support schemes, partners, guides and upcoming events for this goal: ${goal.toLowerCase()}${sector ? `, in ${sector.toLowerCase()}` : ''}. In Rotterdam.`,
  yourChoice: 'Your choice',
  changeTheme: 'Choose another theme or goal',
  changeSector: 'Choose another sector',
  allOfRotterdam: 'You see everything for all of Rotterdam. Choose your district to shorten the list.',
  districtChosen: (district: string) =>
    `You chose ${district}. You see what helps in ${district} and what is for all of Rotterdam. Events in ${district} come first.`,
  schemes: 'Support schemes open now',
  partners: 'Partners who help you',
  guides: 'Guides',
  events: 'Upcoming events',
  found: (n: number) => `${n} found`,
  allSchemes: (theme: string) => `All ${theme.toLowerCase()} support schemes`,
  allPartners: (theme: string) => `All partners for ${theme.toLowerCase()} business`,
  allGuides: (theme: string) => `All ${theme.toLowerCase()} guides`,
  allEvents: 'All upcoming events',
  forGoal: 'Made for your goal',
  forSector: (sector: string) => `Made for ${sector.toLowerCase()}`,
  onlyIn: (districts: string) => `Only in ${districts}`,
  heldIn: (district: string) => `In ${district}`,
  noneInSection: 'Nothing here for your choice right now.',
  firstOf: (shown: number, total: number) => `You see the first ${shown} of ${total}. See them all:`,
  nothingFound: 'We found nothing that fits your choice exactly. Get in touch: we will work out with you who can help you next.',
  contactTitle: 'Rather talk it through?',
  contactText: 'Call or email MKB010>>Next. We help you for free and put you in touch with the right partner.',
  districtAnchor: 'district',
  finderLink: 'Help finder: three questions to find help that fits your business',
  fitsMe: 'Is this for me?',
  fitsSectors: 'Sector',
  fitsSizes: 'Size of your business',
  fitsDistricts: 'Where in Rotterdam',
  fitsEligibility: 'Conditions in short',
  allConditions: 'All conditions',
  allSectors: 'All sectors',
  allSizes: 'Any size',
  wholeCity: 'All of Rotterdam',
};

const TEXT = dictionary({ nl, en });

/** The Hulpwijzer's text in a language. */
export function finderText(lang: Lang): Wording<typeof nl> {
  return TEXT[lang];
}

const lists = { nl: new Intl.ListFormat('nl', { type: 'conjunction' }), en: new Intl.ListFormat('en-GB', { type: 'conjunction' }) };

/** Names joined as people write them: "Feijenoord, Charlois en IJsselmonde". */
export function joinNames(names: readonly string[], lang: Lang): string {
  return lists[lang].format(names);
}

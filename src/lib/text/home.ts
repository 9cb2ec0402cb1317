// Interface text of the home page.
import { dictionary, type Lang, type Wording } from '@mkb010/model';

const nl = {
  homeTitle: 'MKB010>>Next: circulair, duurzaam en digitaal ondernemen in Rotterdam',
  newestGuides: 'Nieuwste gidsen',
  newestStories: 'Nieuwste verhalen',
  nextEvents: 'De volgende evenementen',
  allGuides: 'Alle gidsen',
  allStories: 'Alle verhalen',
  allEvents: 'Alle evenementen',
  offerTitle: 'Wat we voor je doen',
  liveCampaign: 'Nu in de schijnwerpers',
  progressTitle: 'Onze voortgang',
  progressLink: 'Bekijk de voortgang',
} as const;

const TEXT = dictionary({
  nl,
  en: {
    homeTitle: 'MKB010>>Next: circular, sustainable and digital business in Rotterdam',
    newestGuides: 'Newest guides',
    newestStories: 'Newest stories',
    nextEvents: 'Coming up',
    allGuides: 'All guides',
    allStories: 'All stories',
    allEvents: 'All events',
    offerTitle: 'What we do for you',
    liveCampaign: 'In the spotlight',
    progressTitle: 'Our progress',
    progressLink: 'See our progress',
  },
});

/** The text of the home page in a language. */
export function homeText(lang: Lang): Wording<typeof nl> {
  return TEXT[lang];
}

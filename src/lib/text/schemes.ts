// Interface text of support scheme pages and cards, their change log, feed and deadline links.
import { dictionary, type Lang, type Wording } from '@mkb010/model';

const nl = {
  provider: 'Aangeboden door',
  whoQualifies: 'Voor wie',
  amount: 'Bedrag',
  upTo: 'tot',
  deadline: 'Deadline',
  ongoing: 'Doorlopend, geen deadline',
  howToApply: 'Zo vraag je het aan',
  applyButton: 'Naar de aanvraag',
  closed: 'Gesloten',
  open: 'Open',
  closedNotice: 'De deadline van deze regeling is voorbij. Je kunt niet meer aanvragen.',
  usedUpNotice: 'Het budget van deze regeling is op. Je kunt niet meer aanvragen.',
  opensLaterNotice: (day: string) => `Je kunt deze regeling aanvragen vanaf ${day}.`,
  changedOn: 'Gewijzigd op',
  whatChanged: 'Wat is er veranderd',
  deadlineToCalendar: 'Zet de deadline in je agenda (.ics)',
  followSchemes: 'Volg deze regelingen (Atom-feed)',
  deadlinesSubscribe: 'Abonneer op de deadlines in je agenda',
  followExplained:
    'Met de feed zie je in je feedlezer welke regelingen opengaan, veranderen of bijna sluiten. Het agenda-abonnement zet alle deadlines in je agenda-app.',
} as const;

const TEXT = dictionary({
  nl,
  en: {
    provider: 'Offered by',
    whoQualifies: 'Who qualifies',
    amount: 'Amount',
    upTo: 'up to',
    deadline: 'Deadline',
    ongoing: 'Ongoing, no deadline',
    howToApply: 'How to apply',
    applyButton: 'Go to the application',
    closed: 'Closed',
    open: 'Open',
    closedNotice: 'The deadline for this scheme has passed. You can no longer apply.',
    usedUpNotice: 'The budget for this scheme has been used up. You can no longer apply.',
    opensLaterNotice: (day: string) => `You can apply for this scheme from ${day}.`,
    changedOn: 'Updated on',
    whatChanged: 'What has changed',
    deadlineToCalendar: 'Add the deadline to your calendar (.ics)',
    followSchemes: 'Follow these schemes (Atom feed)',
    deadlinesSubscribe: 'Subscribe to the deadlines in your calendar',
    followExplained:
      'The feed tells your feed reader which schemes open, change or are about to close. The calendar subscription puts every deadline in your calendar app.',
  },
});

/** The text of support scheme pages and cards, their change log, feed and deadline links in a language. */
export function schemeText(lang: Lang): Wording<typeof nl> {
  return TEXT[lang];
}

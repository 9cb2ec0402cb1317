// Interface text of event pages, event cards, the events overview and the calendar links.
import { dictionary, type Lang, type Wording } from '@mkb010/model';

const nl = {
  upcomingEvents: 'Komende evenementen',
  pastEvents: 'Afgelopen evenementen',
  eventsArchive: 'Archief van evenementen',
  noUpcomingEvents: 'Er staan op dit moment geen evenementen gepland.',
  noPastEvents: 'Er zijn nog geen afgelopen evenementen.',
  seeArchive: 'Bekijk afgelopen evenementen',
  backToUpcoming: 'Terug naar komende evenementen',
  when: 'Wanneer',
  where: 'Waar',
  online: 'Online',
  hybrid: 'Op locatie en online',
  onlineLink: 'Link naar de online sessie',
  register: 'Aanmelden',
  cost: 'Kosten',
  free: 'Gratis',
  spokenLanguage: 'Voertaal',
  organisers: 'Georganiseerd door',
  cancelled: 'Geannuleerd',
  cancelledNotice: 'Dit evenement gaat niet door.',
  pastNotice: 'Dit evenement is geweest',
  nextEdition: 'De volgende keer',
  seeUpcomingEvents: 'Bekijk de komende evenementen',
  addToCalendar: 'Zet in je agenda (.ics)',
  subscribeCalendar: 'Abonneer op de agenda',
  calendarSubscribe: 'Abonneren',
  calendarDownload: 'Downloaden (.ics)',
  calendarExplained:
    'Met Abonneren zet je de agenda in je eigen agenda-app en komen nieuwe evenementen er vanzelf bij; Downloaden geeft je één bestand met de evenementen van vandaag.',
  timesInAmsterdam: 'Tijden in Nederlandse tijd (Amsterdam).',
} as const;

const TEXT = dictionary({
  nl,
  en: {
    upcomingEvents: 'Upcoming events',
    pastEvents: 'Past events',
    eventsArchive: 'Events archive',
    noUpcomingEvents: 'No events are planned right now.',
    noPastEvents: 'There are no past events yet.',
    seeArchive: 'See past events',
    backToUpcoming: 'Back to upcoming events',
    when: 'When',
    where: 'Where',
    online: 'Online',
    hybrid: 'On site and online',
    onlineLink: 'Link to the online session',
    register: 'Register',
    cost: 'Cost',
    free: 'Free',
    spokenLanguage: 'Language',
    organisers: 'Organised by',
    cancelled: 'Cancelled',
    cancelledNotice: 'This event will not take place.',
    pastNotice: 'This event has taken place',
    nextEdition: 'Next time',
    seeUpcomingEvents: 'See the upcoming events',
    addToCalendar: 'Add to your calendar (.ics)',
    subscribeCalendar: 'Subscribe to the calendar',
    calendarSubscribe: 'Subscribe',
    calendarDownload: 'Download (.ics)',
    calendarExplained:
      'Subscribe adds the calendar to your own calendar app and new events appear by themselves; Download gives you one file with the events as they are today.',
    timesInAmsterdam: 'Times are Dutch time (Amsterdam).',
  },
});

/** The text of event pages, event cards, the events overview and the calendar links in a language. */
export function eventText(lang: Lang): Wording<typeof nl> {
  return TEXT[lang];
}

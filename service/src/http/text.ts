// The service's own words, in Dutch (B1) and English: its error pages and what it says about a
// field. Field labels come from the model's form definitions.
import { ALERT_CONFIRM_DAYS, type Bilingual, DIGEST_HOUR, dictionary, REMINDER_DAYS } from '@mkb010/model';

/** What is wrong with a field the visitor filled in. */
export const FIELD_MESSAGES: Record<string, Partial<Record<'missing' | 'invalid', Bilingual>>> = {
  name: { missing: { nl: 'Vul je naam in.', en: 'Enter your name.' } },
  email: {
    missing: { nl: 'Vul je e-mailadres in.', en: 'Enter your email address.' },
    invalid: {
      nl: 'Vul een e-mailadres in zoals naam@voorbeeld.nl.',
      en: 'Enter an email address like name@example.com.',
    },
  },
  phone: {
    invalid: {
      nl: 'Vul een telefoonnummer in met alleen cijfers, spaties, + of -, zoals 010 123 45 67.',
      en: 'Enter a phone number with only digits, spaces, + or -, like +31 10 123 45 67.',
    },
  },
  question: { missing: { nl: 'Schrijf je vraag.', en: 'Write your question.' } },
  consent: {
    missing: {
      nl: 'Geef toestemming, anders kunnen we je vraag niet doorsturen.',
      en: 'Give your consent, otherwise we cannot pass on your question.',
    },
  },
  useful: { missing: { nl: 'Kies ja of nee.', en: 'Choose yes or no.' } },
  theme: { missing: { nl: 'Kies een thema.', en: 'Choose a theme.' } },
  docId: {
    invalid: {
      nl: 'Voor deze regeling kunnen we geen herinnering sturen: hij heeft geen deadline, of de deadline is al voorbij.',
      en: 'We cannot send a reminder for this scheme: it has no deadline, or the deadline has passed.',
    },
  },
};

/** Short names of the fields, as the list of problems above the form shows them. */
export const FIELD_NAMES: Record<string, Bilingual> = {
  name: { nl: 'Naam', en: 'Name' },
  email: { nl: 'E-mailadres', en: 'Email address' },
  phone: { nl: 'Telefoonnummer', en: 'Phone number' },
  company: { nl: 'Bedrijfsnaam', en: 'Company name' },
  question: { nl: 'Vraag', en: 'Question' },
  consent: { nl: 'Toestemming', en: 'Consent' },
  useful: { nl: 'Nuttig', en: 'Useful' },
  comment: { nl: 'Wat ontbrak er', en: 'What was missing' },
  theme: { nl: 'Thema', en: 'Theme' },
};

/** A field that is too long: names the limit and how long it was. */
export function tooLong(limit: number, length: number): Bilingual {
  return {
    nl: `Dit mag hoogstens ${limit} tekens zijn. Je schreef er ${length}.`,
    en: `This can be at most ${limit} characters. You wrote ${length}.`,
  };
}

/** A field the page fills in itself arrived wrong: not the visitor's fault. */
export function brokenForm(field: string): Bilingual {
  return {
    nl: `Het formulier kwam niet goed aan (veld "${field}"). Ga terug naar de pagina, laad hem opnieuw en probeer het nog een keer.`,
    en: `The form did not arrive correctly (field "${field}"). Go back to the page, reload it and try again.`,
  };
}

/** Words on the service's pages. */
export const PAGE_TEXT = {
  siteName: { nl: 'MKB010>>Next', en: 'MKB010>>Next' },
  skipLink: { nl: 'Naar de inhoud', en: 'Skip to content' },
  checkTitle: { nl: 'Controleer wat je invulde', en: 'Check what you entered' },
  problemHeading: { nl: 'Er is een probleem', en: 'There is a problem' },
  notSentYet: {
    nl: 'Je bericht is nog niet verstuurd. Verbeter wat hieronder staat en verstuur het opnieuw.',
    en: 'Your message has not been sent yet. Correct what is shown below and send it again.',
  },
  send: { nl: 'Versturen', en: 'Send' },
  backToPage: { nl: 'Terug naar de pagina', en: 'Back to the page' },
  backToSite: { nl: 'Naar de website', en: 'Go to the website' },
  privacyLink: { nl: 'Lees de privacyverklaring', en: 'Read the privacy statement' },
  errorPrefix: { nl: 'Fout:', en: 'Error:' },
  honeypot: { nl: 'Laat dit veld leeg', en: 'Leave this field empty' },
  refusedTitle: { nl: 'Je bericht is niet verstuurd', en: 'Your message was not sent' },
  refusedBody: {
    nl: 'We konden dit bericht niet aannemen. Gebruik het formulier op de pagina zelf en probeer het opnieuw.',
    en: 'We could not accept this message. Use the form on the page itself and try again.',
  },
  foreignTitle: { nl: 'Dit formulier hoort bij een andere website', en: 'This form belongs to another website' },
  foreignBody: {
    nl: 'We nemen alleen berichten aan die via onze eigen website worden verstuurd. Ga naar de website en gebruik het formulier daar.',
    en: 'We only accept messages sent from our own website. Go to the website and use the form there.',
  },
  tooLargeTitle: { nl: 'Je bericht is te groot', en: 'Your message is too large' },
  tooLargeBody: {
    nl: 'Een bericht mag hoogstens 16 kB zijn. Maak je tekst korter en probeer het opnieuw.',
    en: 'A message can be at most 16 kB. Make your text shorter and try again.',
  },
  tooManyTitle: { nl: 'Je hebt veel berichten kort na elkaar verstuurd', en: 'You sent many messages in a short time' },
  tooManyBody: {
    nl: 'Om misbruik te voorkomen nemen we nu even geen berichten van je aan. Probeer het over een uur opnieuw.',
    en: 'To prevent misuse we are not accepting messages from you for a while. Try again in an hour.',
  },
  notFoundTitle: { nl: 'Deze pagina bestaat niet', en: 'This page does not exist' },
  notFoundBody: { nl: 'Ga naar de website om verder te zoeken.', en: 'Go to the website to find what you need.' },
  failedTitle: { nl: 'Er ging bij ons iets mis', en: 'Something went wrong on our side' },
  failedBody: {
    nl: 'Je bericht is niet opgeslagen. Probeer het over een paar minuten opnieuw.',
    en: 'Your message was not saved. Try again in a few minutes.',
  },
} satisfies Record<string, Bilingual>;

/** Words on the pages behind the links in alert mails (confirm, unsubscribe) and after their buttons. */
export const ALERT_PAGE_TEXT = dictionary({
  nl: {
    confirmTitle: 'Bevestig je aanmelding',
    confirmDigest: (theme: string) =>
      `Wil je een e-mail krijgen als een regeling met het thema ${theme} opengaat, verandert of bijna sluit?`,
    confirmReminder: (title: string) => `Wil je ${REMINDER_DAYS} dagen voor de deadline van ${title} een herinnering krijgen?`,
    confirmButton: 'Ja, bevestig mijn aanmelding',
    confirmedTitle: 'Je aanmelding is bevestigd',
    confirmedDigest: (theme: string) =>
      `Je krijgt vanaf nu een e-mail om ${DIGEST_HOUR} uur 's ochtends als een regeling met het thema ${theme} opengaat, verandert of bijna sluit. In elke e-mail staat een link om je af te melden.`,
    confirmedReminder: (title: string) =>
      `We sturen je ${REMINDER_DAYS} dagen voor de deadline van ${title} een herinnering. In die e-mail staat ook een link om je af te melden.`,
    alreadyTitle: 'Je aanmelding was al bevestigd',
    alreadyBody: 'Je hoeft niets meer te doen. Je krijgt de e-mails waarvoor je je hebt aangemeld.',
    expiredTitle: 'Deze link is verlopen',
    expiredBody: `Een bevestigingslink werkt ${ALERT_CONFIRM_DAYS} dagen. Meld je opnieuw aan met het formulier op de website.`,
    goneTitle: 'Deze link werkt niet meer',
    goneBody: `Deze aanmelding bestaat niet meer: je hebt je afgemeld, of je hebt hem niet binnen ${ALERT_CONFIRM_DAYS} dagen bevestigd. Meld je opnieuw aan met het formulier op de website.`,
    forgedTitle: 'Deze link werkt niet',
    forgedBody:
      'De link is niet compleet of niet juist. Kopieer de hele link uit de e-mail naar de adresbalk van je browser. Of meld je opnieuw aan met het formulier op de website.',
    unsubscribeTitle: 'Afmelden',
    unsubscribeDigest: (theme: string) => `Wil je geen e-mails meer over regelingen met het thema ${theme}?`,
    unsubscribeReminder: (title: string) => `Wil je geen herinnering meer voor de deadline van ${title}?`,
    unsubscribeButton: 'Ja, meld mij af',
    unsubscribedTitle: 'Je bent afgemeld',
    unsubscribedBody: 'Je krijgt deze e-mails niet meer. We hebben je e-mailadres en je keuze verwijderd.',
    alreadyGoneTitle: 'Je bent al afgemeld',
    alreadyGoneBody: 'Deze aanmelding bestaat niet meer, dus je krijgt hierover geen e-mails meer van ons. Je hoeft niets te doen.',
    schemeGone: 'een regeling die niet meer op de website staat',
  },
  en: {
    confirmTitle: 'Confirm your subscription',
    confirmDigest: (theme: string) => `Do you want an email when a scheme on the theme ${theme} opens, changes or is about to close?`,
    confirmReminder: (title: string) => `Do you want a reminder ${REMINDER_DAYS} days before the deadline of ${title}?`,
    confirmButton: 'Yes, confirm my subscription',
    confirmedTitle: 'Your subscription is confirmed',
    confirmedDigest: (theme: string) =>
      `From now on you get an email at ${DIGEST_HOUR} in the morning when a scheme on the theme ${theme} opens, changes or is about to close. Every email has a link to unsubscribe.`,
    confirmedReminder: (title: string) =>
      `We will send you a reminder ${REMINDER_DAYS} days before the deadline of ${title}. That email also has a link to unsubscribe.`,
    alreadyTitle: 'Your subscription was already confirmed',
    alreadyBody: 'You do not need to do anything else. You will get the emails you signed up for.',
    expiredTitle: 'This link has expired',
    expiredBody: `A confirmation link works for ${ALERT_CONFIRM_DAYS} days. Sign up again with the form on the website.`,
    goneTitle: 'This link no longer works',
    goneBody: `This subscription no longer exists: you unsubscribed, or you did not confirm it within ${ALERT_CONFIRM_DAYS} days. Sign up again with the form on the website.`,
    forgedTitle: 'This link does not work',
    forgedBody:
      'The link is incomplete or not correct. Copy the whole link from the email into the address bar of your browser. Or sign up again with the form on the website.',
    unsubscribeTitle: 'Unsubscribe',
    unsubscribeDigest: (theme: string) => `Do you no longer want emails about support schemes on the theme ${theme}?`,
    unsubscribeReminder: (title: string) => `Do you no longer want a reminder for the deadline of ${title}?`,
    unsubscribeButton: 'Yes, unsubscribe me',
    unsubscribedTitle: 'You have unsubscribed',
    unsubscribedBody: 'You will not get these emails any more. We have deleted your email address and your choice.',
    alreadyGoneTitle: 'You have already unsubscribed',
    alreadyGoneBody: 'This subscription no longer exists, so you will not get emails about it from us. You do not need to do anything.',
    schemeGone: 'a scheme that is no longer on the website',
  },
});

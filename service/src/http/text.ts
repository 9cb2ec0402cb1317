// The service's own words, in Dutch (B1) and English: its error pages and what it says about a
// field. Field labels come from the model's form definitions.
import type { Bilingual } from '@mkb010/model';

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

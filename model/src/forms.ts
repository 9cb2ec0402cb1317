// The forms the static site shows and the service takes in: where each posts, its fields with their
// labels, limits and input types. The site renders its forms from these definitions and the
// service validates against them (and renders the same fields again on its error page), so a
// limit or a label is written once.
import type { Bilingual, Lang } from './lang.ts';
import { COMPANY_SIZES, DISTRICTS, GOALS, SECTORS, THEMES, type ValueList } from './lists.ts';
import { REMINDER_DAYS } from './rules.ts';

/** The service's endpoints, below `SERVICE_URL`. */
export const SERVICE_ENDPOINTS = {
  intake: '/intake',
  feedback: '/feedback',
  /** E-mail alerts (issue 23): the site's form posts here; the service sends a confirmation mail. */
  subscribe: '/alerts/subscribe',
  /** The link in the confirmation mail (`?token=…`); the service's own page answers. */
  confirm: '/alerts/confirm',
  /** The link in every alert mail (`?token=…`): GET shows a button, POST unsubscribes (RFC 8058 one-click). */
  unsubscribe: '/alerts/unsubscribe',
  searchSignal: '/search-signal',
} as const;

/** A form the site posts to the service as `application/x-www-form-urlencoded`. */
export type FormKind = 'intake' | 'feedback' | 'subscribe';

/** The honeypot: rendered out of sight and out of the tab order, it must arrive empty. */
export const HONEYPOT_FIELD = 'website';

/** The largest request body the service takes, in bytes; a larger one gets 413. */
export const MAX_BODY_BYTES = 16 * 1024;

/** Search signals are sent only for searches with fewer results than this. */
export const SEARCH_SIGNAL_BELOW = 3;

/** The longest search query a signal keeps (characters after normalising). */
export const SEARCH_SIGNAL_MAX_QUERY = 100;

/** How a field is entered. */
export type FieldInput = 'text' | 'email' | 'tel' | 'textarea' | 'checkbox' | 'radio' | 'hidden';

/** One field of a form. */
export interface FormField {
  name: string;
  input: FieldInput;
  required: boolean;
  /** Longest value in characters (`maxlength` on the site, checked again by the service). */
  maxLength?: number;
  /** The `autocomplete` token for fields a browser may fill in. */
  autocomplete?: string;
  /** What the label says; empty for hidden fields. */
  label: Bilingual;
  hint?: Bilingual;
  /** The only value a checkbox sends, or the values a radio group or hidden list field may take. */
  values?: readonly string[];
  /** Labels of a radio group's values. */
  valueLabels?: Record<string, Bilingual>;
}

const none: Bilingual = { nl: '', en: '' };

/** Hidden fields every form carries: the page it is on and the document it shows (if any). */
const PAGE_FIELDS: FormField[] = [
  { name: 'page', input: 'hidden', required: true, maxLength: 300, label: none },
  { name: 'docId', input: 'hidden', required: false, maxLength: 128, label: none },
];

/** The Hulpwijzer's answers a result page carries into the intake form, each from its model list. */
export const FINDER_ANSWER_LISTS = {
  goal: GOALS,
  theme: THEMES,
  sector: SECTORS,
  district: DISTRICTS,
  size: COMPANY_SIZES,
} as const satisfies Record<string, ValueList<string>>;

/** A Hulpwijzer answer an intake request may carry. */
export type FinderAnswer = keyof typeof FINDER_ANSWER_LISTS;

/** What each Hulpwijzer answer is called in the mail to the partner. */
export const FINDER_ANSWER_LABELS: Record<FinderAnswer, Bilingual> = {
  goal: { nl: 'Doel', en: 'Goal' },
  theme: { nl: 'Thema', en: 'Theme' },
  sector: { nl: 'Branche', en: 'Sector' },
  district: { nl: 'Wijk', en: 'District' },
  size: { nl: 'Grootte van het bedrijf', en: 'Company size' },
};

/** The visitor's e-mail address (254 characters is the longest an address can be), with what it is for. */
function emailField(hint: Bilingual): FormField {
  return {
    name: 'email',
    input: 'email',
    required: true,
    maxLength: 254,
    autocomplete: 'email',
    label: { nl: 'Je e-mailadres', en: 'Your email address' },
    hint,
  };
}

/** "Vraag het een partner" / "Ask a partner". */
export const INTAKE_FIELDS: readonly FormField[] = [
  {
    name: 'name',
    input: 'text',
    required: true,
    maxLength: 100,
    autocomplete: 'name',
    label: { nl: 'Je naam', en: 'Your name' },
  },
  emailField({ nl: 'De partner antwoordt op dit adres.', en: 'The partner replies to this address.' }),
  {
    name: 'phone',
    input: 'tel',
    required: false,
    maxLength: 30,
    autocomplete: 'tel',
    label: { nl: 'Je telefoonnummer (niet verplicht)', en: 'Your phone number (optional)' },
  },
  {
    name: 'company',
    input: 'text',
    required: false,
    maxLength: 100,
    autocomplete: 'organization',
    label: { nl: 'Naam van je bedrijf (niet verplicht)', en: 'Your company name (optional)' },
  },
  {
    name: 'question',
    input: 'textarea',
    required: true,
    maxLength: 2000,
    label: { nl: 'Je vraag', en: 'Your question' },
    hint: { nl: 'Hoogstens 2000 tekens.', en: 'At most 2,000 characters.' },
  },
  {
    name: 'consent',
    input: 'checkbox',
    required: true,
    values: ['yes'],
    label: {
      nl: 'Ik geef toestemming om mijn gegevens naar de partner te sturen, zodat die mijn vraag kan beantwoorden.',
      en: 'I agree that my details are sent to the partner, so they can answer my question.',
    },
    hint: { nl: 'Lees de privacyverklaring.', en: 'Read the privacy statement.' },
  },
  ...PAGE_FIELDS,
  ...Object.entries(FINDER_ANSWER_LISTS).map(
    ([name, list]): FormField => ({ name, input: 'hidden', required: false, values: list.values, label: none }),
  ),
];

/** "Was deze pagina nuttig?" / "Was this page useful?". It asks for no personal data. */
export const FEEDBACK_FIELDS: readonly FormField[] = [
  {
    name: 'useful',
    input: 'radio',
    required: true,
    values: ['yes', 'no'],
    valueLabels: { yes: { nl: 'Ja', en: 'Yes' }, no: { nl: 'Nee', en: 'No' } },
    label: { nl: 'Was deze pagina nuttig?', en: 'Was this page useful?' },
  },
  {
    name: 'comment',
    input: 'textarea',
    required: false,
    maxLength: 500,
    label: { nl: 'Wat ontbrak er? (niet verplicht)', en: 'What was missing? (optional)' },
    hint: {
      nl: 'Hoogstens 500 tekens. Schrijf geen persoonlijke gegevens; we krijgen geen antwoordadres.',
      en: 'At most 500 characters. Please leave out personal details; we cannot reply.',
    },
  },
  ...PAGE_FIELDS,
];

/**
 * What an alert subscription is for: `digest` — a daily mail about new and changed schemes of one
 * theme (schemes overview, theme hubs); `reminder` — one mail REMINDER_DAYS before a scheme's
 * deadline (scheme pages).
 */
export const ALERT_KINDS = ['digest', 'reminder'] as const;

/** An alert subscription's kind. */
export type AlertKind = (typeof ALERT_KINDS)[number];

/**
 * "Mail mij bij nieuwe of gewijzigde regelingen" / "Herinner mij 14 dagen voor de deadline". The site
 * renders one form per kind: `kind` is a hidden field; a digest needs `theme` (a radio group on the
 * schemes overview, a hidden field on a theme hub), a reminder needs `docId` (the scheme's `_id`).
 * The service checks those two: neither is `required` here because each belongs to one kind only.
 * No consent box: the confirmation mail (double opt-in) is the consent.
 */
export const ALERT_FIELDS: readonly FormField[] = [
  emailField({
    nl: 'Je krijgt eerst een e-mail. Klik op de link daarin om je aanmelding te bevestigen.',
    en: 'You will first get an email. Click the link in it to confirm.',
  }),
  {
    name: 'theme',
    input: 'radio',
    required: false,
    values: THEMES.values,
    valueLabels: Object.fromEntries(THEMES.items.map((item) => [item.value, item.label])),
    label: { nl: 'Over welk thema?', en: 'Which theme?' },
  },
  { name: 'kind', input: 'hidden', required: true, values: ALERT_KINDS, label: none },
  ...PAGE_FIELDS,
];

/** How long an alert's confirmation link works (double opt-in); unconfirmed subscriptions are deleted after it. */
export const ALERT_CONFIRM_DAYS = 7;

/** Headings of the two alert forms. */
export const ALERT_TITLES: Record<AlertKind, Bilingual> = {
  digest: { nl: 'Mail mij bij nieuwe of gewijzigde regelingen', en: 'Email me about new or changed schemes' },
  reminder: {
    nl: `Herinner mij ${REMINDER_DAYS} dagen voor de deadline`,
    en: `Remind me ${REMINDER_DAYS} days before the deadline`,
  },
};

/** The fields of each form. */
export const FORM_FIELDS: Record<FormKind, readonly FormField[]> = {
  intake: INTAKE_FIELDS,
  feedback: FEEDBACK_FIELDS,
  subscribe: ALERT_FIELDS,
};

/** Titles of the forms, as headings show them. */
export const FORM_TITLES: Record<FormKind, Bilingual> = {
  intake: { nl: 'Vraag het een partner', en: 'Ask a partner' },
  feedback: { nl: 'Was deze pagina nuttig?', en: 'Was this page useful?' },
  subscribe: { nl: 'Regelingen per e-mail', en: 'Schemes by email' },
};

/**
 * The address a form posts to: the service's endpoint with the page's language in the query, so
 * even an answer given before the body is read (too large, too many requests) is in that language.
 */
export function formAction(serviceUrl: string, kind: FormKind, lang: Lang): string {
  return `${serviceUrl.replace(/\/+$/, '')}${SERVICE_ENDPOINTS[kind]}?lang=${lang}`;
}

/** The address the search page sends its signal to. */
export function searchSignalUrl(serviceUrl: string): string {
  return `${serviceUrl.replace(/\/+$/, '')}${SERVICE_ENDPOINTS.searchSignal}`;
}

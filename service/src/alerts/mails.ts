// The alert mails, in the subscriber's language (B1): the confirmation with its link (double
// opt-in), the daily digest of one theme's news, and the reminder before a scheme's deadline. News is
// worded as the site's feeds word it (@mkb010/content/scheme-news-text); every scheme is named and
// linked to its page on the site; every alert carries its unsubscribe link.
import { formatDay } from '@mkb010/content/dates';
import { newsLabel, newsSentence } from '@mkb010/content/scheme-news-text';
import {
  ALERT_CONFIRM_DAYS,
  type AlertKind,
  DIGEST_HOUR,
  dictionary,
  docPath,
  type Lang,
  plural,
  REMINDER_DAYS,
  type SchemeNews,
  THEMES,
} from '@mkb010/model';
import { siteLink } from '../http/pages.ts';
import { type Block, body } from '../mail/compose.ts';
import type { OutboxMail } from '../mail/transport.ts';
import type { AlertScheme } from './schemes.ts';

const TEXT = dictionary({
  nl: {
    hello: 'Hallo,',
    closing: 'Met vriendelijke groet,\nMKB010>>Next, voor ondernemers in Rotterdam',
    confirmSubject: 'Bevestig je aanmelding voor e-mails over regelingen',
    digestAsked: (theme: string) =>
      `Je hebt je aangemeld voor e-mails over regelingen voor Rotterdamse ondernemers met het thema ${theme}. Je krijgt een e-mail om ${DIGEST_HOUR} uur 's ochtends als een regeling opengaat, verandert of bijna sluit. Is er niets nieuws, dan krijg je geen e-mail.`,
    reminderAsked: (title: string) =>
      `Je hebt gevraagd om een herinnering ${REMINDER_DAYS} dagen voor de deadline van de regeling ${title}.`,
    confirmLink: 'Open deze link en klik op de knop om je aanmelding te bevestigen',
    confirmNote: `De link werkt ${ALERT_CONFIRM_DAYS} dagen. Heb je je niet zelf aangemeld? Dan hoef je niets te doen. We verwijderen je e-mailadres dan na ${ALERT_CONFIRM_DAYS} dagen.`,
    digestSubject: (theme: string, day: string) => `Nieuws over regelingen met het thema ${theme} (${day})`,
    digestIntro: (theme: string, count: number) =>
      `Dit is er nieuw bij de regelingen voor Rotterdamse ondernemers met het thema ${theme}: ${count} ${plural(count, 'nl', { one: 'regeling', other: 'regelingen' })}.`,
    viewScheme: (title: string) => `Bekijk ${title}`,
    reminderSubject: (title: string, days: number) =>
      `Nog ${days} ${plural(days, 'nl', { one: 'dag', other: 'dagen' })}: deadline van ${title}`,
    reminderBody: (title: string, day: string, days: number) =>
      `De deadline van de regeling ${title} is op ${day}. Dat is over ${days} ${plural(days, 'nl', { one: 'dag', other: 'dagen' })}. Wil je deze regeling aanvragen? Begin dan nu, want een aanvraag kost vaak meer tijd dan je denkt.`,
    howToApply: (title: string) => `Lees hoe je ${title} aanvraagt`,
    why: 'Je krijgt deze e-mail omdat je je hebt aangemeld op de website van MKB010>>Next.',
    unsubscribe: 'Geen e-mails meer? Meld je hier af',
  },
  en: {
    hello: 'Hello,',
    closing: 'Kind regards,\nMKB010>>Next, for entrepreneurs in Rotterdam',
    confirmSubject: 'Confirm your subscription to emails about support schemes',
    digestAsked: (theme: string) =>
      `You signed up for emails about support schemes for Rotterdam entrepreneurs on the theme ${theme}. You get an email at ${DIGEST_HOUR} in the morning when a scheme opens, changes or is about to close. When there is no news, you get no email.`,
    reminderAsked: (title: string) => `You asked for a reminder ${REMINDER_DAYS} days before the deadline of the scheme ${title}.`,
    confirmLink: 'Open this link and press the button to confirm',
    confirmNote: `The link works for ${ALERT_CONFIRM_DAYS} days. Did you not sign up yourself? Then you do not need to do anything. We delete your email address after ${ALERT_CONFIRM_DAYS} days.`,
    digestSubject: (theme: string, day: string) => `News about support schemes on the theme ${theme} (${day})`,
    digestIntro: (theme: string, count: number) =>
      `This is what is new in the support schemes for Rotterdam entrepreneurs on the theme ${theme}: ${count} ${plural(count, 'en', { one: 'scheme', other: 'schemes' })}.`,
    viewScheme: (title: string) => `View ${title}`,
    reminderSubject: (title: string, days: number) =>
      `${days} ${plural(days, 'en', { one: 'day', other: 'days' })} left: deadline of ${title}`,
    reminderBody: (title: string, day: string, days: number) =>
      `The deadline of the scheme ${title} is on ${day}. That is in ${days} ${plural(days, 'en', { one: 'day', other: 'days' })}. Do you want to apply? Start now: an application often takes more time than you expect.`,
    howToApply: (title: string) => `Read how to apply for ${title}`,
    why: 'You get this email because you signed up on the MKB010>>Next website.',
    unsubscribe: 'No more emails? Unsubscribe here',
  },
});

/** A subscription as its mails need it. */
export interface SubscriptionForMail {
  email: string;
  lang: Lang;
  kind: AlertKind;
  theme?: string | null;
}

/** A scheme's title in `lang` (Dutch when it has no English one). */
export function schemeTitle(scheme: Pick<AlertScheme, 'title'>, lang: Lang): string {
  return (lang === 'en' && scheme.title.en) || scheme.title.nl;
}

/** A theme's name in `lang`. */
function themeName(theme: string, lang: Lang): string {
  return THEMES.label(theme, lang);
}

/** The address of a scheme's page on the site. */
function schemeUrl(siteUrl: string, scheme: AlertScheme, lang: Lang): string {
  return siteLink(siteUrl, docPath('scheme', scheme.slug, lang));
}

/** The confirmation mail (double opt-in): what was asked for, and the link that confirms it. */
export function confirmMail(subscription: SubscriptionForMail, scheme: AlertScheme | undefined, confirmUrl: string): OutboxMail {
  const text = TEXT[subscription.lang];
  const asked =
    subscription.kind === 'digest'
      ? text.digestAsked(themeName(subscription.theme ?? '', subscription.lang))
      : text.reminderAsked(scheme ? schemeTitle(scheme, subscription.lang) : '');
  const blocks: Block[] = [text.hello, asked, { link: confirmUrl, text: text.confirmLink }, text.confirmNote, text.closing];
  return { to: { name: '', address: subscription.email }, subject: text.confirmSubject, ...body(blocks) };
}

/** The lines every alert ends with: why it came and how to stop it. */
function footer(lang: Lang, unsubscribeUrl: string): Block[] {
  const text = TEXT[lang];
  return [text.closing, text.why, { link: unsubscribeUrl, text: text.unsubscribe }];
}

/** The daily digest of one theme: each piece of news with its scheme, what happened, and a link. */
export function digestMail(
  subscription: SubscriptionForMail,
  items: { scheme: AlertScheme; news: SchemeNews }[],
  options: { day: string; siteUrl: string; unsubscribeUrl: string },
): OutboxMail {
  const { lang } = subscription;
  const text = TEXT[lang];
  const theme = themeName(subscription.theme ?? '', lang);
  const schemes = new Set(items.map((item) => item.scheme._id)).size;
  const blocks: Block[] = [text.hello, text.digestIntro(theme, schemes)];
  for (const { scheme, news } of items) {
    const title = schemeTitle(scheme, lang);
    const sentence = newsSentence(news, scheme, lang);
    blocks.push(`${newsLabel(news, scheme, lang)}: ${title}${sentence ? `\n${sentence}` : ''}`);
    blocks.push({ link: schemeUrl(options.siteUrl, scheme, lang), text: text.viewScheme(title) });
  }
  blocks.push(...footer(lang, options.unsubscribeUrl));
  return {
    to: { name: '', address: subscription.email },
    subject: text.digestSubject(theme, formatDay(options.day, lang)),
    unsubscribeUrl: options.unsubscribeUrl,
    ...body(blocks),
  };
}

/** The reminder before a scheme's deadline: the day, how many days are left, and a link to apply. */
export function reminderMail(
  subscription: SubscriptionForMail,
  scheme: AlertScheme,
  options: { daysLeft: number; siteUrl: string; unsubscribeUrl: string },
): OutboxMail {
  const { lang } = subscription;
  const text = TEXT[lang];
  const title = schemeTitle(scheme, lang);
  const blocks: Block[] = [
    text.hello,
    text.reminderBody(title, formatDay(scheme.deadline ?? '', lang), options.daysLeft),
    { link: schemeUrl(options.siteUrl, scheme, lang), text: text.howToApply(title) },
    ...footer(lang, options.unsubscribeUrl),
  ];
  return {
    to: { name: '', address: subscription.email },
    subject: text.reminderSubject(title, options.daysLeft),
    unsubscribeUrl: options.unsubscribeUrl,
    ...body(blocks),
  };
}

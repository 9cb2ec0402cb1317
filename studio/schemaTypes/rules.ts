// The Studio's validation rules as plain functions. Each returns `true` when the value is fine, or a
// Dutch message that tells the editor what is wrong and what to do. Schema fields call these from
// `validation`, and tests call the same functions, so a rule is written once.

import { SANITY_API_VERSION } from '@mkb010/content/api';
import { formatMonth } from '@mkb010/content/dates';
import { dateTimeProblem, dayProblem, isContentType, isWindowInvalid, pageLanguages, slugProblem } from '@mkb010/model';

/** A message for the editor, or `true` when the value passes. */
export type RuleResult = true | string;

/** Checks that only an event at a venue names a district: an online event takes place nowhere. */
export function districtOnlyAtVenue(mode: string | undefined, district: string | undefined): RuleResult {
  if (!district || mode !== 'online') return true;
  return 'Een online evenement is niet in een wijk. Maak het veld "Wijk" leeg, of kies bij Locatie "op locatie" of "hybride".';
}

/**
 * Checks that a slug can be the document's address: lowercase letters, digits and single hyphens,
 * not too long, not a name Windows reserves, and not a word the site's own addresses use where the
 * document's page would be (`/evenementen/archief/`, `/gidsen/`). The site's build applies the same rule.
 */
export function slugAllowed(slug: string | undefined, doc: { _type?: unknown; language?: unknown }): RuleResult {
  if (!slug || !isContentType(doc._type)) return true; // "required" reports an empty slug
  const problem = slugProblem(slug, doc._type, pageLanguages(doc._type, doc.language));
  switch (problem?.kind) {
    case undefined:
      return true;
    case 'format':
      return `De slug "${slug}" mag alleen kleine letters, cijfers en koppeltekens bevatten (zoals "energie-besparen"), zonder spaties, accenten of koppelteken aan begin of eind. Klik op "Genereren" of pas hem aan.`;
    case 'length':
      return `De slug is ${problem.length} tekens lang en mag hoogstens ${problem.max} tekens hebben. Maak hem korter, bijvoorbeeld met alleen de belangrijkste woorden uit de titel.`;
    case 'windows':
      return `"${slug}" is een naam die Windows voor een apparaat gebruikt; een map met die naam kan daar niet bestaan, en dan kan de site niet meer worden bijgewerkt. Kies een andere slug.`;
    case 'section':
      return `Het webadres ${problem.address} is al van een vast onderdeel van de site, dus dit document zou daar nooit te zien zijn. Kies een andere slug, bijvoorbeeld "over-${slug}" of met een jaartal erbij.`;
  }
}

/** Which kinds of link a URL field accepts besides `https://`. */
export interface UrlOptions {
  /** Allow `mailto:` addresses. */
  mailto?: boolean;
  /** Allow `tel:` numbers. */
  tel?: boolean;
  /** Allow site-internal paths that start with a single `/`. */
  relative?: boolean;
}

/** Checks a link: https only (plus mailto/tel/internal paths where the field allows them); never javascript:. */
export function safeUrl(url: string | undefined, options: UrlOptions = {}): RuleResult {
  if (!url) return true;
  const trimmed = url.trim();
  const allowed = ['https://', options.mailto && 'mailto:', options.tel && 'tel:', options.relative && '/…'].filter(Boolean).join(', ');
  // Browsers ignore case, spaces and control characters in a scheme, so " JaVa\tscript:" counts too.
  const scheme = url.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
  if (scheme.startsWith('javascript:') || scheme.startsWith('data:') || scheme.startsWith('vbscript:')) {
    return `Een ${scheme.split(':')[0]}:-link is niet toegestaan, want die kan bezoekers schaden. Gebruik een link die begint met ${allowed}.`;
  }
  if (trimmed !== url || /\s/.test(url)) {
    return `De link "${url}" bevat een spatie. Haal de spaties weg.`;
  }
  if (options.relative && /^\/(?!\/)/.test(url)) return true;
  if (options.mailto && /^mailto:[^@\s]+@[^@\s]+\.[^@\s]+$/i.test(url)) return true;
  if (options.tel && /^tel:\+?[0-9-]{6,}$/.test(url)) return true;
  if (/^https:\/\//i.test(url)) {
    try {
      const parsed = new URL(url);
      if (parsed.username || parsed.password) {
        return `De link "${url}" bevat een gebruikersnaam of wachtwoord. Haal die uit de link.`;
      }
      if (!parsed.hostname.includes('.')) {
        return `De link "${url}" heeft geen geldig domein. Controleer de link, bijvoorbeeld "https://www.rotterdam.nl/".`;
      }
      return true;
    } catch {
      return `De link "${url}" is geen geldig webadres. Controleer de link, bijvoorbeeld "https://www.rotterdam.nl/".`;
    }
  }
  if (/^http:\/\//i.test(url)) {
    return `De link "${url}" begint met http://. Gebruik de beveiligde versie: https://.`;
  }
  return `De link "${url}" wordt niet geaccepteerd. Gebruik een link die begint met ${allowed}.`;
}

/** Checks that a text's length lies between `min` and `max` characters (both inclusive). */
export function lengthBetween(text: string | undefined, min: number, max: number): RuleResult {
  if (!text) return true;
  const length = [...text.trim()].length;
  if (length < min) {
    return `Deze tekst is ${length} tekens lang; maak hem minstens ${min} tekens (nu ${min - length} te kort).`;
  }
  if (length > max) {
    return `Deze tekst is ${length} tekens lang; maak hem hoogstens ${max} tekens (nu ${length - max} te lang).`;
  }
  return true;
}

/** Checks that a text is no longer than `max` characters. */
export function maxLength(text: string | undefined, max: number): RuleResult {
  return lengthBetween(text, 0, max);
}

/** Checks a phone number as people write it: digits with spaces, dashes, brackets and a leading +. */
export function phoneNumber(phone: string | undefined): RuleResult {
  if (!phone) return true;
  const digits = phone.replace(/\D/g, '').length;
  if (/^\+?[\d\s()-]+$/.test(phone.trim()) && digits >= 3 && digits <= 15) return true;
  return `"${phone}" is geen telefoonnummer. Schrijf alleen cijfers, spaties en eventueel een + vooraan, zoals "010 123 45 67" of "+31 10 123 45 67".`;
}

/**
 * Checks that a date (`date`) or date and time (`datetime`) exists: no 30 February, no 24:00, no
 * month 13. Sanity's own input never writes those, but an import or the API can, and the site would
 * then show another day than its calendar file. The build rejects the same values (the model's rule).
 */
export function existingDate(value: string | undefined, kind: 'date' | 'datetime'): RuleResult {
  if (value === undefined || value === null) return true;
  const problem = kind === 'date' ? dayProblem(value) : dateTimeProblem(value);
  const pick = kind === 'date' ? 'Kies een datum in de kalender.' : 'Kies een datum en tijd in de kalender.';
  switch (problem?.kind) {
    case undefined:
      return true;
    case 'format':
      return `"${value}" is geen ${kind === 'date' ? 'datum' : 'datum met tijd'}. ${pick}`;
    case 'month':
      return `"${value}" bestaat niet: een jaar heeft geen maand ${problem.month}. ${pick}`;
    case 'day':
      return `"${value}" bestaat niet: ${formatMonth(problem.year, problem.month, 'nl')} heeft ${problem.lastDay} dagen. ${pick}`;
    case 'time':
      return `"${value}" bestaat niet: ${problem.time} is geen tijd op een dag (die lopen van 00:00 tot en met 23:59). ${pick}`;
    case 'offset':
      return `"${value}" heeft een tijdverschil (${problem.offset}) dat niet bestaat. ${pick}`;
  }
}

/** Checks that an event ends after it starts. */
export function endAfterStart(start: string | undefined, end: string | undefined): RuleResult {
  if (!start || !end) return true;
  if (Date.parse(end) > Date.parse(start)) return true;
  return 'Het einde ligt vóór of op het begin. Kies een eindmoment na het begin (bij een evenement van één dag: dezelfde dag, later tijdstip).';
}

/** Checks that an all-day event ends on or after its start day (the end day counts, inclusive). */
export function endDayNotBeforeStartDay(startDay: string | undefined, endDay: string | undefined): RuleResult {
  if (!startDay || !endDay) return true;
  if (endDay >= startDay) return true;
  return 'De laatste dag ligt vóór de eerste dag. Kies een einddatum op of na de begindatum.';
}

/** Checks that a campaign stops being public after it starts being public. */
export function publishUntilAfterFrom(from: string | undefined, until: string | undefined): RuleResult {
  if (!isWindowInvalid({ publishFrom: from, publishUntil: until })) return true;
  return '"Zichtbaar tot" ligt vóór of op "Zichtbaar vanaf". Kies een eindmoment na het begin, anders is de campagne nooit te zien.';
}

/** Checks that the check-again date of a guide lies after the date it was last checked. */
export function checkAgainAfterLastChecked(lastChecked: string | undefined, checkAgainBy: string | undefined): RuleResult {
  if (!lastChecked || !checkAgainBy) return true;
  if (checkAgainBy > lastChecked) return true;
  return '"Opnieuw controleren vóór" ligt vóór of op "Laatst gecontroleerd". Kies een latere datum, bijvoorbeeld over zes maanden.';
}

/** Checks that a reporting period ends after it starts. */
export function periodEndAfterStart(periodStart: string | undefined, periodEnd: string | undefined): RuleResult {
  if (!periodStart || !periodEnd) return true;
  if (periodEnd > periodStart) return true;
  return 'Het einde van de periode ligt vóór of op het begin. Kies een einddatum na de begindatum.';
}

/** Checks that a scheme has a deadline unless it is marked as ongoing. */
export function deadlineUnlessOngoing(ongoing: boolean | undefined, deadline: string | undefined): RuleResult {
  if (ongoing || deadline) return true;
  return 'Vul een sluitingsdatum in, of zet "Doorlopend (geen sluitingsdatum)" aan als de regeling geen einddatum heeft.';
}

/** Checks an impact figure: a whole number of entrepreneurs, zero or more. */
export function wholeCount(value: number | undefined): RuleResult {
  if (value === undefined || value === null) return true;
  if (Number.isInteger(value) && value >= 0) return true;
  return `${value} is geen geldig aantal. Vul een heel getal in van 0 of meer (aantal ondernemers, geen percentage).`;
}

/** Checks that an image that has a file also has alternative text. */
export function altTextPresent(image: { asset?: unknown; _sanityAsset?: unknown; alt?: string } | undefined): RuleResult {
  if (!image) return true;
  const hasFile = Boolean(image.asset || image._sanityAsset);
  if (!hasFile) return true;
  if (image.alt && image.alt.trim().length > 0) return true;
  return 'Deze afbeelding heeft geen alternatieve tekst. Beschrijf in één zin wat erop te zien is, voor bezoekers die de afbeelding niet kunnen zien.';
}

/** The language and type of the document a translation link points to. */
export interface TranslationTarget {
  _id: string;
  _type: string;
  language?: string;
}

/** Checks a translation link: only on English documents, pointing to a Dutch document of the same type. */
export function translationOfTarget(
  doc: { _type: string; language?: string },
  ref: { _ref?: string } | undefined,
  target: TranslationTarget | null | undefined,
): RuleResult {
  if (!ref?._ref) return true;
  if (doc.language !== 'en') {
    return 'Alleen een Engelse versie verwijst naar het Nederlandse origineel. Maak dit veld leeg, of zet de taal op Engels.';
  }
  if (!target) {
    return 'Het gekozen origineel bestaat niet (meer). Kies het Nederlandse document opnieuw.';
  }
  if (target._type !== doc._type) {
    return 'Het origineel moet van hetzelfde soort zijn (een gids vertaalt een gids). Kies een ander document.';
  }
  if (target.language !== 'nl') {
    return 'Het origineel moet een Nederlands document zijn. Kies de Nederlandse versie.';
  }
  return true;
}

/** The part of Sanity's validation context the uniqueness check needs. */
export interface UniquenessContext {
  document?: { _id: string; _type: string; language?: string };
  getClient: (options: { apiVersion: string }) => { fetch: (query: string, params: Record<string, unknown>) => Promise<unknown> };
}

/** Finds another document of the same type (and language, for translated types) that uses `slug`. */
export const SLUG_TAKEN_QUERY = `*[
  _type == $type
  && slug.current == $slug
  && !(_id in [$draft, $published])
  && !(_id in path("versions.**"))
  && (!defined($language) || language == $language)
][0]{_id, "title": coalesce(title.nl, title, name)}`;

/** Checks that no other document of this type and language uses the slug. */
export async function uniqueSlug(slug: string | undefined, context: UniquenessContext): Promise<RuleResult> {
  const doc = context.document;
  if (!slug || !doc) return true;
  const published = doc._id.replace(/^drafts\./, '');
  const params = {
    type: doc._type,
    slug,
    draft: `drafts.${published}`,
    published,
    language: doc.language ?? null,
  };
  const client = context.getClient({ apiVersion: SANITY_API_VERSION });
  const other = (await client.fetch(SLUG_TAKEN_QUERY, params)) as { _id: string; title?: string } | null;
  if (!other) return true;
  const name = other.title ? `"${other.title}"` : other._id;
  return `De slug "${slug}" wordt al gebruikt door ${name}${doc.language ? ` (${doc.language === 'en' ? 'Engels' : 'Nederlands'})` : ''}. Kies een andere slug, bijvoorbeeld met een jaartal of wijk erbij.`;
}

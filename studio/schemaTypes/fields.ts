// Field definitions shared by several document types, so a rule or a Dutch label lives in one place.
import { SANITY_API_VERSION } from '@mkb010/content/api';
import { CHECKED_TYPES, INTENDED_FIELD } from '@mkb010/content/writing';
import { defineArrayMember, defineField, type DocumentDefinition, type RuleDef, type SlugSourceContext } from 'sanity';
import { GOALS, type GoalTagged, goalsOffTheme, goalTheme, THEMES, ZONE } from '@mkb010/model';
import { GoalsInput } from '../components/GoalsInput';
import { WritingHelpInput } from '../components/WritingHelp';
import { writingWarnings } from '../writing';
import {
  COMPANY_SIZE_OPTIONS,
  DISTRICT_OPTIONS,
  GOAL_OPTIONS,
  LANGUAGE_OPTIONS,
  SECTOR_OPTIONS,
  THEME_OPTIONS,
  type Option,
} from './options';
import {
  altTextPresent,
  maxLength,
  safeUrl,
  slugAllowed,
  translationOfTarget,
  uniqueSlug,
  type TranslationTarget,
  type UniquenessContext,
  type UrlOptions,
} from './rules';

/**
 * How a date is typed and shown: day-month-year in digits ("20-1-2027"). Sanity's input writes month
 * names only in English and accepts only English ones, so the format has none.
 */
export const DATE_OPTIONS = { dateFormat: 'D-M-YYYY' } as const;

/** A moment, typed and shown as Dutch time ("20-1-2027 19:00"), whatever the editor's own time zone. */
export const DATETIME_OPTIONS = { ...DATE_OPTIONS, timeFormat: 'HH:mm', displayTimeZone: ZONE, allowTimeZoneSwitch: false } as const;

/** Turns a title into a slug: lowercase, no accents, words joined by single hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' en ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}

/**
 * A URL slug, built from `source`, checked for uniqueness (per language where the type has one) and
 * for being a usable address (format, length, Windows names, the site's own addresses).
 */
export function slugField(source: string | ((doc: Record<string, unknown>, ctx: SlugSourceContext) => string)) {
  return defineField({
    name: 'slug',
    title: 'Slug (deel van het webadres)',
    description:
      'Wordt het webadres, bijvoorbeeld …/gidsen/energie-besparen/. Alleen kleine letters, cijfers en koppeltekens. Verander hem na publicatie liever niet: oude links werken dan niet meer.',
    type: 'slug',
    options: {
      source,
      slugify,
      maxLength: 80,
      // Sanity's own uniqueness check is per type and answers in English; the custom rule below
      // checks per type and language and explains itself in Dutch, so this one always passes.
      isUnique: () => true,
    },
    // One rule, so Sanity adds its own slug check once; "missing" without `required()`, so the slug's
    // inner "current" field does not add a second message for the same empty slug.
    validation: (rule) =>
      rule.custom(async (value: { current?: string } | undefined, context) => {
        if (value === undefined || value === null) return 'Vul een slug in, of klik op "Genereren" om hem van de titel te maken.';
        const allowed = slugAllowed(value.current, context.document ?? {});
        return allowed === true ? uniqueSlug(value.current, context as unknown as UniquenessContext) : allowed;
      }),
  });
}

/** The language a document-level translated document is written in. */
export function languageField() {
  return defineField({
    name: 'language',
    title: 'Taal',
    description: 'Schrijf eerst de Nederlandse versie. Een Engelse versie is een apart document dat naar het Nederlandse verwijst.',
    type: 'string',
    options: { list: LANGUAGE_OPTIONS, layout: 'radio', direction: 'horizontal' },
    initialValue: 'nl',
    validation: (rule) => rule.required().error('Kies de taal van dit document.'),
  });
}

/** For English documents: the Dutch original of the same type. */
export function translationOfField(type: string, typeTitle: string) {
  return defineField({
    name: 'translationOf',
    title: 'Vertaling van',
    description: `Alleen voor de Engelse versie: kies de Nederlandse ${typeTitle} waarvan dit de vertaling is. Zo kan de site tussen de twee talen wisselen.`,
    type: 'reference',
    to: [{ type }],
    hidden: ({ document }) => document?.language !== 'en' && !document?.translationOf,
    options: { filter: 'language == "nl"', disableNew: true },
    validation: (rule) =>
      rule.custom(async (ref: { _ref?: string } | undefined, context) => {
        const doc = context.document as { _type: string; language?: string } | undefined;
        if (!ref?._ref || !doc) return true;
        const id = ref._ref.replace(/^drafts\./, '');
        const target = (await context
          .getClient({ apiVersion: SANITY_API_VERSION })
          .fetch('*[_id in [$id, "drafts." + $id]][0]{_id, _type, language}', { id })) as TranslationTarget | null;
        return translationOfTarget(doc, ref, target);
      }),
  });
}

/** One or more of the three themes. */
export function themesField(options: { required?: boolean } = { required: true }) {
  return defineField({
    name: 'themes',
    title: "Thema's",
    description: 'Bij welk thema hoort dit? Kies er één of meer; de site toont het dan op die themapagina’s.',
    type: 'array',
    of: [defineArrayMember({ type: 'string' })],
    options: { list: THEME_OPTIONS, layout: 'grid' },
    validation: (rule) =>
      options.required ? rule.required().min(1).unique().error('Kies minstens één thema: circulair, duurzaam of digitaal.') : rule.unique(),
  });
}

/**
 * The goals (the Hulpwijzer's first question) a document is made for. Empty: the document helps with
 * every goal of its themes; a chosen goal moves it to the top of that goal's result page and off the
 * pages of its theme's other goals (servesGoal in @mkb010/model).
 */
export function goalsField() {
  return defineField({
    name: 'goals',
    title: 'Doelen',
    description:
      'Bij welk doel van de ondernemer helpt dit? De Hulpwijzer toont het dan bovenaan bij dat doel, en niet bij de andere doelen van hetzelfde thema. Laat leeg als het bij alle doelen van je thema’s past.',
    type: 'array',
    of: [defineArrayMember({ type: 'string' })],
    options: { list: GOAL_OPTIONS, layout: 'grid' },
    components: { input: GoalsInput },
    validation: (rule) => [
      rule.unique(),
      rule
        .custom((_goals, context) => {
          const off = goalsOffTheme(context.document as GoalTagged);
          if (!off.length) return true;
          const names = off.map((g) => `"${GOALS.label(g, 'nl')}" (thema ${THEMES.label(goalTheme(g), 'nl')})`).join(', ');
          return `Dit doel hoort bij een thema dat je niet koos: ${names}. Kies dat thema ook, anders staat het niet op de themapagina.`;
        })
        .warning(),
    ],
  });
}

/**
 * A multiple choice from a fixed list where no choice means "all": the Hulpwijzer then shows the
 * document to everyone, so the description must say so.
 */
function audienceField(name: string, title: string, list: Option[], description: string, group?: string) {
  return defineField({
    name,
    title,
    description,
    type: 'array',
    group,
    of: [defineArrayMember({ type: 'string' })],
    options: { list, layout: 'grid' },
    validation: (rule) => rule.unique(),
  });
}

/** The sectors a document is meant for; empty means every sector. */
export function sectorsField(description: string, options: { group?: string } = {}) {
  return audienceField('sectors', 'Sectoren', SECTOR_OPTIONS, `${description} Laat leeg als het voor alle sectoren is.`, options.group);
}

/** The districts a document is meant for; empty means all of Rotterdam. */
export function districtsField(description: string, options: { group?: string } = {}) {
  return audienceField('districts', 'Wijken', DISTRICT_OPTIONS, `${description} Laat leeg als het voor heel Rotterdam is.`, options.group);
}

/** The company sizes a scheme is for; empty means every size. */
export function companySizesField(options: { group?: string } = {}) {
  return audienceField(
    'companySizes',
    'Bedrijfsgrootte',
    COMPANY_SIZE_OPTIONS,
    'Voor bedrijven van welke grootte is de regeling? Laat leeg als de grootte niet uitmaakt.',
    options.group,
  );
}

/** The alt text and caption fields every image carries. */
export function imageFields() {
  return [
    defineField({
      name: 'alt',
      title: 'Alternatieve tekst',
      description: 'Beschrijf in één zin wat er op de afbeelding te zien is, voor wie hem niet kan zien (schermlezer). Verplicht.',
      type: 'string',
      validation: (rule) => rule.custom((_alt, context) => altTextPresent(context.parent as { asset?: unknown; alt?: string })),
    }),
    defineField({
      name: 'caption',
      title: 'Bijschrift',
      description: 'Optioneel: tekst die onder de afbeelding staat, bijvoorbeeld de naam van de fotograaf.',
      type: 'string',
    }),
  ];
}

/** An image with required alt text; `required` also demands the image itself. */
export function imageField(name: string, title: string, options: { required?: boolean; description?: string } = {}) {
  return defineField({
    name,
    title,
    description: options.description,
    type: 'image',
    options: { hotspot: true },
    fields: imageFields(),
    validation: (rule) =>
      options.required
        ? rule.custom((value: { asset?: unknown; _sanityAsset?: unknown } | undefined) =>
            value?.asset || value?._sanityAsset ? true : 'Kies een afbeelding; dit veld is verplicht.',
          )
        : rule,
  });
}

/** A link field that accepts https (and mailto/tel/internal paths where `options` says so). */
export function urlField(name: string, title: string, options: UrlOptions & { required?: boolean; description?: string } = {}) {
  const validation = <R extends RuleDef<R, string>>(rule: R): R[] => [
    rule.custom((value: string | undefined) => safeUrl(value, options)),
    ...(options.required ? [rule.required().error(`Vul het veld "${title}" in.`)] : []),
  ];
  // A string, not Sanity's `url` type: that type adds its own English scheme check next to ours.
  return defineField({ name, title, description: options.description, type: 'string', validation });
}

/** A shared field placed in one or more of its document's groups (form tabs). */
export function inGroup<F extends object>(group: string | string[], field: F): F & { group: string | string[] } {
  return { ...field, group };
}

/**
 * A required object field (text in both languages, a location): missing is checked without
 * `required()`, because a required object also gets its inner fields checked while it is empty,
 * which would say the same thing a second time ("Titel / Nederlands: vul de Nederlandse tekst in").
 */
export function requiredObject(message: string) {
  // biome-ignore lint/suspicious/noExplicitAny: Sanity's RuleDef takes the field's value type; any object field fits
  return <R extends RuleDef<R, any>>(rule: R): R =>
    rule.custom((value: unknown) => (value === undefined || value === null ? message : true));
}

/** A required field's validation with a Dutch message. */
export function required(message: string) {
  // Generic over the rule type, so it fits string, date, reference and other fields alike.
  // biome-ignore lint/suspicious/noExplicitAny: Sanity's RuleDef takes the field's value type; any field fits
  return <R extends RuleDef<R, any>>(rule: R): R => rule.required().error(message);
}

/** The longest title a search result shows whole; the site's own `<title>` keeps to it too. */
export const SEO_TITLE_MAX = 70;

/**
 * An optional shorter title for search engines and browser tabs. Per language for documents
 * translated field by field (`localeString`), else one string.
 */
export function seoTitleField(perLanguage: boolean, group?: string) {
  const fits = (text: string | undefined) => maxLength(text, SEO_TITLE_MAX);
  const common = {
    name: 'seoTitle',
    title: 'Titel voor zoekmachines (optioneel)',
    description: `Hoogstens ${SEO_TITLE_MAX} tekens. Leeg laten mag: dan gebruikt de site de gewone titel, en laat de sitenaam weg als het samen te lang wordt.`,
    ...(group ? { group } : {}),
  };
  if (!perLanguage) {
    return defineField({
      ...common,
      type: 'string',
      validation: (rule) => rule.custom((value: string | undefined) => fits(value)).warning(),
    });
  }
  return defineField({
    ...common,
    type: 'localeString',
    validation: (rule) => [
      rule.custom((value: { nl?: string } | undefined) => fits(value?.nl)).warning(),
      rule.custom((value: { en?: string } | undefined) => fits(value?.en)).warning(),
    ],
  });
}

/**
 * Adds the writing check to a document type with pages: warnings on its text fields while the editor
 * types (never errors, so Publish stays enabled), and the "Schrijfhulp" field that shows the score and
 * stores the warnings marked "bewust zo". Other types are returned as they are.
 */
export function withWritingCheck<T extends DocumentDefinition>(type: T): T {
  if (!CHECKED_TYPES.includes(type.name)) return type;
  const group = type.groups?.find((g) => g.default)?.name;
  const help = defineField({
    name: INTENDED_FIELD,
    title: 'Schrijfhulp',
    description:
      'Tips voor tekst die elke ondernemer begrijpt (taalniveau B1). Klopt een tip niet voor deze tekst? Vink "Bewust zo" aan; dan komt hij niet meer terug.',
    type: 'array',
    of: [defineArrayMember({ type: 'string' })],
    components: { input: WritingHelpInput },
    ...(group ? { group } : {}),
  });
  const own = type.validation;
  return {
    ...type,
    fields: [...type.fields, help],
    // biome-ignore lint/suspicious/noExplicitAny: a document's rule is typed per document; the check reads any document
    validation: (rule: any) => [
      ...(typeof own === 'function' ? [own(rule)].flat() : own ? [own].flat() : []),
      rule
        .custom((doc: unknown, context: { type?: Parameters<typeof writingWarnings>[1] }) => writingWarnings(doc, context.type))
        .warning(),
    ],
  };
}

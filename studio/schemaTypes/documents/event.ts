import { CalendarIcon } from '@sanity/icons/Calendar';
import { defineArrayMember, defineField, defineType } from 'sanity';
import {
  DATETIME_OPTIONS,
  imageField,
  inGroup,
  required,
  requiredObject,
  sectorsField,
  seoTitleField,
  slugField,
  goalsField,
  themesField,
  urlField,
} from '../fields';
import { DISTRICT_OPTIONS, EVENT_LANGUAGE_OPTIONS } from '../options';
import { eventStatus, subtitle } from '../preview';
import { districtOnlyAtVenue, endAfterStart, endDayNotBeforeStartDay, lengthBetween } from '../rules';
import { amsterdamDay, SERIES_PATTERN } from '@mkb010/model';

/** An event (field-level translation: one slug, one calendar UID). */
export const event = defineType({
  name: 'event',
  title: 'Evenement',
  type: 'document',
  icon: CalendarIcon,
  groups: [
    { name: 'content', title: 'Inhoud', default: true },
    { name: 'when', title: 'Wanneer en waar' },
    { name: 'links', title: 'Koppelingen' },
    { name: 'practical', title: 'Kosten en status' },
  ],
  fields: [
    defineField({
      name: 'title',
      group: 'content',
      title: 'Titel',
      description: 'De naam van het evenement, 5 tot 90 tekens per taal.',
      type: 'localeString',
      validation: (rule) => [
        requiredObject('Geef het evenement een titel.')(rule),
        rule.custom((value: { nl?: string; en?: string } | undefined) => lengthBetween(value?.nl, 5, 90)),
        rule.custom((value: { nl?: string; en?: string } | undefined) => lengthBetween(value?.en, 5, 90)),
      ],
    }),
    inGroup('content', slugField('title.nl')),
    defineField({
      name: 'summary',
      group: 'content',
      title: 'Samenvatting',
      description: 'Eén of twee zinnen: wat is het en voor wie? 20 tot 300 tekens per taal.',
      type: 'localeText',
      validation: (rule) => [
        requiredObject('Schrijf een korte samenvatting.')(rule),
        rule.custom((value: { nl?: string; en?: string } | undefined) => lengthBetween(value?.nl, 20, 300)),
        rule.custom((value: { nl?: string; en?: string } | undefined) => lengthBetween(value?.en, 20, 300)),
      ],
    }),
    inGroup('content', seoTitleField(true)),
    defineField({
      name: 'description',
      group: 'content',
      title: 'Beschrijving',
      type: 'localeBlockContent',
      validation: requiredObject('Beschrijf het evenement.'),
    }),
    defineField({
      name: 'allDay',
      group: ['content', 'when'],
      title: 'Hele dag',
      description:
        'Aan voor een evenement zonder tijden (bijvoorbeeld een beurs). Dan tellen alleen de datums; de einddatum is de laatste dag.',
      type: 'boolean',
      initialValue: false,
    }),
    defineField({
      name: 'start',
      group: ['content', 'when'],
      title: 'Begin',
      description: 'Datum en tijd in Nederlandse tijd.',
      type: 'datetime',
      options: { ...DATETIME_OPTIONS, timeStep: 15 },
      validation: required('Vul in wanneer het evenement begint.'),
    }),
    defineField({
      name: 'end',
      group: ['content', 'when'],
      title: 'Einde',
      description: 'Moet na het begin liggen.',
      type: 'datetime',
      options: { ...DATETIME_OPTIONS, timeStep: 15 },
      validation: (rule) => [
        rule.required().error('Vul in wanneer het evenement eindigt.'),
        rule.custom((value: string | undefined, context) => {
          const doc = context.document as { start?: string; allDay?: boolean } | undefined;
          return doc?.allDay
            ? doc.start && value
              ? endDayNotBeforeStartDay(amsterdamDay(doc.start), amsterdamDay(value))
              : true
            : endAfterStart(doc?.start, value);
        }),
      ],
    }),
    defineField({
      name: 'location',
      group: ['content', 'when'],
      title: 'Locatie',
      type: 'eventLocation',
      validation: requiredObject('Vul in waar het evenement is.'),
    }),
    defineField({
      name: 'district',
      group: 'when',
      title: 'Wijk',
      description:
        'In welke wijk is het evenement? Alleen voor een evenement op één plek; laat leeg bij een online evenement. Leeg betekent: voor heel Rotterdam.',
      type: 'string',
      options: { list: DISTRICT_OPTIONS },
      hidden: ({ document }) => (document?.location as { mode?: string } | undefined)?.mode === 'online' && !document?.district,
      validation: (rule) =>
        rule.custom((value: string | undefined, context) =>
          districtOnlyAtVenue((context.document as { location?: { mode?: string } } | undefined)?.location?.mode, value),
        ),
    }),
    inGroup(
      'when',
      urlField('registrationUrl', 'Aanmeldlink (optioneel)', { description: 'Waar bezoekers zich aanmelden. Begint met https://.' }),
    ),
    defineField({
      name: 'organisers',
      group: ['content', 'links'],
      title: 'Organiserende partners',
      type: 'array',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'partner' }] })],
      validation: (rule) => rule.required().min(1).unique().error('Kies minstens één organiserende partner, zonder dubbele.'),
    }),
    defineField({
      name: 'series',
      group: 'links',
      title: 'Reeks (optioneel)',
      description:
        'Komt dit evenement vaker terug? Geef alle edities dezelfde korte naam, bijvoorbeeld "netwerkborrel". Na afloop wijst de pagina dan naar de volgende editie. Alleen kleine letters, cijfers en koppeltekens.',
      type: 'string',
      validation: (rule) =>
        rule.custom((value: string | undefined) =>
          value === undefined || SERIES_PATTERN.test(value)
            ? true
            : 'Gebruik alleen kleine letters, cijfers en koppeltekens, zoals "netwerkborrel" of "repaircafe-ondernemers".',
        ),
    }),
    inGroup(['content', 'links'], themesField()),
    inGroup(['content', 'links'], goalsField()),
    sectorsField('Voor welke sectoren is het evenement vooral?', { group: 'links' }),
    defineField({
      name: 'costEuro',
      group: ['content', 'practical'],
      title: 'Kosten in euro',
      description: '0 als het evenement gratis is.',
      type: 'number',
      initialValue: 0,
      validation: (rule) => [
        rule.required().error('Vul de kosten in euro in (0 als het gratis is).'),
        rule.min(0).error('De kosten kunnen niet onder 0 liggen; 0 is gratis.'),
      ],
    }),
    defineField({
      name: 'costNote',
      group: 'practical',
      title: 'Toelichting kosten (optioneel)',
      description: 'Bijvoorbeeld "Inclusief lunch".',
      type: 'localeString',
    }),
    defineField({
      name: 'language',
      group: ['content', 'practical'],
      title: 'Voertaal',
      type: 'string',
      options: { list: EVENT_LANGUAGE_OPTIONS, layout: 'radio', direction: 'horizontal' },
      initialValue: 'nl',
      validation: required('Kies de taal die op het evenement gesproken wordt.'),
    }),
    defineField({
      name: 'cancelled',
      group: 'practical',
      title: 'Geannuleerd',
      description: 'Zet aan als het evenement niet doorgaat. Het blijft dan zichtbaar met de melding "Geannuleerd".',
      type: 'boolean',
      initialValue: false,
    }),
    defineField({
      name: 'cancellationNote',
      group: 'practical',
      title: 'Toelichting annulering',
      type: 'localeString',
      hidden: ({ document }) => !document?.cancelled,
    }),
    inGroup('content', imageField('image', 'Afbeelding (optioneel)')),
  ],
  orderings: [{ title: 'Datum', name: 'startAsc', by: [{ field: 'start', direction: 'asc' }] }],
  preview: {
    select: {
      title: 'title.nl',
      start: 'start',
      end: 'end',
      allDay: 'allDay',
      cancelled: 'cancelled',
      organiser: 'organisers.0.name',
      language: 'language',
      media: 'image',
    },
    prepare: ({ title, start, end, allDay, cancelled, organiser, language, media }) => ({
      title,
      subtitle: subtitle(eventStatus({ start, end, allDay, cancelled }, new Date()), organiser, language?.toUpperCase()),
      media,
    }),
  },
});

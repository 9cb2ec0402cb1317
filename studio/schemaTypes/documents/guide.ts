import { BookIcon } from '@sanity/icons/Book';
import { defineArrayMember, defineField, defineType } from 'sanity';
import {
  DATE_OPTIONS,
  imageField,
  inGroup,
  languageField,
  required,
  sectorsField,
  seoTitleField,
  slugField,
  themesField,
  translationOfField,
} from '../fields';
import { guideCheckStatus, languageLabel, subtitle, todayInAmsterdam } from '../preview';
import { checkAgainAfterLastChecked, lengthBetween } from '../rules';
import { changeLogField } from '../lifecycle';

/** A practical step-by-step guide (document-level translation). */
export const guide = defineType({
  name: 'guide',
  title: 'Gids',
  type: 'document',
  icon: BookIcon,
  groups: [
    { name: 'content', title: 'Inhoud', default: true },
    { name: 'meta', title: 'Koppelingen en zoeken' },
    { name: 'check', title: 'Controle' },
  ],
  fields: [
    defineField({
      name: 'title',
      group: 'content',
      title: 'Titel',
      description: 'Zeg wat de ondernemer ermee bereikt, bijvoorbeeld "Zo maak je je pand energiezuinig". 10 tot 90 tekens.',
      type: 'string',
      validation: (rule) => [
        rule.required().error('Geef de gids een titel.'),
        rule.custom((value: string | undefined) => lengthBetween(value, 10, 90)),
      ],
    }),
    inGroup('content', slugField('title')),
    inGroup('content', languageField()),
    inGroup('content', translationOfField('guide', 'gids')),
    inGroup(['content', 'meta'], themesField()),
    defineField({
      name: 'summary',
      group: 'content',
      title: 'Samenvatting',
      description: 'Twee zinnen: voor wie is de gids en wat levert hij op? Staat in overzichten en zoekresultaten. 50 tot 220 tekens.',
      type: 'text',
      rows: 3,
      validation: (rule) => [
        rule.required().error('Schrijf een korte samenvatting.'),
        rule.custom((value: string | undefined) => lengthBetween(value, 50, 220)),
      ],
    }),
    seoTitleField(false, 'content'),
    inGroup('content', imageField('heroImage', 'Afbeelding bovenaan (optioneel)')),
    defineField({
      name: 'body',
      group: 'content',
      title: 'Tekst',
      description: 'Uitleg bij de stappen. Gebruik tussenkoppen en korte alinea’s.',
      type: 'blockContent',
      validation: required('Schrijf de tekst van de gids.'),
    }),
    defineField({
      name: 'steps',
      group: 'content',
      title: 'Stappen',
      description: 'De stappen in de volgorde waarin de ondernemer ze zet. Sleep om de volgorde te wijzigen. Minstens twee.',
      type: 'array',
      of: [defineArrayMember({ type: 'step' })],
      validation: (rule) => rule.required().min(2).error('Een gids heeft minstens twee stappen.'),
    }),
    sectorsField('Voor welke sectoren is deze gids vooral bedoeld?', { group: 'meta' }),
    defineField({
      name: 'timeNeeded',
      group: 'content',
      title: 'Benodigde tijd (optioneel)',
      description: 'Bijvoorbeeld "Een middag" of "2 tot 3 maanden".',
      type: 'string',
    }),
    defineField({
      name: 'costIndication',
      group: 'content',
      title: 'Kosten (optioneel)',
      description: 'Bijvoorbeeld "Gratis" of "€ 500 tot € 2.000, deels terug via subsidie".',
      type: 'string',
    }),
    defineField({
      name: 'partner',
      group: ['content', 'meta'],
      title: 'Partner (eigenaar)',
      description: 'De organisatie die deze gids schrijft en bijhoudt.',
      type: 'reference',
      to: [{ type: 'partner' }],
      validation: required('Kies de partner die eigenaar is van deze gids.'),
    }),
    defineField({
      name: 'relatedGuides',
      group: 'meta',
      title: 'Gerelateerde gidsen',
      type: 'array',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'guide' }] })],
      validation: (rule) => rule.unique().error('Een gids staat er twee keer in. Haal de dubbele weg.'),
    }),
    defineField({
      name: 'relatedSchemes',
      group: 'meta',
      title: 'Gerelateerde regelingen',
      type: 'array',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'scheme' }] })],
      validation: (rule) => rule.unique().error('Een regeling staat er twee keer in. Haal de dubbele weg.'),
    }),
    defineField({
      name: 'searchKeywords',
      group: 'meta',
      title: 'Zoekwoorden',
      description:
        'Woorden waarop ondernemers zoeken maar die niet in de tekst staan: samenstellingen en synoniemen (bijv. "zonnepanelen", "pv", "energierekening"). Niet zichtbaar op de site.',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      options: { layout: 'tags' },
    }),
    defineField({
      name: 'lastChecked',
      group: ['content', 'check'],
      initialValue: () => todayInAmsterdam(new Date()),
      title: 'Laatst gecontroleerd',
      description: 'Wanneer is de inhoud voor het laatst op juistheid gecontroleerd? Staat op de site.',
      type: 'date',
      options: DATE_OPTIONS,
      validation: required('Vul in wanneer de gids voor het laatst is gecontroleerd.'),
    }),
    defineField({
      name: 'checkAgainBy',
      group: ['content', 'check'],
      title: 'Opnieuw controleren vóór',
      description: 'Na deze datum verschijnt de gids in "Controle verlopen". Meestal zes tot twaalf maanden na de laatste controle.',
      type: 'date',
      options: DATE_OPTIONS,
      validation: (rule) => [
        rule.required().error('Vul in wanneer de gids opnieuw gecontroleerd moet worden.'),
        rule.custom((value: string | undefined, context) =>
          checkAgainAfterLastChecked((context.document as { lastChecked?: string } | undefined)?.lastChecked, value),
        ),
      ],
    }),
    defineField({
      name: 'publishedAt',
      group: ['content', 'check'],
      initialValue: () => todayInAmsterdam(new Date()),
      title: 'Publicatiedatum',
      type: 'date',
      options: DATE_OPTIONS,
      validation: required('Vul de publicatiedatum in.'),
    }),
    changeLogField('check'),
  ],
  orderings: [
    { title: 'Controle eerst nodig', name: 'checkAgainByAsc', by: [{ field: 'checkAgainBy', direction: 'asc' }] },
    { title: 'Titel A–Z', name: 'titleAsc', by: [{ field: 'title', direction: 'asc' }] },
  ],
  preview: {
    select: { title: 'title', partner: 'partner.name', language: 'language', checkAgainBy: 'checkAgainBy', media: 'heroImage' },
    prepare: ({ title, partner, language, checkAgainBy, media }) => ({
      title,
      subtitle: subtitle(languageLabel(language), partner, guideCheckStatus({ checkAgainBy }, new Date())),
      media,
    }),
  },
});

import { BookIcon } from '@sanity/icons/Book';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { imageField, languageField, required, sectorsField, slugField, themesField, translationOfField } from '../fields';
import { guideCheckStatus, languageLabel, subtitle, todayInAmsterdam } from '../preview';
import { checkAgainAfterLastChecked, lengthBetween } from '../rules';

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
      title: 'Titel',
      description: 'Zeg wat de ondernemer ermee bereikt, bijvoorbeeld "Zo maak je je pand energiezuinig". 10 tot 90 tekens.',
      type: 'string',
      group: 'content',
      validation: (rule) => [
        rule.required().error('Geef de gids een titel.'),
        rule.custom((value: string | undefined) => lengthBetween(value, 10, 90)),
      ],
    }),
    slugField('title'),
    languageField(),
    translationOfField('guide', 'gids'),
    themesField(),
    defineField({
      name: 'summary',
      title: 'Samenvatting',
      description: 'Twee zinnen: voor wie is de gids en wat levert hij op? Staat in overzichten en zoekresultaten. 50 tot 220 tekens.',
      type: 'text',
      rows: 3,
      group: 'content',
      validation: (rule) => [
        rule.required().error('Schrijf een korte samenvatting.'),
        rule.custom((value: string | undefined) => lengthBetween(value, 50, 220)),
      ],
    }),
    imageField('heroImage', 'Afbeelding bovenaan (optioneel)'),
    defineField({
      name: 'body',
      title: 'Tekst',
      description: 'Uitleg bij de stappen. Gebruik tussenkoppen en korte alinea’s.',
      type: 'blockContent',
      group: 'content',
      validation: required('Schrijf de tekst van de gids.'),
    }),
    defineField({
      name: 'steps',
      title: 'Stappen',
      description: 'De stappen in de volgorde waarin de ondernemer ze zet. Sleep om de volgorde te wijzigen. Minstens twee.',
      type: 'array',
      group: 'content',
      of: [defineArrayMember({ type: 'step' })],
      validation: (rule) => rule.required().min(2).error('Een gids heeft minstens twee stappen.'),
    }),
    sectorsField('Voor welke sectoren is deze gids vooral bedoeld?', { group: 'meta' }),
    defineField({
      name: 'timeNeeded',
      title: 'Benodigde tijd (optioneel)',
      description: 'Bijvoorbeeld "Een middag" of "2 tot 3 maanden".',
      type: 'string',
      group: 'content',
    }),
    defineField({
      name: 'costIndication',
      title: 'Kosten (optioneel)',
      description: 'Bijvoorbeeld "Gratis" of "€ 500 tot € 2.000, deels terug via subsidie".',
      type: 'string',
      group: 'content',
    }),
    defineField({
      name: 'partner',
      title: 'Partner (eigenaar)',
      description: 'De organisatie die deze gids schrijft en bijhoudt.',
      type: 'reference',
      to: [{ type: 'partner' }],
      group: 'meta',
      validation: required('Kies de partner die eigenaar is van deze gids.'),
    }),
    defineField({
      name: 'relatedGuides',
      title: 'Gerelateerde gidsen',
      type: 'array',
      group: 'meta',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'guide' }] })],
      validation: (rule) => rule.unique().error('Een gids staat er twee keer in. Haal de dubbele weg.'),
    }),
    defineField({
      name: 'relatedSchemes',
      title: 'Gerelateerde regelingen',
      type: 'array',
      group: 'meta',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'scheme' }] })],
      validation: (rule) => rule.unique().error('Een regeling staat er twee keer in. Haal de dubbele weg.'),
    }),
    defineField({
      name: 'searchKeywords',
      title: 'Zoekwoorden',
      description: 'Woorden waarop ondernemers zoeken maar die niet in de tekst staan: samenstellingen en synoniemen (bijv. "zonnepanelen", "pv", "energierekening"). Niet zichtbaar op de site.',
      type: 'array',
      group: 'meta',
      of: [defineArrayMember({ type: 'string' })],
      options: { layout: 'tags' },
    }),
    defineField({
      name: 'lastChecked',
      initialValue: () => todayInAmsterdam(new Date()),
      title: 'Laatst gecontroleerd',
      description: 'Wanneer is de inhoud voor het laatst op juistheid gecontroleerd? Staat op de site.',
      type: 'date',
      group: 'check',
      options: { dateFormat: 'D MMMM YYYY' },
      validation: required('Vul in wanneer de gids voor het laatst is gecontroleerd.'),
    }),
    defineField({
      name: 'checkAgainBy',
      title: 'Opnieuw controleren vóór',
      description: 'Na deze datum verschijnt de gids in "Controle verlopen". Meestal zes tot twaalf maanden na de laatste controle.',
      type: 'date',
      group: 'check',
      options: { dateFormat: 'D MMMM YYYY' },
      validation: (rule) => [
        rule.required().error('Vul in wanneer de gids opnieuw gecontroleerd moet worden.'),
        rule.custom((value: string | undefined, context) =>
          checkAgainAfterLastChecked((context.document as { lastChecked?: string } | undefined)?.lastChecked, value),
        ),
      ],
    }),
    defineField({
      name: 'publishedAt',
      initialValue: () => todayInAmsterdam(new Date()),
      title: 'Publicatiedatum',
      type: 'date',
      group: 'check',
      options: { dateFormat: 'D MMMM YYYY' },
      validation: required('Vul de publicatiedatum in.'),
    }),
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

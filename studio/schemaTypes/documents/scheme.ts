import { BillIcon } from '@sanity/icons/Bill';
import { defineArrayMember, defineField, defineType } from 'sanity';
import {
  companySizesField,
  DATE_OPTIONS,
  districtsField,
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
import { SCHEME_TYPE_OPTIONS, optionTitle } from '../options';
import { schemeStatus, subtitle } from '../preview';
import { deadlineUnlessOngoing, lengthBetween } from '../rules';
import { budgetStatusField, changeLogField, opensAtField } from '../lifecycle';

/** A support scheme: subsidy, voucher, loan, free advice or training (field-level translation). */
export const scheme = defineType({
  name: 'scheme',
  title: 'Regeling',
  type: 'document',
  icon: BillIcon,
  groups: [
    { name: 'content', title: 'Inhoud', default: true },
    { name: 'apply', title: 'Aanvragen' },
    { name: 'links', title: 'Koppelingen en zoeken' },
  ],
  fields: [
    defineField({
      name: 'title',
      group: 'content',
      title: 'Naam van de regeling',
      type: 'localeString',
      validation: (rule) => [
        requiredObject('Vul de naam van de regeling in.')(rule),
        rule.custom((value: { nl?: string } | undefined) => lengthBetween(value?.nl, 5, 90)),
        rule.custom((value: { en?: string } | undefined) => lengthBetween(value?.en, 5, 90)),
      ],
    }),
    inGroup('content', slugField('title.nl')),
    defineField({
      name: 'summary',
      group: 'content',
      title: 'Samenvatting',
      description: 'Wat krijg je en voor wie is het? 20 tot 300 tekens per taal.',
      type: 'localeText',
      validation: (rule) => [
        requiredObject('Schrijf een korte samenvatting.')(rule),
        rule.custom((value: { nl?: string } | undefined) => lengthBetween(value?.nl, 20, 300)),
        rule.custom((value: { en?: string } | undefined) => lengthBetween(value?.en, 20, 300)),
      ],
    }),
    inGroup('links', seoTitleField(true)),
    defineField({
      name: 'schemeType',
      group: 'content',
      title: 'Soort regeling',
      type: 'string',
      options: { list: SCHEME_TYPE_OPTIONS, layout: 'radio' },
      validation: required('Kies het soort regeling.'),
    }),
    defineField({
      name: 'provider',
      group: 'content',
      title: 'Aanbieder',
      description: 'Wie voert de regeling uit, bijvoorbeeld "Gemeente Rotterdam" of "RVO".',
      type: 'string',
      validation: required('Vul in wie de regeling aanbiedt.'),
    }),
    defineField({
      name: 'providerPartner',
      group: 'links',
      title: 'Aanbieder is partner (optioneel)',
      description: 'Als de aanbieder een partner van MKB010>>Next is, kies hem hier.',
      type: 'reference',
      to: [{ type: 'partner' }],
    }),
    defineField({
      name: 'eligibility',
      group: ['content', 'apply'],
      title: 'Wie komt in aanmerking?',
      type: 'localeBlockContent',
      validation: requiredObject('Beschrijf wie in aanmerking komt.'),
    }),
    defineField({
      name: 'maxAmountEuro',
      group: 'apply',
      title: 'Maximaal bedrag in euro (optioneel)',
      type: 'number',
      validation: (rule) => rule.min(0).error('Het bedrag kan niet negatief zijn.'),
    }),
    defineField({
      name: 'amountNote',
      group: 'apply',
      title: 'Toelichting bedrag (optioneel)',
      description: 'Bijvoorbeeld "50% van de kosten".',
      type: 'localeString',
    }),
    defineField({
      name: 'ongoing',
      group: ['content', 'apply'],
      title: 'Doorlopend (geen sluitingsdatum)',
      type: 'boolean',
      initialValue: false,
    }),
    defineField({
      name: 'deadline',
      group: ['content', 'apply'],
      title: 'Sluitingsdatum',
      description: 'Laatste dag om aan te vragen. Verplicht, tenzij de regeling doorlopend is.',
      type: 'date',
      options: DATE_OPTIONS,
      hidden: ({ document }) => Boolean(document?.ongoing) && !document?.deadline,
      validation: (rule) =>
        rule.custom((value: string | undefined, context) =>
          deadlineUnlessOngoing((context.document as { ongoing?: boolean } | undefined)?.ongoing, value),
        ),
    }),
    opensAtField(['content', 'apply']),
    budgetStatusField(['content', 'apply']),
    defineField({
      name: 'howToApply',
      group: ['content', 'apply'],
      title: 'Zo vraag je het aan',
      type: 'localeBlockContent',
      validation: requiredObject('Leg uit hoe je de regeling aanvraagt.'),
    }),
    inGroup(
      ['content', 'apply'],
      urlField('applyUrl', 'Link om aan te vragen', { required: true, description: 'De pagina van de aanbieder. Begint met https://.' }),
    ),
    inGroup(['content', 'links'], themesField()),
    inGroup(['content', 'links'], goalsField()),
    sectorsField('Voor welke sectoren is de regeling bedoeld?', { group: 'links' }),
    companySizesField({ group: 'links' }),
    districtsField('Geldt de regeling alleen in bepaalde wijken?', { group: 'links' }),
    defineField({
      name: 'searchKeywords',
      group: 'links',
      title: 'Zoekwoorden',
      description:
        'Woorden waarop ondernemers zoeken maar die niet in de tekst staan (bijv. "subsidie zonnepanelen", "MIT"). Niet zichtbaar op de site.',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      options: { layout: 'tags' },
    }),
    changeLogField('content'),
  ],
  orderings: [{ title: 'Sluitingsdatum', name: 'deadlineAsc', by: [{ field: 'deadline', direction: 'asc' }] }],
  preview: {
    select: {
      title: 'title.nl',
      provider: 'provider',
      schemeType: 'schemeType',
      ongoing: 'ongoing',
      deadline: 'deadline',
      opensAt: 'opensAt',
      budgetStatus: 'budgetStatus',
    },
    prepare: ({ title, provider, schemeType, ongoing, deadline, opensAt, budgetStatus }) => ({
      title,
      subtitle: subtitle(
        optionTitle(SCHEME_TYPE_OPTIONS, schemeType),
        provider,
        schemeStatus({ ongoing, deadline, opensAt, budgetStatus }, new Date()),
      ),
    }),
  },
});

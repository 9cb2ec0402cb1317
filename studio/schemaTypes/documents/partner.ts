import { UsersIcon } from '@sanity/icons/Users';
import { defineArrayMember, defineField, defineType } from 'sanity';
import {
  districtsField,
  imageField,
  inGroup,
  required,
  requiredObject,
  sectorsField,
  seoTitleField,
  slugField,
  themesField,
  urlField,
} from '../fields';
import { PARTNER_KIND_OPTIONS, optionTitle } from '../options';
import { subtitle } from '../preview';
import { maxLength, phoneNumber } from '../rules';

/** A partner organisation in the network (field-level translation). */
export const partner = defineType({
  name: 'partner',
  title: 'Partner',
  type: 'document',
  icon: UsersIcon,
  groups: [
    { name: 'content', title: 'Inhoud', default: true },
    { name: 'contact', title: 'Contact en logo' },
  ],
  fields: [
    defineField({
      name: 'name',
      group: 'content',
      title: 'Naam',
      type: 'string',
      validation: required('Vul de naam van de organisatie in.'),
    }),
    inGroup('content', slugField('name')),
    defineField({
      name: 'kind',
      group: 'content',
      title: 'Soort organisatie',
      type: 'string',
      options: { list: PARTNER_KIND_OPTIONS },
      validation: required('Kies wat voor organisatie dit is.'),
    }),
    inGroup(
      'contact',
      imageField('logo', 'Logo', {
        description: 'Liefst een svg of png met transparante achtergrond. Alternatieve tekst: de naam van de organisatie.',
      }),
    ),
    inGroup('content', themesField()),
    sectorsField('Met welke sectoren werken jullie vooral?', { group: 'content' }),
    districtsField('In welke wijken helpen jullie ondernemers?', { group: 'content' }),
    defineField({
      name: 'services',
      group: 'content',
      title: 'Waarmee helpen jullie?',
      description: 'Korte punten, bijvoorbeeld "Gratis energiescan" of "Advies over webshops".',
      type: 'array',
      of: [defineArrayMember({ type: 'localeString' })],
      validation: (rule) => rule.required().min(1).error('Noem minstens één dienst waarmee jullie ondernemers helpen.'),
    }),
    defineField({
      name: 'shortDescription',
      group: 'content',
      title: 'Korte beschrijving',
      description: 'Eén of twee zinnen voor het partneroverzicht. Hoogstens 200 tekens per taal.',
      type: 'localeText',
      validation: (rule) => [
        requiredObject('Schrijf een korte beschrijving.')(rule),
        rule.custom((value: { nl?: string } | undefined) => maxLength(value?.nl, 200)),
        rule.custom((value: { en?: string } | undefined) => maxLength(value?.en, 200)),
      ],
    }),
    inGroup('content', seoTitleField(true)),
    defineField({
      name: 'description',
      group: 'content',
      title: 'Beschrijving',
      type: 'localeBlockContent',
      validation: requiredObject('Beschrijf de organisatie.'),
    }),
    inGroup(['content', 'contact'], urlField('website', 'Website', { required: true, description: 'Begint met https://.' })),
    defineField({
      name: 'contact',
      group: 'contact',
      title: 'Contact',
      type: 'object',
      fields: [
        defineField({
          name: 'email',
          title: 'E-mailadres',
          type: 'string',
          validation: (rule) => rule.email().error('Vul een geldig e-mailadres in, zoals "info@voorbeeld.nl".'),
        }),
        defineField({ name: 'phone', title: 'Telefoonnummer', type: 'string' }),
        defineField({ name: 'address', title: 'Adres', type: 'string' }),
      ],
    }),
    defineField({
      name: 'intakeEmail',
      group: 'contact',
      title: 'E-mailadres voor vragen via de site (optioneel)',
      description:
        'Vragen die ondernemers stellen met "Vraag het een partner" op jullie pagina\'s komen hier binnen. Dit adres staat niet op de site. Leeg: de vragen gaan naar het programmateam van MKB010>>Next.',
      type: 'string',
      validation: (rule) => rule.email().error('Vul een geldig e-mailadres in, zoals "vragen@voorbeeld.nl".'),
    }),
    defineField({
      name: 'emergencyPhone',
      group: 'contact',
      title: 'Spoednummer (optioneel)',
      description:
        'Alleen als ondernemers jullie in een noodgeval direct kunnen bellen, bijvoorbeeld bij een hack. Het staat op jullie partnerpagina en bij de gidsen en regelingen die naar jullie verwijzen.',
      type: 'string',
      validation: (rule) => rule.custom((value: string | undefined) => phoneNumber(value)),
    }),
    defineField({
      name: 'emergencyNote',
      group: 'contact',
      title: 'Wanneer bel je het spoednummer?',
      description: 'Eén korte zin, bijvoorbeeld "Dag en nacht bereikbaar bij een hack, ransomware of datalek."',
      type: 'localeString',
      hidden: ({ document }) => !document?.emergencyPhone,
    }),
  ],
  orderings: [{ title: 'Naam A–Z', name: 'nameAsc', by: [{ field: 'name', direction: 'asc' }] }],
  preview: {
    select: { title: 'name', kind: 'kind', media: 'logo' },
    prepare: ({ title, kind, media }) => ({ title, subtitle: subtitle(optionTitle(PARTNER_KIND_OPTIONS, kind), 'NL + EN'), media }),
  },
});

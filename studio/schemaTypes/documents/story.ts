import { HeartIcon } from '@sanity/icons/Heart';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { DATE_OPTIONS, imageField, languageField, required, seoTitleField, slugField, themesField, translationOfField } from '../fields';
import { DISTRICT_OPTIONS, SECTOR_OPTIONS, optionTitle } from '../options';
import { languageLabel, shortDate, subtitle, todayInAmsterdam } from '../preview';
import { lengthBetween, maxLength } from '../rules';

/** A success story: a Rotterdam entrepreneur who did it (document-level translation). */
export const story = defineType({
  name: 'story',
  title: 'Succesverhaal',
  type: 'document',
  icon: HeartIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Titel',
      description: 'Wat heeft de ondernemer bereikt? Bijvoorbeeld "Bakkerij in Charlois halveert haar energierekening". 10 tot 90 tekens.',
      type: 'string',
      validation: (rule) => [
        rule.required().error('Geef het verhaal een titel.'),
        rule.custom((value: string | undefined) => lengthBetween(value, 10, 90)),
      ],
    }),
    slugField('title'),
    languageField(),
    translationOfField('story', 'succesverhaal'),
    defineField({ name: 'company', title: 'Bedrijf', type: 'string', validation: required('Vul de naam van het bedrijf in.') }),
    defineField({
      name: 'entrepreneur',
      title: 'Naam ondernemer',
      type: 'string',
      validation: required('Vul de naam van de ondernemer in.'),
    }),
    defineField({
      name: 'sector',
      title: 'Sector',
      type: 'string',
      options: { list: SECTOR_OPTIONS },
      validation: required('Kies de sector van het bedrijf.'),
    }),
    defineField({
      name: 'district',
      title: 'Wijk',
      type: 'string',
      options: { list: DISTRICT_OPTIONS },
      validation: required('Kies in welk gebied van Rotterdam het bedrijf zit.'),
    }),
    defineField({
      name: 'quote',
      title: 'Citaat',
      description: 'Eén zin van de ondernemer zelf, zonder aanhalingstekens. Hoogstens 240 tekens.',
      type: 'text',
      rows: 2,
      validation: (rule) => [
        rule.required().error('Vul een citaat van de ondernemer in.'),
        rule.custom((value: string | undefined) => maxLength(value, 240)),
      ],
    }),
    defineField({
      name: 'summary',
      title: 'Samenvatting',
      description: 'Twee zinnen voor overzichten en zoekresultaten. 50 tot 220 tekens.',
      type: 'text',
      rows: 3,
      validation: (rule) => [
        rule.required().error('Schrijf een korte samenvatting.'),
        rule.custom((value: string | undefined) => lengthBetween(value, 50, 220)),
      ],
    }),
    seoTitleField(false),
    imageField('image', 'Foto', {
      required: true,
      description: 'Een foto van de ondernemer of het bedrijf. Verplicht, met alternatieve tekst.',
    }),
    defineField({ name: 'body', title: 'Verhaal', type: 'blockContent', validation: required('Schrijf het verhaal.') }),
    themesField(),
    defineField({
      name: 'partner',
      title: 'Partner die hielp',
      type: 'reference',
      to: [{ type: 'partner' }],
      validation: required('Kies de partner die de ondernemer heeft geholpen.'),
    }),
    defineField({
      name: 'relatedGuides',
      title: 'Gerelateerde gidsen',
      type: 'array',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'guide' }] })],
      validation: (rule) => rule.unique().error('Een gids staat er twee keer in. Haal de dubbele weg.'),
    }),
    defineField({
      name: 'publishedAt',
      initialValue: () => todayInAmsterdam(new Date()),
      title: 'Publicatiedatum',
      type: 'date',
      options: DATE_OPTIONS,
      validation: required('Vul de publicatiedatum in.'),
    }),
  ],
  orderings: [{ title: 'Nieuwste eerst', name: 'publishedAtDesc', by: [{ field: 'publishedAt', direction: 'desc' }] }],
  preview: {
    select: {
      title: 'title',
      company: 'company',
      district: 'district',
      partner: 'partner.name',
      language: 'language',
      date: 'publishedAt',
      media: 'image',
    },
    prepare: ({ title, company, district, partner, language, date, media }) => ({
      title,
      subtitle: subtitle(languageLabel(language), company, optionTitle(DISTRICT_OPTIONS, district), partner, shortDate(date)),
      media,
    }),
  },
});

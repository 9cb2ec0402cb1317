import { DocumentIcon } from '@sanity/icons/Document';
import { defineField, defineType } from 'sanity';
import { DATE_OPTIONS, languageField, required, seoTitleField, slugField, translationOfField } from '../fields';
import { languageLabel, shortDate, subtitle, todayInAmsterdam } from '../preview';
import { lengthBetween } from '../rules';

/** A simple page: about, accessibility statement, privacy (document-level translation). */
export const page = defineType({
  name: 'page',
  title: 'Pagina',
  type: 'document',
  icon: DocumentIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Titel',
      description: '3 tot 90 tekens.',
      type: 'string',
      validation: (rule) => [
        rule.required().error('Geef de pagina een titel.'),
        rule.custom((value: string | undefined) => lengthBetween(value, 3, 90)),
      ],
    }),
    slugField('title'),
    languageField(),
    translationOfField('page', 'pagina'),
    defineField({
      name: 'summary',
      title: 'Samenvatting',
      description: 'Beschrijving voor zoekmachines. 50 tot 220 tekens.',
      type: 'text',
      rows: 3,
      validation: (rule) => [
        rule.required().error('Schrijf een korte samenvatting.'),
        rule.custom((value: string | undefined) => lengthBetween(value, 50, 220)),
      ],
    }),
    seoTitleField(false),
    defineField({ name: 'body', title: 'Tekst', type: 'blockContent', validation: required('Schrijf de tekst van de pagina.') }),
    defineField({
      name: 'updatedAt',
      initialValue: () => todayInAmsterdam(new Date()),
      title: 'Laatst bijgewerkt',
      description: 'Staat op de pagina (verplicht bij de toegankelijkheidsverklaring).',
      type: 'date',
      options: DATE_OPTIONS,
      validation: required('Vul in wanneer de pagina voor het laatst is bijgewerkt.'),
    }),
  ],
  preview: {
    select: { title: 'title', language: 'language', slug: 'slug.current', updatedAt: 'updatedAt' },
    prepare: ({ title, language, slug, updatedAt }) => ({
      title,
      subtitle: subtitle(languageLabel(language), slug && `/${slug}/`, updatedAt && `bijgewerkt ${shortDate(updatedAt)}`),
    }),
  },
});

import { defineField, defineType } from 'sanity';

/** A longer plain text in Dutch (required) and English (optional). */
export const localeText = defineType({
  name: 'localeText',
  title: 'Tekst (Nederlands en Engels)',
  type: 'object',
  fields: [
    defineField({
      name: 'nl',
      title: 'Nederlands',
      type: 'text',
      rows: 3,
      validation: (rule) => rule.required().error('Vul de Nederlandse tekst in.'),
    }),
    defineField({
      name: 'en',
      title: 'Engels (optioneel)',
      description: 'Leeg laten mag: de Engelse site toont dan de Nederlandse tekst.',
      type: 'text',
      rows: 3,
    }),
  ],
});

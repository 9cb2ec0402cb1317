import { defineField, defineType } from 'sanity';

/** A short text in Dutch (required) and English (optional; the English site falls back to Dutch). */
export const localeString = defineType({
  name: 'localeString',
  title: 'Tekst (Nederlands en Engels)',
  type: 'object',
  options: { collapsible: false },
  fields: [
    defineField({
      name: 'nl',
      title: 'Nederlands',
      type: 'string',
      validation: (rule) => rule.required().error('Vul de Nederlandse tekst in.'),
    }),
    defineField({
      name: 'en',
      title: 'Engels (optioneel)',
      description: 'Leeg laten mag: de Engelse site toont dan de Nederlandse tekst.',
      type: 'string',
    }),
  ],
});

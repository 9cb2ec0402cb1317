import { defineField, defineType } from 'sanity';

/** Rich text in Dutch (required) and English (optional). */
export const localeBlockContent = defineType({
  name: 'localeBlockContent',
  title: 'Opgemaakte tekst (Nederlands en Engels)',
  type: 'object',
  fields: [
    defineField({
      name: 'nl',
      title: 'Nederlands',
      type: 'blockContent',
      validation: (rule) => rule.required().error('Vul de Nederlandse tekst in.'),
    }),
    defineField({
      name: 'en',
      title: 'Engels (optioneel)',
      description: 'Leeg laten mag: de Engelse site toont dan de Nederlandse tekst.',
      type: 'blockContent',
    }),
  ],
});

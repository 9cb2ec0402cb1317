import { defineField, defineType } from 'sanity';

/** One step of a guide. */
export const step = defineType({
  name: 'step',
  title: 'Stap',
  type: 'object',
  fields: [
    defineField({
      name: 'title',
      title: 'Wat doe je in deze stap?',
      description: 'Kort en als opdracht, bijvoorbeeld "Vraag een energiescan aan".',
      type: 'string',
      validation: (rule) => rule.required().error('Geef de stap een titel.'),
    }),
    defineField({
      name: 'text',
      title: 'Uitleg',
      type: 'text',
      rows: 3,
      validation: (rule) => rule.required().error('Leg uit wat de ondernemer in deze stap doet.'),
    }),
  ],
  preview: { select: { title: 'title', subtitle: 'text' } },
});

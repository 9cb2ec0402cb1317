import { defineField, defineType } from 'sanity';
import { CALLOUT_TONE_OPTIONS } from '../options';

/** A highlighted box in running text: a tip, extra information or a warning. */
export const callout = defineType({
  name: 'callout',
  title: 'Opvallend kader',
  type: 'object',
  fields: [
    defineField({
      name: 'tone',
      title: 'Soort',
      type: 'string',
      options: {
        list: CALLOUT_TONE_OPTIONS,
        layout: 'radio',
        direction: 'horizontal',
      },
      initialValue: 'info',
      validation: (rule) => rule.required().error('Kies het soort kader: informatie, tip of let op.'),
    }),
    defineField({ name: 'title', title: 'Kop (optioneel)', type: 'string' }),
    defineField({
      name: 'text',
      title: 'Tekst',
      type: 'text',
      rows: 3,
      validation: (rule) => rule.required().error('Vul de tekst van het kader in.'),
    }),
  ],
  preview: {
    select: { title: 'title', text: 'text', tone: 'tone' },
    prepare: ({ title, text, tone }) => ({
      title: title || text,
      subtitle: { info: 'Informatie', tip: 'Tip', warning: 'Let op' }[tone as string] ?? 'Kader',
    }),
  },
});

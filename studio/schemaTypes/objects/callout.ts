import { defineArrayMember, defineField, defineType } from 'sanity';
import { CALLOUT_TONE_OPTIONS } from '../options';
import { decorators, linkAnnotations } from './linkAnnotations';

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
      name: 'body',
      title: 'Tekst',
      description: 'Korte tekst, eventueel met vet, cursief en links (naar een andere pagina op de site of naar een website).',
      type: 'array',
      // Paragraphs and lists only: a heading inside a box would break the page's heading order.
      of: [
        defineArrayMember({
          type: 'block',
          styles: [{ title: 'Gewone tekst', value: 'normal' }],
          lists: [{ title: 'Opsomming', value: 'bullet' }],
          marks: { decorators, annotations: linkAnnotations },
        }),
      ],
      validation: (rule) => rule.required().min(1).error('Vul de tekst van het kader in.'),
    }),
  ],
  preview: {
    select: { title: 'title', body: 'body', tone: 'tone' },
    prepare: ({ title, body, tone }) => ({
      title: title || plainText(body),
      subtitle: { info: 'Informatie', tip: 'Tip', warning: 'Let op' }[tone as string] ?? 'Kader',
    }),
  },
});

/** The text of a callout's first block, for its preview in the Studio. */
function plainText(body: unknown): string {
  const first = Array.isArray(body) ? body[0] : undefined;
  const children: unknown[] = Array.isArray(first?.children) ? first.children : [];
  return children.map((c) => (c && typeof c === 'object' && 'text' in c ? String(c.text) : '')).join('');
}

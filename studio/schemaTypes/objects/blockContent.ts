import { defineArrayMember, defineType } from 'sanity';
import { imageFields } from '../fields';
import { decorators, linkAnnotations } from './linkAnnotations';

/** Portable Text: headings, lists, links, images with alt text and callouts. */
export const blockContent = defineType({
  name: 'blockContent',
  title: 'Opgemaakte tekst',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        { title: 'Gewone tekst', value: 'normal' },
        { title: 'Kop', value: 'h2' },
        { title: 'Tussenkop', value: 'h3' },
        { title: 'Citaat', value: 'blockquote' },
      ],
      lists: [
        { title: 'Opsomming', value: 'bullet' },
        { title: 'Genummerde lijst', value: 'number' },
      ],
      marks: {
        decorators,
        annotations: linkAnnotations,
      },
    }),
    defineArrayMember({
      type: 'image',
      title: 'Afbeelding',
      options: { hotspot: true },
      fields: imageFields(),
    }),
    defineArrayMember({ type: 'callout' }),
  ],
});

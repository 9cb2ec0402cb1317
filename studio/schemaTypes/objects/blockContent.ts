import { defineArrayMember, defineField, defineType } from 'sanity';
import { imageFields } from '../fields';
import { safeUrl } from '../rules';

/** Types an internal link may point to. */
const LINKABLE_TYPES = ['guide', 'story', 'event', 'scheme', 'partner', 'page', 'campaign'];

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
        decorators: [
          { title: 'Vet', value: 'strong' },
          { title: 'Cursief', value: 'em' },
        ],
        annotations: [
          defineArrayMember({
            name: 'link',
            title: 'Externe link',
            type: 'object',
            fields: [
              defineField({
                name: 'href',
                title: 'Link',
                description: 'Begint met https://, mailto: (e-mailadres) of tel: (telefoonnummer).',
                type: 'string',
                validation: (rule) => [
                  rule.required().error('Vul de link in, of haal de link van de tekst af.'),
                  rule.custom((href: string | undefined) => safeUrl(href, { mailto: true, tel: true })),
                ],
              }),
            ],
          }),
          defineArrayMember({
            name: 'internalLink',
            title: 'Link naar andere pagina op de site',
            type: 'object',
            fields: [
              defineField({
                name: 'reference',
                title: 'Pagina',
                type: 'reference',
                to: LINKABLE_TYPES.map((type) => ({ type })),
                validation: (rule) => rule.required().error('Kies de pagina waar de link naartoe gaat.'),
              }),
            ],
          }),
        ],
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

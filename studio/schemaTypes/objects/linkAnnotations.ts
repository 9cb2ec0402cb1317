import { defineArrayMember, defineField } from 'sanity';
import { safeUrl } from '../rules';

/** Types an internal link may point to. */
const LINKABLE_TYPES = ['guide', 'story', 'event', 'scheme', 'partner', 'page', 'campaign'];

/** The link annotations every piece of running text offers: a web, mail or phone link, or a page on the site. */
export const linkAnnotations = [
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
];

/** Bold and italic, the only decorators the site styles. */
export const decorators = [
  { title: 'Vet', value: 'strong' },
  { title: 'Cursief', value: 'em' },
];

// The building blocks of a campaign landing page. Each section type is one object type, so the
// comms team picks "add section → …" and the site renders it by `_type`.
import { defineArrayMember, defineField, defineType } from 'sanity';
import { imageField, required, urlField } from '../fields';

/** A section's heading field. */
function headingField(optional = false) {
  return defineField({
    name: 'heading',
    title: optional ? 'Kop (optioneel)' : 'Kop',
    type: 'string',
    validation: optional ? undefined : required('Geef deze sectie een kop.'),
  });
}

/** A "featured" section: a heading and a hand-picked list of documents of one type. */
function featuredSection(name: string, title: string, field: string, type: string, what: string) {
  return defineType({
    name,
    title,
    type: 'object',
    fields: [
      headingField(),
      defineField({
        name: field,
        title: what,
        type: 'array',
        of: [defineArrayMember({ type: 'reference', to: [{ type }] })],
        validation: (rule) => rule.required().min(1).unique().error(`Kies minstens één item voor "${what}", zonder dubbele.`),
      }),
    ],
    preview: {
      select: { heading: 'heading', items: field },
      prepare: ({ heading, items }) => ({ title: heading, subtitle: `${title} · ${(items as unknown[] | undefined)?.length ?? 0} items` }),
    },
  });
}

/** The opening banner of a campaign. */
export const hero = defineType({
  name: 'hero',
  title: 'Openingsbanner',
  type: 'object',
  fields: [
    headingField(),
    defineField({ name: 'text', title: 'Tekst', type: 'text', rows: 3, validation: required('Vul de tekst van de banner in.') }),
    imageField('image', 'Afbeelding (optioneel)'),
    defineField({ name: 'ctaLabel', title: 'Tekst op de knop (optioneel)', type: 'string' }),
    urlField('ctaUrl', 'Link van de knop', {
      relative: true,
      description: 'Een pagina op de site (begint met /, bijvoorbeeld /gidsen/) of een https://-link.',
    }),
  ],
  preview: { select: { title: 'heading', media: 'image' }, prepare: ({ title, media }) => ({ title, subtitle: 'Openingsbanner', media }) },
});

/** A block of running text. */
export const richText = defineType({
  name: 'richText',
  title: 'Tekstblok',
  type: 'object',
  fields: [
    headingField(true),
    defineField({ name: 'body', title: 'Tekst', type: 'blockContent', validation: required('Vul de tekst in.') }),
  ],
  preview: { select: { title: 'heading' }, prepare: ({ title }) => ({ title: title || 'Tekstblok', subtitle: 'Tekstblok' }) },
});

/** Hand-picked guides. */
export const featuredGuides = featuredSection('featuredGuides', 'Uitgelichte gidsen', 'guides', 'guide', 'Gidsen');
/** Hand-picked success stories. */
export const featuredStories = featuredSection('featuredStories', 'Uitgelichte succesverhalen', 'stories', 'story', 'Succesverhalen');
/** Hand-picked events. */
export const featuredEvents = featuredSection('featuredEvents', 'Uitgelichte evenementen', 'events', 'event', 'Evenementen');
/** Hand-picked support schemes. */
export const featuredSchemes = featuredSection('featuredSchemes', 'Uitgelichte regelingen', 'schemes', 'scheme', 'Regelingen');

/** A call to action: a heading, a sentence and one button. */
export const callToAction = defineType({
  name: 'callToAction',
  title: 'Oproep met knop',
  type: 'object',
  fields: [
    headingField(),
    defineField({ name: 'text', title: 'Tekst', type: 'text', rows: 2, validation: required('Vul de tekst van de oproep in.') }),
    defineField({
      name: 'label',
      title: 'Tekst op de knop',
      type: 'string',
      validation: required('Vul de tekst op de knop in, bijvoorbeeld "Meld je aan".'),
    }),
    urlField('url', 'Link van de knop', {
      relative: true,
      required: true,
      description: 'Een pagina op de site (begint met /, bijvoorbeeld /evenementen/) of een https://-link.',
    }),
  ],
  preview: { select: { title: 'heading', subtitle: 'label' } },
});

/** Frequently asked questions. */
export const faq = defineType({
  name: 'faq',
  title: 'Veelgestelde vragen',
  type: 'object',
  fields: [
    headingField(),
    defineField({
      name: 'items',
      title: 'Vragen',
      type: 'array',
      of: [
        defineArrayMember({
          name: 'faqItem',
          title: 'Vraag',
          type: 'object',
          fields: [
            defineField({ name: 'question', title: 'Vraag', type: 'string', validation: required('Vul de vraag in.') }),
            defineField({ name: 'answer', title: 'Antwoord', type: 'text', rows: 4, validation: required('Vul het antwoord in.') }),
          ],
          preview: { select: { title: 'question', subtitle: 'answer' } },
        }),
      ],
      validation: (rule) => rule.required().min(1).error('Voeg minstens één vraag met antwoord toe.'),
    }),
  ],
  preview: {
    select: { title: 'heading', items: 'items' },
    prepare: ({ title, items }) => ({ title, subtitle: `Veelgestelde vragen · ${(items as unknown[] | undefined)?.length ?? 0} vragen` }),
  },
});

/** Every section type a campaign can contain, in the order the "add" menu shows them. */
export const campaignSectionTypes = [hero, richText, featuredGuides, featuredStories, featuredEvents, featuredSchemes, callToAction, faq];

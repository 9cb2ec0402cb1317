import { CogIcon } from '@sanity/icons/Cog';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { DATE_OPTIONS, required, requiredObject } from '../fields';
import { periodEndAfterStart, wholeCount } from '../rules';

/** Site-wide settings: navigation, footer, targets, contact, search synonyms. One document, id `siteSettings`. */
export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Site-instellingen',
  type: 'document',
  icon: CogIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Naam van de site',
      type: 'string',
      initialValue: 'MKB010>>Next',
      validation: required('Vul de naam van de site in.'),
    }),
    defineField({ name: 'tagline', title: 'Ondertitel', type: 'localeString', validation: requiredObject('Vul de ondertitel in.') }),
    defineField({
      name: 'targetEntrepreneurs',
      title: 'Doel huidige looptijd (aantal ondernemers)',
      description: 'Hoeveel ondernemers het programma in de huidige looptijd wil bereiken. Staat op de voortgangspagina.',
      type: 'number',
      validation: (rule) => [rule.required().error('Vul het doel in.'), rule.custom((v: number | undefined) => wholeCount(v))],
    }),
    defineField({
      name: 'firstRunTarget',
      title: 'Doel eerste looptijd (2018–2023)',
      type: 'number',
      initialValue: 5000,
      validation: (rule) => [
        rule.required().error('Vul het doel van de eerste looptijd in.'),
        rule.custom((v: number | undefined) => wholeCount(v)),
      ],
    }),
    defineField({
      name: 'currentRunStart',
      title: 'Start huidige looptijd',
      type: 'date',
      options: DATE_OPTIONS,
      initialValue: '2023-07-01',
      validation: required('Vul de startdatum van de huidige looptijd in.'),
    }),
    defineField({
      name: 'currentRunEnd',
      title: 'Einde huidige looptijd',
      description: 'De laatste dag van de huidige looptijd. Daarmee laat de voortgangspagina zien of het doel op koers ligt.',
      type: 'date',
      options: DATE_OPTIONS,
      validation: (rule) =>
        rule.custom((end: string | undefined, context) =>
          periodEndAfterStart((context.document as { currentRunStart?: string } | undefined)?.currentRunStart, end),
        ),
    }),
    defineField({
      name: 'contact',
      title: 'Contact',
      type: 'object',
      fields: [
        defineField({
          name: 'email',
          title: 'E-mailadres',
          type: 'string',
          validation: (rule) => rule.email().error('Vul een geldig e-mailadres in, zoals "info@voorbeeld.nl".'),
        }),
        defineField({ name: 'phone', title: 'Telefoonnummer', type: 'string' }),
        defineField({ name: 'address', title: 'Adres', type: 'string' }),
      ],
    }),
    defineField({
      name: 'navigation',
      title: 'Hoofdmenu',
      type: 'array',
      of: [defineArrayMember({ type: 'navItem' })],
      validation: (rule) => rule.required().min(1).error('Het hoofdmenu heeft minstens één item nodig.'),
    }),
    defineField({ name: 'footerLinks', title: 'Links in de voettekst', type: 'array', of: [defineArrayMember({ type: 'navItem' })] }),
    defineField({ name: 'footerText', title: 'Tekst in de voettekst', type: 'localeText' }),
    defineField({
      name: 'searchSynonyms',
      title: 'Zoeken: woorden met dezelfde betekenis',
      description:
        'Per taal groepen woorden die voor de zoekfunctie hetzelfde betekenen. Na de volgende publicatie van de site vindt zoeken op één woord ook de pagina’s met de andere woorden uit de groep.',
      type: 'object',
      options: { collapsible: true, collapsed: true },
      fields: [
        defineField({ name: 'nl', title: 'Nederlands', type: 'array', of: [defineArrayMember({ type: 'synonymGroup' })] }),
        defineField({ name: 'en', title: 'Engels', type: 'array', of: [defineArrayMember({ type: 'synonymGroup' })] }),
      ],
    }),
    defineField({
      name: 'commsTeam',
      title: 'Redactie (mag alles wijzigen)',
      description: 'E-mailadressen of Sanity-gebruikers-id’s van het communicatieteam. Niet zichtbaar op de site.',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      options: { layout: 'tags' },
    }),
    defineField({
      name: 'partnerEditors',
      title: 'Redacteuren per partner',
      description:
        'Wie bij welke partner hoort. Een redacteur kan alleen de inhoud van de eigen partner publiceren of verwijderen. Niet zichtbaar op de site.',
      type: 'array',
      of: [
        defineArrayMember({
          name: 'partnerEditorList',
          title: 'Redacteuren van een partner',
          type: 'object',
          fields: [
            defineField({
              name: 'partner',
              title: 'Partner',
              type: 'reference',
              to: [{ type: 'partner' }],
              validation: required('Kies de partner.'),
            }),
            defineField({
              name: 'editors',
              title: 'Redacteuren',
              description: 'E-mailadressen of Sanity-gebruikers-id’s.',
              type: 'array',
              of: [defineArrayMember({ type: 'string' })],
              options: { layout: 'tags' },
            }),
          ],
          preview: {
            select: { title: 'partner.name', editors: 'editors' },
            prepare: ({ title, editors }) => ({ title, subtitle: ((editors as string[] | undefined) ?? []).join(', ') }),
          },
        }),
      ],
    }),
  ],
  preview: { prepare: () => ({ title: 'Site-instellingen', subtitle: 'Menu, voettekst, doelen en contact' }) },
});

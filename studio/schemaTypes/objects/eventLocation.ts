import { defineField, defineType } from 'sanity';
import { EVENT_MODE_OPTIONS } from '../options';
import { safeUrl } from '../rules';

/** Where an event takes place: a venue, online, or both. */
export const eventLocation = defineType({
  name: 'eventLocation',
  title: 'Locatie',
  type: 'object',
  fields: [
    defineField({
      name: 'mode',
      title: 'Vorm',
      type: 'string',
      options: {
        list: EVENT_MODE_OPTIONS,
        layout: 'radio',
        direction: 'horizontal',
      },
      initialValue: 'venue',
      validation: (rule) => rule.required().error('Kies of het evenement op locatie, online of allebei is.'),
    }),
    defineField({
      name: 'venueName',
      title: 'Naam van de locatie',
      description: 'Bijvoorbeeld "Cinerama" of "RDM Innovation Dock".',
      type: 'string',
      hidden: ({ parent }) => parent?.mode === 'online',
      validation: (rule) =>
        rule.custom((value, context) =>
          (context.parent as { mode?: string })?.mode !== 'online' && !value ? 'Vul de naam van de locatie in.' : true,
        ),
    }),
    defineField({
      name: 'address',
      title: 'Adres',
      type: 'object',
      hidden: ({ parent }) => parent?.mode === 'online',
      fields: [
        defineField({ name: 'street', title: 'Straat en huisnummer', type: 'string' }),
        defineField({
          name: 'postalCode',
          title: 'Postcode',
          type: 'string',
          validation: (rule) => rule.regex(/^[1-9][0-9]{3} ?[A-Z]{2}$/).error('Vul een Nederlandse postcode in, zoals "3011 AB".'),
        }),
        defineField({ name: 'city', title: 'Plaats', type: 'string', initialValue: 'Rotterdam' }),
      ],
      validation: (rule) =>
        rule.custom((value: { street?: string; city?: string } | undefined, context) =>
          (context.parent as { mode?: string })?.mode !== 'online' && !(value?.street && value?.city)
            ? 'Vul straat met huisnummer en plaats in, zodat bezoekers de locatie kunnen vinden.'
            : true,
        ),
    }),
    defineField({
      name: 'onlineUrl',
      title: 'Link naar de online sessie',
      description: 'Begint met https://.',
      type: 'string',
      hidden: ({ parent }) => parent?.mode === 'venue',
      validation: (rule) =>
        rule.custom((value: string | undefined, context) => {
          if ((context.parent as { mode?: string })?.mode !== 'venue' && !value) {
            return 'Vul de link naar de online sessie in.';
          }
          return safeUrl(value);
        }),
    }),
  ],
});

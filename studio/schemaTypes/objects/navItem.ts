import { defineField, defineType } from 'sanity';
import { ROUTE_OPTIONS, optionTitle } from '../options';

/** One link in the site's navigation or footer, pointing to a fixed page of the site. */
export const navItem = defineType({
  name: 'navItem',
  title: 'Menu-item',
  type: 'object',
  fields: [
    defineField({
      name: 'label',
      title: 'Tekst in het menu',
      type: 'localeString',
      validation: (rule) => rule.required().error('Vul de tekst in die in het menu staat.'),
    }),
    defineField({
      name: 'route',
      title: 'Gaat naar',
      type: 'string',
      options: { list: ROUTE_OPTIONS },
      validation: (rule) => rule.required().error('Kies naar welke pagina dit menu-item gaat.'),
    }),
  ],
  preview: {
    select: { title: 'label.nl', route: 'route' },
    prepare: ({ title, route }) => ({ title, subtitle: `→ ${optionTitle(ROUTE_OPTIONS, route)}` }),
  },
});

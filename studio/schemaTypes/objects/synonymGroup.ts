import { defineArrayMember, defineField, defineType } from 'sanity';

/** Words that mean the same to someone searching; the search finds a page by any of them. */
export const synonymGroup = defineType({
  name: 'synonymGroup',
  title: 'Groep woorden met dezelfde betekenis',
  type: 'object',
  fields: [
    defineField({
      name: 'words',
      title: 'Woorden',
      description:
        'Woorden en vormen die ondernemers door elkaar gebruiken, zoals "zonnepaneel", "zonnepanelen", "zonne-energie" en "pv". Staat een ervan op een pagina, dan vindt de zoekfunctie die pagina ook met de andere.',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      options: { layout: 'tags' },
      validation: (rule) => [
        rule.required().min(2).error('Een groep heeft minstens twee woorden nodig.'),
        rule.unique().error('Elk woord mag maar één keer in de groep staan.'),
        rule.custom((words: string[] | undefined) => ((words ?? []).some((w) => !w.trim()) ? 'Haal de lege woorden weg.' : true)),
      ],
    }),
  ],
  preview: {
    select: { words: 'words' },
    prepare: ({ words }: { words?: string[] }) => ({ title: (words ?? []).join(', ') || 'Lege groep' }),
  },
});

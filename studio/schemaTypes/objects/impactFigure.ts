import { defineField, defineType } from 'sanity';
import { THEME_OPTIONS, optionTitle } from '../options';
import { wholeCount } from '../rules';

/** One count field: a whole number of entrepreneurs, zero or more. */
function countField(name: string, title: string, description: string) {
  return defineField({
    name,
    title,
    description,
    type: 'number',
    initialValue: 0,
    validation: (rule) => [
      rule.required().error(`Vul het aantal in (0 als er niemand was).`),
      rule.custom((value: number | undefined) => wholeCount(value)),
    ],
  });
}

/** How many entrepreneurs a partner reached on one theme, by furthest stage reached. */
export const impactFigure = defineType({
  name: 'impactFigure',
  title: 'Aantallen per thema',
  type: 'object',
  fields: [
    defineField({
      name: 'theme',
      title: 'Thema',
      type: 'string',
      options: { list: THEME_OPTIONS, layout: 'radio', direction: 'horizontal' },
      validation: (rule) => rule.required().error('Kies het thema waar deze aantallen bij horen.'),
    }),
    countField('inspired', 'Geïnspireerd', 'Ondernemers die alleen geïnspireerd zijn (bijvoorbeeld bij een lezing).'),
    countField('informed', 'Geïnformeerd', 'Ondernemers die informatie of advies kregen, maar (nog) niet in actie kwamen.'),
    countField('activated', 'Geactiveerd', 'Ondernemers die echt aan de slag gingen (bijvoorbeeld een maatregel namen).'),
  ],
  preview: {
    select: { theme: 'theme', inspired: 'inspired', informed: 'informed', activated: 'activated' },
    prepare: ({ theme, inspired, informed, activated }) => ({
      title: optionTitle(THEME_OPTIONS, theme),
      subtitle: `${inspired ?? 0} geïnspireerd · ${informed ?? 0} geïnformeerd · ${activated ?? 0} geactiveerd`,
    }),
  },
});

import { BarChartIcon } from '@sanity/icons/BarChart';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { DATE_OPTIONS, required } from '../fields';
import { shortDate, subtitle } from '../preview';
import { periodEndAfterStart } from '../rules';

/** A partner's count of entrepreneurs inspired, informed and activated in a period, per theme. */
export const impactReport = defineType({
  name: 'impactReport',
  title: 'Impactrapportage',
  type: 'document',
  icon: BarChartIcon,
  description:
    'Tel elke ondernemer één keer per rapportage, in de verste fase die hij in de periode bereikte (geactiveerd > geïnformeerd > geïnspireerd).',
  fields: [
    defineField({
      name: 'partner',
      title: 'Partner',
      type: 'reference',
      to: [{ type: 'partner' }],
      validation: required('Kies de partner die deze aantallen rapporteert.'),
    }),
    defineField({
      name: 'periodStart',
      title: 'Begin van de periode',
      description: 'Eerste dag van het kwartaal of jaar.',
      type: 'date',
      options: DATE_OPTIONS,
      validation: required('Vul de eerste dag van de periode in.'),
    }),
    defineField({
      name: 'periodEnd',
      title: 'Einde van de periode',
      description: 'Laatste dag van het kwartaal of jaar.',
      type: 'date',
      options: DATE_OPTIONS,
      validation: (rule) => [
        rule.required().error('Vul de laatste dag van de periode in.'),
        rule.custom((value: string | undefined, context) =>
          periodEndAfterStart((context.document as { periodStart?: string } | undefined)?.periodStart, value),
        ),
      ],
    }),
    defineField({
      name: 'activity',
      title: 'Wat is geteld?',
      description: 'De activiteit waarin je ondernemers bereikte, bijvoorbeeld "Workshops circulair ondernemen".',
      type: 'string',
      validation: required('Beschrijf welke activiteit je hebt geteld.'),
    }),
    defineField({
      name: 'figures',
      title: 'Aantallen per thema',
      description: 'Eén regel per thema. Hele getallen, 0 of meer.',
      type: 'array',
      of: [defineArrayMember({ type: 'impactFigure' })],
      validation: (rule) => [
        rule.required().min(1).error('Vul voor minstens één thema de aantallen in.'),
        rule.custom((figures: { theme?: string }[] | undefined) => {
          const themes = (figures ?? []).map((f) => f.theme).filter(Boolean);
          return new Set(themes).size === themes.length
            ? true
            : 'Een thema staat er meer dan één keer in. Tel de aantallen op in één regel per thema.';
        }),
      ],
    }),
  ],
  orderings: [{ title: 'Periode, nieuwste eerst', name: 'periodDesc', by: [{ field: 'periodStart', direction: 'desc' }] }],
  preview: {
    select: { partner: 'partner.name', periodStart: 'periodStart', periodEnd: 'periodEnd', activity: 'activity' },
    prepare: ({ partner, periodStart, periodEnd, activity }) => ({
      title: subtitle(partner, periodStart && periodEnd && `${shortDate(periodStart)} – ${shortDate(periodEnd)}`),
      subtitle: activity,
    }),
  },
});

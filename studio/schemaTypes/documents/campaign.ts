import { RocketIcon } from '@sanity/icons/Rocket';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { SITE_UPDATE_WITHIN_MINUTES } from '@mkb010/model';
import { CampaignStatusInput } from '../../components/CampaignStatus';
import { DATETIME_OPTIONS, inGroup, languageField, seoTitleField, slugField, translationOfField } from '../fields';
import { campaignSectionTypes } from '../objects/campaignSections';
import { campaignStatus, languageLabel, subtitle } from '../preview';
import { lengthBetween, publishUntilAfterFrom } from '../rules';

/** A campaign landing page built from sections, public between publishFrom and publishUntil. */
export const campaign = defineType({
  name: 'campaign',
  title: 'Campagne',
  type: 'document',
  icon: RocketIcon,
  components: { input: CampaignStatusInput },
  groups: [
    { name: 'content', title: 'Inhoud', default: true },
    { name: 'schedule', title: 'Planning' },
  ],
  fields: [
    defineField({
      name: 'title',
      group: 'content',
      title: 'Titel',
      description: '10 tot 90 tekens.',
      type: 'string',
      validation: (rule) => [
        rule.required().error('Geef de campagne een titel.'),
        rule.custom((value: string | undefined) => lengthBetween(value, 10, 90)),
      ],
    }),
    inGroup('content', slugField('title')),
    inGroup('content', languageField()),
    inGroup('content', translationOfField('campaign', 'campagne')),
    defineField({
      name: 'summary',
      group: 'content',
      title: 'Samenvatting',
      description: 'Voor zoekmachines en als de pagina gedeeld wordt. 50 tot 220 tekens.',
      type: 'text',
      rows: 3,
      validation: (rule) => [
        rule.required().error('Schrijf een korte samenvatting.'),
        rule.custom((value: string | undefined) => lengthBetween(value, 50, 220)),
      ],
    }),
    seoTitleField(false, 'content'),
    defineField({
      name: 'publishFrom',
      group: 'schedule',
      title: 'Zichtbaar vanaf',
      description: `Vanaf dit moment (Nederlandse tijd) hoort de campagne op de site te staan; de site is uiterlijk ${SITE_UPDATE_WITHIN_MINUTES} minuten later bijgewerkt. Leeg: direct na publiceren.`,
      type: 'datetime',
      options: DATETIME_OPTIONS,
    }),
    defineField({
      name: 'publishUntil',
      group: 'schedule',
      title: 'Zichtbaar tot',
      description: 'Op dit moment verdwijnt de campagne van de site. Leeg: blijft staan. Moet na "Zichtbaar vanaf" liggen.',
      type: 'datetime',
      options: DATETIME_OPTIONS,
      validation: (rule) =>
        rule.custom((value: string | undefined, context) =>
          publishUntilAfterFrom((context.document as { publishFrom?: string } | undefined)?.publishFrom, value),
        ),
    }),
    defineField({
      name: 'sections',
      group: 'content',
      title: 'Secties',
      description: 'Bouw de pagina op uit secties. Begin meestal met een openingsbanner.',
      type: 'array',
      of: campaignSectionTypes.map((section) => defineArrayMember({ type: section.name })),
      validation: (rule) => rule.required().min(1).error('Voeg minstens één sectie toe.'),
    }),
  ],
  orderings: [{ title: 'Start', name: 'publishFromDesc', by: [{ field: 'publishFrom', direction: 'desc' }] }],
  preview: {
    select: { title: 'title', language: 'language', publishFrom: 'publishFrom', publishUntil: 'publishUntil' },
    prepare: ({ title, language, publishFrom, publishUntil }) => ({
      title,
      subtitle: subtitle(languageLabel(language), campaignStatus({ publishFrom, publishUntil }, new Date())),
    }),
  },
});

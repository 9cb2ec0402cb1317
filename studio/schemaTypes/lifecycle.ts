// A scheme's lifecycle and what changed: when applications open, how much budget is left, and the
// change log of schemes and guides. The rules are the model's (the build applies the same ones and
// leaves a document that breaks them out); here they are worded for editors.
import { defineArrayMember, defineField, defineType } from 'sanity';
import {
  amsterdamDay,
  BUDGET_STATUSES,
  type ChangeEntry,
  type ChangeProblem,
  changeProblems,
  isLang,
  type Lang,
  openingProblem,
} from '@mkb010/model';
import type { RuleResult } from './rules';
import { DATE_OPTIONS } from './fields';

const LANGUAGE_NAMES: Record<Lang, string> = { nl: 'Nederlandse', en: 'Engelse' };

/** The languages a change note must be written in: a guide's own language; Dutch for a scheme (written in both). */
export function noteLanguages(doc: { _type?: string; language?: unknown } | undefined): Lang[] {
  if (doc?._type === 'guide') return isLang(doc.language) ? [doc.language] : ['nl'];
  return ['nl'];
}

/** A problem with a change log entry in the editor's words. */
export function changeProblemMessage(problem: ChangeProblem): string {
  switch (problem.kind) {
    case 'date-missing':
      return 'Vul de datum in waarop de wijziging ingaat.';
    case 'date-invalid':
      return `"${problem.date}" is geen datum. Kies een dag in de kalender.`;
    case 'date-future':
      return `De datum ligt in de toekomst. Leg een wijziging vast als die is ingegaan (vandaag of eerder), niet vooruit.`;
    case 'note-missing':
      return `Schrijf in de ${LANGUAGE_NAMES[problem.lang]} tekst wat er veranderd is, bijvoorbeeld "Het maximumbedrag is verhoogd naar €5.000."`;
  }
}

/** Checks one change log entry on `now`: a date that has come, and a note in the required languages. */
export function changeEntryAllowed(
  entry: ChangeEntry | undefined,
  doc: { _type?: string; language?: unknown } | undefined,
  now: Date,
): RuleResult {
  const problems = changeProblems(entry ?? {}, amsterdamDay(now), noteLanguages(doc));
  return problems.length ? problems.map(changeProblemMessage).join(' ') : true;
}

/** Checks that a scheme does not open after its deadline. */
export function opensBeforeDeadline(doc: { opensAt?: string; deadline?: string; ongoing?: boolean } | undefined): RuleResult {
  const problem = doc ? openingProblem(doc) : undefined;
  if (!problem) return true;
  return 'De regeling kan niet opengaan na de sluitingsdatum. Kies een openingsdatum op of vóór de sluitingsdatum, of pas de sluitingsdatum aan.';
}

/** One entry of a change log: the day it took effect and what changed, in Dutch and English. */
export const changeEntry = defineType({
  name: 'changeEntry',
  title: 'Wijziging',
  type: 'object',
  fields: [
    defineField({
      name: 'date',
      title: 'Gewijzigd op',
      description: 'De dag waarop de wijziging ingaat. Vandaag of eerder.',
      type: 'date',
      options: DATE_OPTIONS,
    }),
    defineField({
      name: 'note',
      title: 'Wat is er veranderd?',
      description: 'Eén zin, zoals hij op de site komt: "Het maximumbedrag is verhoogd naar €5.000."',
      type: 'object',
      fields: [
        defineField({ name: 'nl', title: 'Nederlands', type: 'text', rows: 2 }),
        defineField({
          name: 'en',
          title: 'Engels',
          description: 'Leeg laten mag bij een regeling: de Engelse site toont dan de Nederlandse tekst.',
          type: 'text',
          rows: 2,
        }),
      ],
    }),
  ],
  validation: (rule) =>
    rule.custom((entry: ChangeEntry | undefined, context) =>
      changeEntryAllowed(entry, context.document as { _type?: string; language?: unknown } | undefined, new Date()),
    ),
  preview: {
    select: { date: 'date', nl: 'note.nl', en: 'note.en' },
    prepare: ({ date, nl, en }) => ({ title: nl || en || 'Nog geen tekst', subtitle: date ? `Gewijzigd op ${date}` : 'Nog geen datum' }),
  },
});

/** The change log field of schemes and guides; entries are best added with "Wijziging vastleggen". */
export function changeLogField(group: string) {
  return defineField({
    name: 'changeLog',
    group,
    title: 'Wijzigingen',
    description:
      'Wat er na publicatie is veranderd, met de datum. De nieuwste staat bovenaan de pagina; alle wijzigingen onder de tekst. Voeg er een toe met "Wijziging vastleggen".',
    type: 'array',
    of: [defineArrayMember({ type: 'changeEntry' })],
  });
}

/** The day applications open, for a scheme that is announced before it opens. */
export function opensAtField(group: string | string[]) {
  return defineField({
    name: 'opensAt',
    group,
    title: 'Opent op (optioneel)',
    description: 'Alleen invullen als de regeling later opengaat. Tot die dag staat op de site "Opent op …"; daarna vanzelf "Open".',
    type: 'date',
    options: DATE_OPTIONS,
    validation: (rule) => rule.custom((_value: string | undefined, context) => opensBeforeDeadline(context.document as never)),
  });
}

/** How much budget is left, for a scheme that works first come, first served. */
export function budgetStatusField(group: string | string[]) {
  return defineField({
    name: 'budgetStatus',
    group,
    title: 'Budget (optioneel)',
    description:
      'Voor regelingen op volgorde van binnenkomst. "Budget op" sluit de regeling op de site, ook als de sluitingsdatum nog niet voorbij is.',
    type: 'string',
    options: { list: BUDGET_STATUSES.options(), layout: 'radio', direction: 'horizontal' },
  });
}

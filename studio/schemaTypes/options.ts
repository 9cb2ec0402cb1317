// The value lists editors pick from, as Sanity field options. Every list is the model's
// (@mkb010/model), so the Studio offers exactly the values and labels the site knows.
import {
  CALLOUT_TONES,
  COMPANY_SIZES,
  DISTRICTS,
  DOCUMENT_LANGUAGES,
  EVENT_LANGUAGES,
  EVENT_MODES,
  GOALS,
  goalTheme,
  PAGES,
  PARTNER_KINDS,
  ROUTE_KEYS,
  SCHEME_TYPES,
  SECTORS,
  THEMES,
  themeGoals,
} from '@mkb010/model';

/** A value stored in the dataset and the Dutch title the Studio shows for it. */
export interface Option {
  title: string;
  value: string;
}

/** The three themes of the programme. */
export const THEME_OPTIONS: Option[] = THEMES.options();

/** The entrepreneur's goals, the Hulpwijzer's first question. */
export const GOAL_OPTIONS: Option[] = GOALS.options();

/**
 * The goal options with those of the chosen themes first, each of them marked with its theme: the
 * Studio's suggestion. The editor may still pick any goal.
 */
export function suggestedGoalOptions(themes: readonly string[]): Option[] {
  const chosen = THEMES.values.filter((theme) => themes.includes(theme));
  const suggested = chosen.flatMap((theme) => themeGoals(theme));
  const rest = GOALS.values.filter((goal) => !suggested.includes(goal));
  return [
    ...suggested.map((goal) => ({
      title: `${GOALS.label(goal, 'nl')} (${THEMES.label(goalTheme(goal), 'nl').toLowerCase()})`,
      value: goal,
    })),
    ...rest.map((goal) => ({ title: GOALS.label(goal, 'nl'), value: goal })),
  ];
}

/** Languages a document can be written in. */
export const LANGUAGE_OPTIONS: Option[] = DOCUMENT_LANGUAGES.options();

/** Spoken languages at an event. */
export const EVENT_LANGUAGE_OPTIONS: Option[] = EVENT_LANGUAGES.options();

/** Where an event takes place. */
export const EVENT_MODE_OPTIONS: Option[] = EVENT_MODES.options();

/** Kinds of highlighted box in running text. */
export const CALLOUT_TONE_OPTIONS: Option[] = CALLOUT_TONES.options();

/** SME sectors. */
export const SECTOR_OPTIONS: Option[] = SECTORS.options();

/** Rotterdam's districts. */
export const DISTRICT_OPTIONS: Option[] = DISTRICTS.options();

/** Company sizes by the number of people employed. */
export const COMPANY_SIZE_OPTIONS: Option[] = COMPANY_SIZES.options();

/** Kinds of partner organisation. */
export const PARTNER_KIND_OPTIONS: Option[] = PARTNER_KINDS.options();

/** Kinds of support scheme. */
export const SCHEME_TYPE_OPTIONS: Option[] = SCHEME_TYPES.options();

/** The site's fixed pages that navigation may point to. */
export const ROUTE_OPTIONS: Option[] = ROUTE_KEYS.map((key) => ({ title: PAGES[key].label.nl, value: key }));

/** Dutch title of a stored value, or the value itself when unknown. */
export function optionTitle(options: Option[], value: string | undefined): string {
  return options.find((o) => o.value === value)?.title ?? value ?? '';
}

// GROQ filters behind the desk lists. The time rules are the model's (@mkb010/model), turned into
// GROQ by it, so a desk list shows exactly what the site treats as live, open, upcoming or overdue.
// Each filter that judges time needs the parameters of `ruleParams(now)`.
import {
  CAMPAIGN_ENDED,
  CAMPAIGN_LIVE,
  CAMPAIGN_SCHEDULED,
  EVENT_OVER,
  EVENT_UPCOMING,
  GUIDE_OVERDUE,
  groq,
  SCHEME_CLOSED,
  SCHEME_OPEN,
  SCHEME_OPENS_LATER,
} from '@mkb010/model';

/** Campaigns whose start lies in the future. */
export const SCHEDULED_CAMPAIGNS = `_type == "campaign" && ${groq(CAMPAIGN_SCHEDULED)}`;

/** Campaigns on the site right now (either bound may be empty). */
export const LIVE_CAMPAIGNS = `_type == "campaign" && ${groq(CAMPAIGN_LIVE)}`;

/** Campaigns whose end has passed. */
export const ENDED_CAMPAIGNS = `_type == "campaign" && ${groq(CAMPAIGN_ENDED)}`;

/** Guides whose check-again day has passed. */
export const OVERDUE_GUIDES = `_type == "guide" && ${groq(GUIDE_OVERDUE)}`;

/** Events that have not ended yet. */
export const UPCOMING_EVENTS = `_type == "event" && ${groq(EVENT_UPCOMING)}`;

/** Events that have ended. */
export const PAST_EVENTS = `_type == "event" && ${groq(EVENT_OVER)}`;

/** Schemes one can still apply for. */
export const OPEN_SCHEMES = `_type == "scheme" && ${groq(SCHEME_OPEN)}`;

/** Schemes that are not open yet: their opening day lies ahead. */
export const OPENS_LATER_SCHEMES = `_type == "scheme" && ${groq(SCHEME_OPENS_LATER)}`;

/** Schemes past their deadline or with their budget used up. */
export const CLOSED_SCHEMES = `_type == "scheme" && ${groq(SCHEME_CLOSED)}`;

/** Documents of one type on one theme (param `$theme`). */
export function onTheme(type: string): string {
  return `_type == "${type}" && $theme in themes`;
}

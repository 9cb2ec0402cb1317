// GROQ filters behind the desk lists. Kept apart so tests can run them against the seed with a
// fixed "now" and check that each list shows what its title promises.

/** Campaigns whose start lies in the future. */
export const SCHEDULED_CAMPAIGNS = '_type == "campaign" && defined(publishFrom) && dateTime(publishFrom) > dateTime(now())';

/** Campaigns on the site right now (either bound may be empty). */
export const LIVE_CAMPAIGNS =
  '_type == "campaign" && (!defined(publishFrom) || dateTime(publishFrom) <= dateTime(now())) && (!defined(publishUntil) || dateTime(publishUntil) > dateTime(now()))';

/** Campaigns whose end has passed. */
export const ENDED_CAMPAIGNS = '_type == "campaign" && defined(publishUntil) && dateTime(publishUntil) <= dateTime(now())';

/** Guides whose check-again date has passed (today counts as overdue from midnight UTC). */
export const OVERDUE_GUIDES = '_type == "guide" && defined(checkAgainBy) && dateTime(checkAgainBy + "T00:00:00Z") < dateTime(now())';

/** Events that have not ended yet. */
export const UPCOMING_EVENTS = '_type == "event" && dateTime(end) >= dateTime(now())';

/** Events that have ended. */
export const PAST_EVENTS = '_type == "event" && dateTime(end) < dateTime(now())';

/** Schemes one can still apply for. */
export const OPEN_SCHEMES =
  '_type == "scheme" && (ongoing == true || (defined(deadline) && dateTime(deadline + "T23:59:59Z") >= dateTime(now())))';

/** Schemes past their deadline. */
export const CLOSED_SCHEMES = '_type == "scheme" && ongoing != true && defined(deadline) && dateTime(deadline + "T23:59:59Z") < dateTime(now())';

/** Documents of one type on one theme (param `$theme`). */
export function onTheme(type: string): string {
  return `_type == "${type}" && $theme in themes`;
}

/** Documents of one type that belong to a partner (param `$partnerId`). */
export const PARTNER_CONTENT: Record<string, string> = {
  guide: '_type == "guide" && partner._ref == $partnerId',
  story: '_type == "story" && partner._ref == $partnerId',
  event: '_type == "event" && $partnerId in organisers[]._ref',
  scheme: '_type == "scheme" && providerPartner._ref == $partnerId',
  impactReport: '_type == "impactReport" && partner._ref == $partnerId',
};

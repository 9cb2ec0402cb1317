// The Hulpwijzer's matching: which schemes, partners, guides and events help an entrepreneur with
// a theme or goal, in a sector, and in which district. Which documents serve a goal is the model's
// rule (servesGoal). An empty audience list (sectors, districts,
// companySizes) means "all" (docs/content-model.md). Open and upcoming come from the shared time
// rules, so the finder never lists what the overviews call closed or over.
import { type FinderChoice, GOALS, goalTheme, isClosed, isUpcoming, type Lang, madeForGoal, schemeRank, servesGoal } from '@mkb010/model';
import type { Event, Guide, Partner, Scheme } from './site-data.ts';

/** A document the finder can list, with the audience fields it matches on. */
interface Audience {
  themes?: readonly string[];
  goals?: readonly string[];
  sectors?: readonly string[];
  districts?: readonly string[];
}

/** One item of a result list, with what ties it to districts. */
export interface FinderItem<T> {
  doc: T;
  /** Made for the chosen goal (its goals name it), not only on the goal's theme. */
  forGoal: boolean;
  /** Made for the chosen sector (its sectors name it), not for everyone. */
  forSector: boolean;
  /** The only districts a scheme or partner applies in; empty: all of Rotterdam. */
  onlyIn: readonly string[];
  /** The district an event takes place in: it comes first there, and stays listed everywhere. */
  heldIn?: string;
}

/** The four result lists of one theme or goal and sector, in the order the page shows them. */
export interface FinderResults {
  schemes: FinderItem<Scheme>[];
  partners: FinderItem<Partner>[];
  guides: FinderItem<Guide>[];
  events: FinderItem<Event>[];
}

/** True when an audience list admits a value: an empty list admits everything, no value narrows nothing. */
export function admits(list: readonly string[] | undefined, value: string | undefined): boolean {
  return !value || !list?.length || list.includes(value);
}

/**
 * True when a document fits a choice and (unless undefined: "anders") a sector. A theme takes every
 * document on it; a goal the documents that serve it (servesGoal). Partners name no goals, so with
 * `byTheme` a goal takes the partners of its theme.
 */
function fits(doc: Audience, choice: FinderChoice, sector: string | undefined, byTheme = false): boolean {
  const onChoice = !GOALS.has(choice)
    ? !!doc.themes?.includes(choice)
    : byTheme
      ? !!doc.themes?.includes(goalTheme(choice))
      : servesGoal(doc, choice);
  return onChoice && admits(doc.sectors, sector);
}

/** Items made for the goal first, then those made for the sector; otherwise the input order (which each list chose) stays. */
function items<T extends Audience>(
  docs: T[],
  choice: FinderChoice,
  sector: string | undefined,
  heldIn?: (doc: T) => string | undefined,
): FinderItem<T>[] {
  const all = docs.map((doc) => ({
    doc,
    forGoal: GOALS.has(choice) && madeForGoal(doc, choice),
    forSector: !!sector && !!doc.sectors?.includes(sector),
    onlyIn: doc.districts ?? [],
    heldIn: heldIn?.(doc),
  }));
  const rank = (i: FinderItem<T>) => (i.forGoal ? 0 : 2) + (i.forSector ? 0 : 1);
  // Array.prototype.sort is stable: equal ranks keep the list's own order.
  return all.sort((a, b) => rank(a) - rank(b));
}

/**
 * What the finder lists for a theme or goal and sector (`undefined`: every sector) at `now`, in `lang`:
 * open schemes (soonest deadline first, ongoing last; those that open later after them), partners (by name), the language's guides
 * (as the caller sorted them) and upcoming, not cancelled events (soonest first).
 */
export function finderResults(
  data: { schemes: Scheme[]; partners: Partner[]; guides: Guide[]; events: Event[] },
  query: { choice: FinderChoice; sector: string | undefined; lang: Lang },
  now: Date,
): FinderResults {
  const { choice, sector, lang } = query;
  const schemes = data.schemes
    .filter((s) => fits(s, choice, sector) && !isClosed(s, now))
    // Open schemes before those that open later (the model's schemeRank), then soonest deadline.
    .sort((a, b) => schemeRank(a, now) - schemeRank(b, now) || (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'));
  return {
    schemes: items(schemes, choice, sector),
    partners: items(
      data.partners.filter((p) => fits(p, choice, sector, true)).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
      choice,
      sector,
    ),
    guides: items(
      data.guides.filter((g) => g.language === lang && fits(g, choice, sector)),
      choice,
      sector,
    ),
    events: items(
      data.events
        .filter((e) => fits(e, choice, sector) && !e.cancelled && isUpcoming(e, now))
        .sort((a, b) => a.start.localeCompare(b.start)),
      choice,
      sector,
      (e) => e.district,
    ),
  };
}

/** True when an item is made for a district: it applies only there, or takes place there. */
export function madeFor(item: FinderItem<unknown>, district: string): boolean {
  return item.onlyIn.includes(district) || item.heldIn === district;
}

/**
 * The items a district sees, in page order: those made for the district first, then the general
 * ones; schemes and partners that apply only in other districts are left out. `undefined`
 * (anywhere): the whole list as it is.
 */
export function forDistrict<T>(list: FinderItem<T>[], district: string | undefined): FinderItem<T>[] {
  if (!district) return list;
  return [...list.filter((i) => madeFor(i, district)), ...list.filter((i) => i.onlyIn.length === 0 && !madeFor(i, district))];
}

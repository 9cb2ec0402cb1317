// Which documents the Hulpwijzer offers for a goal. Schemes, guides and events name the goals they
// are made for (`goals`); a document that names none of a theme's goals is about the theme as a
// whole and still helps with each of its goals. This is the one place that rule is written: the
// site's result pages use it, and the Studio suggests goals from the chosen themes with themeGoals.
import { GOALS, type Goal, goalTheme, type Theme } from './lists.ts';

/** The fields the goal rule reads; anything the dataset holds (untrusted: unknown values are ignored). */
export interface GoalTagged {
  themes?: readonly string[] | null;
  goals?: readonly string[] | null;
}

/** The goals that stand for a theme, in the goal list's order. */
export function themeGoals(theme: Theme): Goal[] {
  return GOALS.values.filter((goal) => goalTheme(goal) === theme);
}

/** True when a document is made for a goal: its own goals name it. */
export function madeForGoal(doc: GoalTagged, goal: Goal): boolean {
  return !!doc.goals?.includes(goal);
}

/**
 * True when the Hulpwijzer lists a document for a goal: the document names the goal, or it is on
 * the goal's theme and names no goal of that theme (nothing more specific was chosen for it).
 */
export function servesGoal(doc: GoalTagged, goal: Goal): boolean {
  if (madeForGoal(doc, goal)) return true;
  const theme = goalTheme(goal);
  return !!doc.themes?.includes(theme) && !doc.goals?.some((g) => GOALS.has(g) && goalTheme(g) === theme);
}

/** The goals a document names whose theme it does not have: they show on the goal's page, never on the theme's. */
export function goalsOffTheme(doc: GoalTagged): Goal[] {
  return (doc.goals ?? []).filter((g): g is Goal => GOALS.has(g) && !doc.themes?.includes(goalTheme(g)));
}

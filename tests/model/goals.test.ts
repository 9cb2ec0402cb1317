// The goal rule (servesGoal): a document made for a goal is offered for it, a document on the
// goal's theme is offered only when it names no goal of that theme; the Studio's suggestion lists the
// goals of the chosen themes first.
import { describe, expect, it } from 'vitest';
import { GOALS, goalsOffTheme, madeForGoal, servesGoal, themeGoals } from '@mkb010/model';
import { suggestedGoalOptions } from '../../studio/schemaTypes/options';

describe('servesGoal', () => {
  it('offers a document tagged with the goal, even on another theme', () => {
    expect(servesGoal({ themes: ['duurzaam'], goals: ['energierekening'] }, 'energierekening')).toBe(true);
    expect(madeForGoal({ themes: ['duurzaam'], goals: ['energierekening'] }, 'energierekening')).toBe(true);
  });

  it('keeps a document with a more specific goal of the same theme off the other goals', () => {
    const greenRoof = { themes: ['duurzaam'], goals: ['pand-verduurzamen'] };
    expect(servesGoal(greenRoof, 'energierekening')).toBe(false);
    expect(servesGoal(greenRoof, 'schoon-vervoer')).toBe(false);
    expect(servesGoal(greenRoof, 'pand-verduurzamen')).toBe(true);
  });

  it('offers a document on the theme without goals for every goal of the theme, and nothing else', () => {
    const general = { themes: ['duurzaam'], goals: [] };
    for (const goal of themeGoals('duurzaam')) expect(servesGoal(general, goal), goal).toBe(true);
    expect(madeForGoal(general, 'energierekening')).toBe(false);
    expect(servesGoal(general, 'minder-afval')).toBe(false);
  });

  it('judges each theme by its own goals: a digital goal does not narrow the circular theme', () => {
    const doc = { themes: ['circulair', 'digitaal'], goals: ['online-verkopen'] };
    expect(servesGoal(doc, 'minder-afval')).toBe(true);
    expect(servesGoal(doc, 'veilig-online')).toBe(false);
  });

  it('ignores goal values that are not in the list', () => {
    expect(servesGoal({ themes: ['digitaal'], goals: ['bestaat-niet'] }, 'veilig-online')).toBe(true);
  });
});

describe('goalsOffTheme', () => {
  it('names the goals whose theme the document lacks (the Studio warns about them)', () => {
    expect(goalsOffTheme({ themes: ['duurzaam'], goals: ['energierekening', 'online-verkopen'] })).toEqual(['online-verkopen']);
    expect(goalsOffTheme({ themes: ['duurzaam', 'digitaal'], goals: ['energierekening', 'online-verkopen'] })).toEqual([]);
  });
});

describe('suggestedGoalOptions', () => {
  it('lists the goals of the chosen themes first, marked with their theme, and every goal once', () => {
    const options = suggestedGoalOptions(['digitaal']);
    expect(options.slice(0, 3).map((o) => o.value)).toEqual(themeGoals('digitaal'));
    expect(options[0].title).toBe('Online verkopen (digitaal)');
    expect(options.map((o) => o.value).sort()).toEqual([...GOALS.values].sort());
    expect(suggestedGoalOptions([]).map((o) => o.title)).toEqual(GOALS.values.map((g) => GOALS.label(g, 'nl')));
  });
});

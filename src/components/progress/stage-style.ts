// How each stage is drawn: a pattern or solid fill, with an ink outline that separates segments.
import type { Stage } from '../../lib/impact.ts';

/** Colours used on the charts; each meets 3:1 against white (WCAG 1.4.11), text 4.5:1. */
export const CHART_COLOURS = { ink: '#1b1b1b', grid: '#8a9096', activated: '#00573f' } as const;

/** Id of a stage's pattern inside a chart. */
export function patternId(prefix: string, stage: Exclude<Stage, 'activated'>): string {
  return `${prefix}-${stage}`;
}

/** The fill attribute of a stage's segment. */
export function stageFill(prefix: string, stage: Stage): string {
  return stage === 'activated' ? CHART_COLOURS.activated : `url(#${patternId(prefix, stage)})`;
}

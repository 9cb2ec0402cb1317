// How each stage is drawn: a pattern or solid fill, with an ink outline that separates segments.
import type { Stage } from '../../lib/impact.ts';

/** A colour token of the theme (src/styles/global.css) as an SVG paint, so the charts follow the theme. */
const token = (name: string) => `var(--color-${name})`;

/** Colours used on the charts; each meets 3:1 against white (WCAG 1.4.11), text 4.5:1. */
export const CHART_COLOURS = {
  ink: token('ink'),
  grid: token('line'),
  activated: token('brand'),
  pale: token('brand-soft'),
  paper: token('paper'),
} as const;

/** Id of a stage's pattern inside a chart. */
export function patternId(prefix: string, stage: Exclude<Stage, 'activated'>): string {
  return `${prefix}-${stage}`;
}

/** The fill attribute of a stage's segment. */
export function stageFill(prefix: string, stage: Stage): string {
  return stage === 'activated' ? CHART_COLOURS.activated : `url(#${patternId(prefix, stage)})`;
}

// Geometry of the progress charts, computed at build time with d3-scale and d3-shape: the
// components only draw the rectangles and labels these functions return. No browser needed.
import { scaleBand, scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';
import { STAGES, type Stage, type StageCounts } from './impact.ts';

/** One stage's piece of a bar, in SVG user units. */
export interface Segment {
  stage: Stage;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One bar of a chart: its stacked segments and where its total is written. */
export interface Bar {
  key: string;
  label: string;
  total: number;
  segments: Segment[];
  /** Position of the bar's label (category name). */
  labelX: number;
  labelY: number;
  /** Position of the bar's total. */
  totalX: number;
  totalY: number;
}

export interface Tick {
  value: number;
  /** x (horizontal charts) or y (vertical charts) of the grid line. */
  at: number;
}

export interface BarChart {
  width: number;
  height: number;
  bars: Bar[];
  ticks: Tick[];
  /** The value axis: x from..to (horizontal) or y baseline (vertical). */
  axis: { x1: number; y1: number; x2: number; y2: number };
}

export interface ChartItem {
  key: string;
  label: string;
  counts: StageCounts;
}

/** Stacks the stages of each item (d3-shape), segment by segment, in STAGES order. */
function stacked(items: readonly ChartItem[]) {
  const series = stack<ChartItem, Stage>()
    .keys(STAGES)
    .value((d, stage) => d.counts[stage])(items);
  return items.map((_, i) => series.map((s) => ({ stage: s.key, from: s[i][0], to: s[i][1] })));
}

/** Vertical stacked bars, one per item (e.g. per year), with a value axis on the left. */
export function verticalBars(items: readonly ChartItem[], size = { width: 640, height: 320 }): BarChart {
  const margin = { top: 28, right: 8, bottom: 32, left: 56 };
  const maxTotal = Math.max(1, ...items.map((d) => d.counts.reached));
  const x = scaleBand<string>()
    .domain(items.map((d) => d.key))
    .range([margin.left, size.width - margin.right])
    .padding(0.25);
  const y = scaleLinear()
    .domain([0, maxTotal])
    .nice(5)
    .range([size.height - margin.bottom, margin.top]);
  const stacks = stacked(items);
  const bars = items.map((item, i) => {
    const bx = x(item.key) ?? 0;
    return {
      key: item.key,
      label: item.label,
      total: item.counts.reached,
      segments: stacks[i]
        .filter((s) => s.to > s.from)
        .map((s) => ({ stage: s.stage, value: s.to - s.from, x: bx, y: y(s.to), width: x.bandwidth(), height: y(s.from) - y(s.to) })),
      labelX: bx + x.bandwidth() / 2,
      labelY: size.height - margin.bottom + 20,
      totalX: bx + x.bandwidth() / 2,
      totalY: y(item.counts.reached) - 6,
    };
  });
  return {
    width: size.width,
    height: size.height,
    bars,
    ticks: y.ticks(5).map((value) => ({ value, at: y(value) })),
    axis: { x1: margin.left, y1: y(0), x2: size.width - margin.right, y2: y(0) },
  };
}

/** Horizontal stacked bars, the label above each bar so long names (partners) stay readable. */
export function horizontalBars(items: readonly ChartItem[], width = 640): BarChart {
  const rowHeight = 52;
  const barHeight = 22;
  const margin = { top: 8, right: 72, bottom: 28, left: 4 };
  const maxTotal = Math.max(1, ...items.map((d) => d.counts.reached));
  const x = scaleLinear()
    .domain([0, maxTotal])
    .nice(4)
    .range([margin.left, width - margin.right]);
  const height = margin.top + items.length * rowHeight + margin.bottom;
  const stacks = stacked(items);
  const bars = items.map((item, i) => {
    const top = margin.top + i * rowHeight;
    const barY = top + 22;
    return {
      key: item.key,
      label: item.label,
      total: item.counts.reached,
      segments: stacks[i]
        .filter((s) => s.to > s.from)
        .map((s) => ({ stage: s.stage, value: s.to - s.from, x: x(s.from), y: barY, width: x(s.to) - x(s.from), height: barHeight })),
      labelX: margin.left,
      labelY: top + 16,
      totalX: x(item.counts.reached) + 6,
      totalY: barY + barHeight / 2 + 5,
    };
  });
  const baseline = margin.top + items.length * rowHeight;
  return {
    width,
    height,
    bars,
    ticks: x.ticks(4).map((value) => ({ value, at: x(value) })),
    axis: { x1: margin.left, y1: baseline, x2: width - margin.right, y2: baseline },
  };
}

export interface ProgressBarGeometry {
  width: number;
  height: number;
  segments: Segment[];
  /** x of the target line and where its label sits. */
  targetX: number;
  /** The track (the full target, or the reach when it is beyond the target). */
  track: { x: number; y: number; width: number; height: number };
}

/** A horizontal bar of reach by stage against a target line; the scale spans whichever is larger. */
export function progressBar(counts: StageCounts, target: number, width = 640): ProgressBarGeometry {
  const height = 72;
  const barY = 24;
  const barHeight = 32;
  const x = scaleLinear()
    .domain([0, Math.max(target, counts.reached, 1)])
    .range([2, width - 2]);
  const [segments] = stacked([{ key: 'reach', label: '', counts }]);
  return {
    width,
    height,
    segments: segments
      .filter((s) => s.to > s.from)
      .map((s) => ({ stage: s.stage, value: s.to - s.from, x: x(s.from), y: barY, width: x(s.to) - x(s.from), height: barHeight })),
    targetX: x(target),
    track: { x: x(0), y: barY, width: x(Math.max(target, counts.reached)) - x(0), height: barHeight },
  };
}

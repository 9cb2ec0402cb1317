// Sums straight from a dataset file, written apart from src/lib/impact.ts so the site's figures are
// checked against the raw documents, not against themselves.
import { readFileSync } from 'node:fs';

type Doc = { _id: string; _type: string; [field: string]: any };
type Counts = { inspired: number; informed: number; activated: number; reached: number };

export interface Expected {
  totals: Counts;
  first: Counts;
  current: Counts;
  firstRunTarget: number;
  targetEntrepreneurs: number;
  currentRunEnd: string | undefined;
  /** The last day any published report covers. */
  dataUntil: string;
  byYear: Map<number, number>;
  byTheme: Map<string, number>;
  reportRows: number;
}

const zero = (): Counts => ({ inspired: 0, informed: 0, activated: 0, reached: 0 });

/** Published impact reports and settings of an .ndjson dataset, summed by hand. */
export function expectedFromDataset(file: string): Expected {
  const docs: Doc[] = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const published = docs.filter((d) => !d._id.startsWith('drafts.'));
  const settings = published.find((d) => d._id === 'siteSettings');
  if (!settings) throw new Error(`${file} has no siteSettings document.`);
  const e: Expected = {
    totals: zero(),
    first: zero(),
    current: zero(),
    firstRunTarget: settings.firstRunTarget,
    targetEntrepreneurs: settings.targetEntrepreneurs,
    currentRunEnd: settings.currentRunEnd,
    dataUntil: '',
    byYear: new Map(),
    byTheme: new Map(),
    reportRows: 0,
  };
  for (const r of published.filter((d) => d._type === 'impactReport')) {
    const run = r.periodStart >= settings.currentRunStart ? e.current : e.first;
    const year = Number(r.periodStart.slice(0, 4));
    if (r.periodEnd > e.dataUntil) e.dataUntil = r.periodEnd;
    for (const f of r.figures) {
      const reached = f.inspired + f.informed + f.activated;
      for (const c of [e.totals, run]) {
        c.inspired += f.inspired;
        c.informed += f.informed;
        c.activated += f.activated;
        c.reached += reached;
      }
      e.byYear.set(year, (e.byYear.get(year) ?? 0) + reached);
      e.byTheme.set(f.theme, (e.byTheme.get(f.theme) ?? 0) + reached);
      e.reportRows += 1;
    }
  }
  return e;
}

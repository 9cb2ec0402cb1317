// Lighthouse 12.2.3 (a devDependency) through its CLI on Debian's Chromium, one page at a time.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface LighthouseResult {
  name: string;
  path: string;
  scores: Record<string, number | null>;
  /** Audits that count in a category and scored below 1, per category. */
  failing: Record<string, string[]>;
  /** What each failing audit found, in short (its first items), so the cause is in the report. */
  details: Record<string, string>;
  /** Core timings (ms) from the performance category. */
  metrics: Record<string, number>;
  error?: string;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const CHROME_FLAGS = '--headless --no-sandbox --disable-gpu --disable-background-networking';

/** Where the Lighthouse CLI lives in the install, if it is installed. */
export function lighthouseCli(): string | undefined {
  try {
    return fileURLToPath(import.meta.resolve('lighthouse/cli/index.js'));
  } catch {
    return undefined;
  }
}

/** Runs Lighthouse on one URL; failures come back as `error`, not as an exception. */
export async function runLighthouse(cli: string, name: string, base: string, urlPath: string): Promise<LighthouseResult> {
  const dir = await mkdtemp(path.join(tmpdir(), 'mkb-lh-'));
  const report = path.join(dir, 'report.json');
  const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
  try {
    await run(
      process.execPath,
      [
        cli,
        base + urlPath,
        '--output=json',
        `--output-path=${report}`,
        '--quiet',
        `--chrome-flags=${CHROME_FLAGS}`,
        `--only-categories=${CATEGORIES.join(',')}`,
      ],
      { env: { ...process.env, CHROME_PATH: chrome }, timeout: 180_000, maxBuffer: 64 * 1024 * 1024 },
    );
    const lhr = JSON.parse(await readFile(report, 'utf8'));
    const scores: Record<string, number | null> = {};
    const failing: Record<string, string[]> = {};
    for (const id of CATEGORIES) {
      const cat = lhr.categories[id];
      scores[id] = cat?.score === null || cat?.score === undefined ? null : Math.round(cat.score * 100);
      failing[id] = (cat?.auditRefs ?? [])
        .filter((ref: { id: string; weight: number }) => {
          const audit = lhr.audits[ref.id];
          return (
            audit &&
            typeof audit.score === 'number' &&
            audit.score < 1 &&
            ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)
          );
        })
        .map((ref: { id: string }) => ref.id);
    }
    const details: Record<string, string> = {};
    for (const id of Object.values(failing).flat()) {
      const audit = lhr.audits[id];
      const items = (audit.details?.items ?? []).slice(0, 3).map((item: Record<string, unknown>) => {
        const node = item.node as { snippet?: string } | undefined;
        return String(item.description ?? item.url ?? item.source ?? node?.snippet ?? item.label ?? '').slice(0, 160);
      });
      details[id] = [audit.displayValue, ...items].filter(Boolean).join(' | ');
    }
    const metrics: Record<string, number> = {};
    for (const id of [
      'first-contentful-paint',
      'largest-contentful-paint',
      'total-blocking-time',
      'cumulative-layout-shift',
      'speed-index',
    ]) {
      const v = lhr.audits[id]?.numericValue;
      if (typeof v === 'number') metrics[id] = Math.round(v * 1000) / 1000;
    }
    return { name, path: urlPath, scores, failing, details, metrics };
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    return { name, path: urlPath, scores: {}, failing: {}, details: {}, metrics: {}, error: (e.stderr || e.message).slice(-800) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

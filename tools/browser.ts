// Debian's Chromium driven by playwright-core, with axe-core for accessibility checks.
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { chromium, type Browser, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Launches headless Chromium with the flags this machine needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core's script, read once per process. */
let axeSource: Promise<string> | undefined;

/**
 * Runs axe-core on the page (or only inside `include`, a CSS selector) with the WCAG 2.1 A/AA tags,
 * and with `bestPractice` also axe's best-practice rules (unique landmarks, one main, heading order…);
 * returns its violations.
 */
export async function axeViolations(page: Page, include?: string, { bestPractice = false } = {}): Promise<AxeViolation[]> {
  axeSource ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  const source = await axeSource;
  // Evaluated by the browser's debugger, not as a <script> of the page, which the site's
  // Content-Security-Policy would rightly refuse.
  await page.evaluate(source);
  return page.evaluate(
    async ({ tags, include }) => {
      // @ts-expect-error axe is injected above
      // Only violations are read: axe then skips collecting the nodes of passes and incomplete checks.
      const result = await window.axe.run(include ? { include: [include] } : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return result.violations.map((v: AxeViolation) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
      }));
    },
    { tags: bestPractice ? [...WCAG_TAGS, 'best-practice'] : WCAG_TAGS, include },
  );
}

/** One line per violation, so a failing assertion says what to fix and where. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('\n');
}

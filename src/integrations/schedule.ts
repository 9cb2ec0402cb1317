// Writes the schedule (`${REPORT_DIR:-reports}/schedule.json`, outside dist/) at the end of every
// successful build: the moments at which the published site would change if it were rebuilt. Beside
// it goes the number of published documents, which the next build's shrink guard compares with.
// Unpublished campaigns are not in the public collections; the pipeline's load (loadSiteContent,
// handed over by the content loader) lists them in its report with their windows. Only times, ids
// and types are written, and nothing goes into dist/.
import type { AstroIntegration } from 'astro';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishedTotal } from '@mkb010/content/report';
import { buildNow } from '../lib/build-now.ts';
import { describeChange, type Schedule } from '../lib/schedule.ts';
import { buildSchedule } from '../lib/schedule-build.ts';
import { loadSiteContent } from '../content/load.ts';
import { buildHandover } from '../lib/build-handover.ts';
import { writePublishedCount } from '../content/shrink-guard.ts';

/** The folder build artefacts go to: REPORT_DIR, or `reports` in the project root. */
export function reportDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(root, env.REPORT_DIR?.trim() || 'reports');
}

/** Writes `schedule.json` into `dir` (via a temporary file, so a reader never sees half of it). */
export async function writeSchedule(schedule: Schedule, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, 'schedule.json');
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(schedule, null, 2)}\n`);
  await rename(temp, file);
  return file;
}

/** The Astro integration; register it before atomic-dist, which must stay last. */
export default function scheduleIntegration(): AstroIntegration {
  let root = process.cwd();
  // The build's one "now", fixed when the build starts, before any content is judged: a change
  // between this moment and the end of the build is then still "ahead" and triggers one rebuild
  // too many, never one too few.
  let builtAt: Date | undefined;
  return {
    name: 'mkb-schedule',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        root = fileURLToPath(config.root);
        builtAt = buildNow();
      },
      'astro:build:done': async ({ logger }) => {
        if (!builtAt) return;
        // The load the content loader made for this build (same process), or, if the content
        // layer did not run a load, a fresh one judged at the same moment.
        const handed = buildHandover().siteContent;
        const { collections, report } = await (handed ?? loadSiteContent({ root, now: builtAt, reportDir: false, strict: false }));
        const schedule = buildSchedule(
          {
            campaigns: [...collections.campaigns, ...report.campaignsOutsideWindow.map((c) => ({ _id: c.id, ...c }))],
            events: collections.events,
            schemes: collections.schemes,
          },
          builtAt,
          report.perspective,
        );
        const file = await writeSchedule(schedule, reportDir(root));
        if (report.perspective === 'published') {
          await writePublishedCount(reportDir(root), {
            count: publishedTotal(report),
            source: report.source,
            at: new Date().toISOString(),
          });
        }
        const next = schedule.changes[0];
        logger.info(
          `Schedule: ${schedule.changes.length} upcoming change(s)${next ? `, next ${describeChange(next)}` : ''} (${path.relative(root, file) || file})`,
        );
      },
    },
  };
}

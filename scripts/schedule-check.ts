// `npm run schedule:check`: is a rebuild due? Reads the schedule the last build wrote
// (`${REPORT_DIR:-reports}/schedule.json`) and compares it with now (SITE_NOW or the clock).
// Exit 0: rebuild (a scheduled change has passed since the build, or there is no usable schedule).
// Exit 1: nothing has changed yet. Loads no content, so a cron job can run it every few minutes.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { siteNow } from '../src/lib/build-env.ts';
import { describeChange, dueChanges, nextChangeAfter, parseSchedule, type Schedule } from '../src/lib/schedule.ts';

const REBUILD = 0;
const UP_TO_DATE = 1;

/** Decides and explains; returns the exit code. */
async function main(): Promise<number> {
  const file = path.resolve(process.env.REPORT_DIR?.trim() || 'reports', 'schedule.json');
  let now: Date;
  try {
    now = siteNow();
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    console.log(`Rebuild: no schedule at ${file} (the site has not been built here yet).`);
    return REBUILD;
  }
  let schedule: Schedule;
  try {
    schedule = parseSchedule(text);
  } catch (error) {
    console.log(`Rebuild: the schedule ${file} cannot be read (${(error as Error).message}); a build writes a new one.`);
    return REBUILD;
  }
  const due = dueChanges(schedule, now);
  if (due.length > 0) {
    const more = due.length > 1 ? ` and ${due.length - 1} more change(s)` : '';
    console.log(`Rebuild due: ${describeChange(due[0])}${more} since the build at ${schedule.builtAt}.`);
    return REBUILD;
  }
  const next = nextChangeAfter(schedule, now);
  console.log(
    next
      ? `No rebuild due (built at ${schedule.builtAt}): next change at ${describeChange(next)}.`
      : `No rebuild due (built at ${schedule.builtAt}): nothing is scheduled to change.`,
  );
  return UP_TO_DATE;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`schedule:check failed: ${(error as Error).message}`);
    process.exit(2);
  },
);

// The Astro content-layer loader: every collection takes its slice of one shared load per build.
import type { Loader, LoaderContext } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import type { SiteContent } from '@mkb010/content/judge';
import type { CollectionName } from '@mkb010/content/queries';
import { describeProblems, describeWarnings, describeWriting } from '@mkb010/content/report';
import { loadSiteContent } from './load.ts';
import { buildHandover } from '../lib/build-handover.ts';
import { buildNow } from '../lib/build-now.ts';

let shared: Promise<SiteContent> | undefined;
const consumed = new Set<CollectionName>();

/** One load for all collections; a collection asking twice (dev reload) starts a fresh one. */
function content(name: CollectionName, context: LoaderContext): Promise<SiteContent> {
  if (!shared || consumed.has(name)) {
    consumed.clear();
    // Judged at the build's one "now", the moment its pages and schedule judge at too.
    shared = loadSiteContent({ root: fileURLToPath(context.config.root), now: buildNow() });
    // Handed to build integrations in this process (the schedule), so they judge the same load.
    buildHandover().siteContent = shared;
    // Said once per load, by whichever collection started it.
    shared.then(
      ({ report, reportFile }) => {
        const problems = describeProblems(report, 20);
        const where = reportFile ? ` (report: ${reportFile})` : '';
        context.logger.info(`Content from ${report.source} (${report.perspective}): ${report.leftOut} document(s) left out${where}`);
        for (const line of problems) context.logger.warn(line);
        for (const line of describeWarnings(report)) context.logger.warn(line);
        const writing = describeWriting(report);
        if (writing) context.logger.info(writing);
      },
      () => {},
    );
  }
  consumed.add(name);
  return shared;
}

/** A loader for one of the site's collections. */
export function siteLoader(name: CollectionName): Loader {
  return {
    name: `mkb010-content:${name}`,
    async load(context) {
      const { collections } = await content(name, context);
      context.store.clear();
      // Every document here has already passed this collection's schema in loadSiteContent (the
      // same SCHEMAS as content.config.ts, output kept), so it is stored as is: Astro's parseData
      // would validate it a second time, and a digest only helps the dev server skip unchanged
      // entries, which a build never does. Together about 0.7 s and a copy of the content at 10,000
      // documents.
      for (const doc of collections[name] as unknown as Record<string, unknown>[] & { _id: string }[]) {
        context.store.set({ id: doc._id, data: doc });
      }
    },
  };
}

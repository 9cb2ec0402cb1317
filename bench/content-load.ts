// Times the content pipeline's real loading function (query, normalise, validate, report) over one
// dataset, from the file through groq-js or through @sanity/client against the local query server,
// and apart from it the writing check the load runs on the published documents (issue 27: it may
// add at most 10% to the load).
// Runs as its own process so each measurement starts cold and its memory is its own.
//
// Usage: node bench/content-load.ts file|lake <data.ndjson> <SITE_NOW>   (prints one JSON line)
import { checkSiteWriting } from '@mkb010/content/judge';
import { loadSiteContent } from '../src/content/load.ts';
import { startSanityServer } from '../tools/sanity-server.ts';

export interface LoadTiming {
  via: 'file' | 'lake';
  /** The load without the writing check. */
  ms: number;
  /** The writing check over the loaded documents, as the load runs it (not part of ms). */
  writingMs: number;
  /** Lake only: time for the local query server to read and index the dataset (not part of ms). */
  serverStartMs?: number;
  documents: number;
  leftOut: number;
  heapMb: number;
  rssMb: number;
}

async function main(): Promise<void> {
  const [via, file, now] = process.argv.slice(2);
  if ((via !== 'file' && via !== 'lake') || !file || !now) {
    console.error('Usage: node bench/content-load.ts file|lake <data.ndjson> <SITE_NOW>');
    process.exit(2);
  }
  let env: NodeJS.ProcessEnv = { CONTENT_FILE: file, SITE_NOW: now };
  let serverStartMs: number | undefined;
  let close = async () => {};
  if (via === 'lake') {
    const t = performance.now();
    const server = await startSanityServer({ file });
    serverStartMs = Math.round(performance.now() - t);
    env = { SANITY_PROJECT_ID: 'bench', SANITY_DATASET: server.dataset, SANITY_API_HOST: server.url, SITE_NOW: now };
    close = () => server.close();
  }
  const started = performance.now();
  const { collections, report } = await loadSiteContent({ env, reportDir: false, writing: false });
  const ms = Math.round(performance.now() - started);
  const checking = performance.now();
  checkSiteWriting(collections);
  const writingMs = Math.round(performance.now() - checking);
  await close();
  const documents = Object.values(report.counts).reduce((n, c) => n + c.fetched, 0);
  const mem = process.memoryUsage();
  const result: LoadTiming = {
    via,
    ms,
    writingMs,
    ...(serverStartMs !== undefined ? { serverStartMs } : {}),
    documents,
    leftOut: report.leftOut,
    heapMb: Math.round(mem.heapUsed / 2 ** 20),
    rssMb: Math.round(mem.rss / 2 ** 20),
  };
  console.log(JSON.stringify(result));
}

await main();

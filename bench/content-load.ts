// Times the content pipeline's real loading function (query, normalise, validate, report) over one
// dataset, from the file through groq-js or through @sanity/client against the local query server.
// Runs as its own process so each measurement starts cold and its memory is its own.
//
// Usage: node bench/content-load.ts file|lake <data.ndjson> <SITE_NOW>   (prints one JSON line)
import { loadSiteContent } from '../src/content/load.ts';
import { startSanityServer } from '../tools/sanity-server.ts';

export interface LoadTiming {
  via: 'file' | 'lake';
  ms: number;
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
  const { report } = await loadSiteContent({ env, reportDir: false });
  const ms = Math.round(performance.now() - started);
  await close();
  const documents = Object.values(report.counts).reduce((n, c) => n + c.fetched, 0);
  const mem = process.memoryUsage();
  const result: LoadTiming = {
    via,
    ms,
    ...(serverStartMs !== undefined ? { serverStartMs } : {}),
    documents,
    leftOut: report.leftOut,
    heapMb: Math.round(mem.heapUsed / 2 ** 20),
    rssMb: Math.round(mem.rss / 2 ** 20),
  };
  console.log(JSON.stringify(result));
}

await main();

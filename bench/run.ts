// `npm run bench`: generated datasets → content load → whole build (against a bare Astro baseline)
// → page weight → search in Chromium → Lighthouse on the seed site. Writes bench/results/report.md
// and report.json. Timings are measured, never asserted.
//
// Options: --sizes 1000,10000,30000   dataset sizes (documents)
//          --search-size 10000        which size's site the search is measured on (default: 10000, else the largest)
//          --no-search --no-lighthouse --no-baseline --no-service
//          --service-only             only the service section (feedback posts against PostgreSQL and PGlite)
//          --load-only                only the content load and the writing check, each load run --runs times
//                                     (a fresh process each); no builds, no browser, no service
//          --smoke                    one small size (600), no search, no Lighthouse, no service (for tests)
//          --runs N                   builds per size up to 10,000 documents (default 3; the median is
//                                     reported, every run is listed); larger sizes build once
//          --out DIR                  where report.md/json go (default bench/results)
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadTiming } from './content-load.ts';
import { benchSiteNow, generateDataset } from './generate.ts';
import { lighthouseCli, runLighthouse, type LighthouseResult } from './lighthouse.ts';
import { measureRun, median, type RunResult } from './measure.ts';
import { templatePages, weighPage, type PageWeight } from './pages.ts';
import { writeReport } from './report.ts';
import { measureSearch, type SearchResult } from './search.ts';
import { measureIndexSizes, type IndexSizes } from './index-size.ts';
import { measureService, type ServiceBenchStore } from './service.ts';
import { routePath, sectionPath } from '@mkb010/model';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
const BASELINE = path.join(ROOT, 'bench/baseline');

export interface BuildMeasure {
  wallS: number;
  cpuS?: number;
  /** System CPU seconds within cpuS, and minor page faults: on this VM both vary with the host's state. */
  sysS?: number;
  minorFaults?: number;
  maxRssMb?: number;
  treePeakMb: number;
  pages: number;
  phases: Record<string, number>;
  ok: boolean;
  error?: string;
  /** Wall seconds of every run at this size when it was built more than once; the figures above are the median run's. */
  runsS?: number[];
}

export interface SizeResult {
  size: number;
  counts: Record<string, number>;
  generateS: number;
  load: LoadTiming[];
  build?: BuildMeasure & { leftOut: number; indexed?: string; msPerPage: number };
  baseline?: BuildMeasure;
  /** Site build time over baseline build time: the median of the back-to-back pairs when built more than once. */
  ratio?: number;
  /** Each pair's ratio, in run order. */
  ratioRuns?: number[];
}

export interface BenchReport {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string; loadAverageAtStart: number[] };
  siteNow: string;
  sizes: SizeResult[];
  pages?: { size: number; pages: PageWeight[]; contentJsBytes: number };
  search?: { size: number; results: SearchResult[] };
  /** The search index of the search-size site, with and without compound parts. */
  index?: IndexSizes;
  lighthouse?: LighthouseResult[];
  service?: ServiceBenchStore[];
  notes: string[];
}

interface Options {
  sizes: number[];
  searchSize?: number;
  search: boolean;
  lighthouse: boolean;
  baseline: boolean;
  service: boolean;
  runs: number;
  /** Only the content load (and the writing check's share of it), measured `runs` times per size. */
  loadOnly: boolean;
  out: string;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = {
    sizes: [1000, 10000, 30000],
    search: true,
    lighthouse: true,
    baseline: true,
    service: true,
    runs: 3,
    loadOnly: false,
    out: path.join(ROOT, 'bench/results'),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--sizes')
      opts.sizes = value()
        .split(',')
        .map((s) => Number(s.trim().replace(/_/g, '')));
    else if (a === '--search-size') opts.searchSize = Number(value());
    else if (a === '--no-search') opts.search = false;
    else if (a === '--no-lighthouse') opts.lighthouse = false;
    else if (a === '--no-baseline') opts.baseline = false;
    else if (a === '--no-service') opts.service = false;
    else if (a === '--service-only') Object.assign(opts, { sizes: [], search: false, lighthouse: false });
    else if (a === '--load-only')
      Object.assign(opts, { loadOnly: true, search: false, lighthouse: false, service: false, baseline: false });
    else if (a === '--out') opts.out = path.resolve(value());
    else if (a === '--runs') opts.runs = Number(value());
    else if (a === '--smoke') Object.assign(opts, { sizes: [600], search: false, lighthouse: false, service: false, runs: 1 });
    else
      throw new Error(
        `Unknown option ${a}. Options: --sizes 1000,10000 --search-size N --no-search --no-lighthouse --no-baseline --no-service --service-only --runs N --load-only --smoke --out DIR`,
      );
  }
  if (opts.sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes must be whole numbers, e.g. --sizes 1000,10000`);
  if (!Number.isInteger(opts.runs) || opts.runs < 1) throw new Error(`--runs must be a whole number of at least 1`);
  return opts;
}

const log = (msg: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);
const seconds = (ms: number) => Math.round(ms / 100) / 10;

/** A duration as Astro and our integrations print it: `850ms`, `3.41s`, `1m 44s`. */
const DURATION = String.raw`((?:\d+m\s*)?[\d.]+m?s)`;
function toSeconds(text: string): number {
  const m = /^(?:(\d+)m\s*)?([\d.]+)(m?s)$/.exec(text.trim());
  if (!m) return NaN;
  return Math.round(((m[1] ? Number(m[1]) * 60 : 0) + Number(m[2]) / (m[3] === 'ms' ? 1000 : 1)) * 100) / 100;
}

/** Durations the build log states, in seconds. */
function phasesFrom(output: string): Record<string, number> {
  const phases: Record<string, number> = {};
  const stamp = (re: RegExp) => {
    const m = re.exec(output);
    if (!m) return undefined;
    const [h, mi, s] = m[1].split(':').map(Number);
    return h * 3600 + mi * 60 + s;
  };
  const syncStart = stamp(/(\d\d:\d\d:\d\d) \[content\] Syncing content/);
  const syncEnd = stamp(/(\d\d:\d\d:\d\d) \[content\] Synced content/);
  if (syncStart !== undefined && syncEnd !== undefined) phases['content sync (log stamps, ±1 s)'] = syncEnd - syncStart;
  const collect = new RegExp(String.raw`Collecting build info\.\.\.\s*\n.*✓ Completed in ` + DURATION).exec(output);
  if (collect) phases['collect build info (incl. content)'] = toSeconds(collect[1]);
  let vite = 0;
  for (const m of output.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ` + DURATION, 'g'))) vite += toSeconds(m[1]);
  if (vite) phases['vite bundles'] = Math.round(vite * 100) / 100;
  const routes = new RegExp(String.raw`generating static routes[\s\S]*?✓ Completed in ` + DURATION).exec(output);
  if (routes) phases['render static routes'] = toSeconds(routes[1]);
  const pagefind = /\[mkb-pagefind\] Indexed .* in ([\d.]+) s/.exec(output);
  if (pagefind) phases['pagefind index'] = Number(pagefind[1]);
  const total = new RegExp(String.raw`page\(s\) built in ` + DURATION).exec(output);
  if (total) phases['astro total'] = toSeconds(total[1]);
  return phases;
}

async function countHtml(dir: string): Promise<number> {
  let n = 0;
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) if (e.isFile() && e.name.endsWith('.html')) n++;
  return n;
}

function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  for (const k of ['SANITY_PROJECT_ID', 'SANITY_API_HOST', 'CONTENT_STRICT', 'CONTENT_PERSPECTIVE', 'NODE_OPTIONS'])
    if (!(k in extra)) delete env[k];
  return env;
}

function asMeasure(r: RunResult, pages: number): BuildMeasure {
  return {
    wallS: seconds(r.wallMs),
    ...(r.cpuSeconds !== undefined ? { cpuS: r.cpuSeconds } : {}),
    ...(r.sysSeconds !== undefined ? { sysS: r.sysSeconds } : {}),
    ...(r.minorFaults !== undefined ? { minorFaults: r.minorFaults } : {}),
    ...(r.maxRssMb !== undefined ? { maxRssMb: r.maxRssMb } : {}),
    treePeakMb: r.treePeakMb,
    pages,
    phases: phasesFrom(r.output),
    ok: r.code === 0,
    ...(r.code === 0 ? {} : { error: r.output.slice(-3000) }),
  };
}

/**
 * Lets the disk catch up before a timed build: writing the dataset or deleting the previous site
 * leaves hundreds of megabytes for the kernel to write back, and without a flush that work lands
 * in the next measurement (it moved a 10,000-document build by up to 20 s on this machine).
 */
function settle(): void {
  try {
    execFileSync('sync', { stdio: 'ignore' });
  } catch {
    // No sync(1) (not Linux or macOS): measure as is.
  }
}

/** The median run by wall time; a failed run instead, so a failure is never hidden. */
function medianRun<T extends { m: BuildMeasure }>(runs: T[]): T {
  return runs.find((r) => !r.m.ok) ?? median(runs, (r) => r.m.wallS);
}

/** Builds the site from a dataset; returns measures plus the folder it was built into. */
async function buildSiteMeasured(
  work: string,
  dataFile: string,
  siteNow: string,
): Promise<{ m: BuildMeasure; leftOut: number; indexed?: string; dist: string; log: string }> {
  const dist = path.join(work, 'dist');
  const reports = path.join(work, 'reports');
  // Every run is a cold build: no earlier site, no content-layer cache.
  await rm(dist, { recursive: true, force: true });
  await rm(path.join(work, 'cache'), { recursive: true, force: true });
  settle();
  const env = buildEnv({ CONTENT_FILE: dataFile, SITE_NOW: siteNow, ASTRO_CACHE_DIR: path.join(work, 'cache'), REPORT_DIR: reports });
  const r = await measureRun(process.execPath, [ASTRO, 'build', '--outDir', dist], {
    cwd: ROOT,
    env,
    onLine: (l) => {
      if (/Syncing content|Synced content|generating static routes|Completed in|Indexed|page\(s\) built|error/i.test(l))
        log(`  build: ${l.trim()}`);
    },
  });
  await writeFile(path.join(work, 'build.log'), r.output);
  const pages = r.code === 0 ? await countHtml(dist) : 0;
  let leftOut = -1;
  try {
    leftOut = JSON.parse(await readFile(path.join(reports, 'content-report.json'), 'utf8')).leftOut;
  } catch {
    // No report: the build failed before the content step finished.
  }
  // Astro colours its log when the terminal (or FORCE_COLOR, as under vitest) allows; read it plain.
  const plain = r.output.replace(/\x1b\[[0-9;]*m/g, '');
  const indexed = /\[mkb-pagefind\] (Indexed [^\n]*)/.exec(plain)?.[1];
  return { m: asMeasure(r, pages), leftOut, ...(indexed ? { indexed } : {}), dist, log: path.join(work, 'build.log') };
}

async function buildBaseline(work: string, pages: number): Promise<BuildMeasure> {
  const dist = path.join(work, 'baseline-dist');
  await rm(path.join(work, 'baseline-cache'), { recursive: true, force: true });
  settle();
  const env = buildEnv({ BENCH_PAGES: String(pages), ASTRO_CACHE_DIR: path.join(work, 'baseline-cache') });
  const r = await measureRun(process.execPath, [ASTRO, 'build', '--outDir', dist], { cwd: BASELINE, env });
  await writeFile(path.join(work, 'baseline.log'), r.output);
  const count = r.code === 0 ? await countHtml(dist) : 0;
  await rm(dist, { recursive: true, force: true });
  return asMeasure(r, count);
}

async function contentLoad(via: 'file' | 'lake', file: string, siteNow: string): Promise<LoadTiming> {
  const out = execFileSync(process.execPath, [path.join(ROOT, 'bench/content-load.ts'), via, file, siteNow], {
    cwd: ROOT,
    env: buildEnv({}),
    maxBuffer: 16 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const line = out.toString().trim().split('\n').pop() ?? '';
  return JSON.parse(line) as LoadTiming;
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const siteNow = await benchSiteNow();
  const tmp = path.join(os.tmpdir(), 'mkb-bench');
  await mkdir(tmp, { recursive: true });
  const cpus = os.cpus();
  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model ?? 'unknown',
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.type()} ${os.release()}`,
      loadAverageAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
    },
    siteNow,
    sizes: [],
    notes: [],
  };
  log(
    `sizes ${opts.sizes.join(', ')}; SITE_NOW ${siteNow}; ${cpus.length} cores; Node ${process.version}; load average ${report.machine.loadAverageAtStart.join(' ')}`,
  );
  const searchSize = opts.searchSize ?? (opts.sizes.includes(10000) ? 10000 : Math.max(...opts.sizes));
  let searchDist: string | undefined;

  for (const size of opts.sizes) {
    const work = path.join(tmp, `size-${size}`);
    await rm(work, { recursive: true, force: true });
    log(`${size} documents: generating`);
    const t = performance.now();
    const data = await generateDataset({ size, outDir: path.join(work, 'data') });
    const entry: SizeResult = { size: data.size, counts: data.counts, generateS: seconds(performance.now() - t), load: [] };
    report.sizes.push(entry);

    // Measured once next to the builds; --load-only measures it --runs times, the machine drifts.
    const loadRuns = opts.loadOnly ? opts.runs : 1;
    for (let run = 1; run <= loadRuns; run++) {
      for (const via of ['file', 'lake'] as const) {
        log(`${size} documents: content load via ${via}${loadRuns > 1 ? ` (run ${run} of ${loadRuns})` : ''}`);
        try {
          const timing = await contentLoad(via, data.file, siteNow);
          entry.load.push(timing);
          if (via === 'file') log(`${size} documents: loaded in ${timing.ms} ms, writing check ${timing.writingMs} ms`);
        } catch (error) {
          report.notes.push(
            `Content load via ${via} at ${size} failed: ${(error as { stderr?: Buffer }).stderr?.toString().slice(-500) ?? error}`,
          );
        }
      }
    }
    if (opts.loadOnly) continue;

    // The speed of this shared machine drifts by up to 2x within minutes (the bare baseline of the
    // same pages took 11 to 25 s in one run), so sizes up to 10,000 are built several times, each site
    // build followed at once by its baseline. The report gives the median run, every run's wall time,
    // and the ratio as the median of those back-to-back pairs.
    const runs = size <= 10000 ? opts.runs : 1;
    const builds: Awaited<ReturnType<typeof buildSiteMeasured>>[] = [];
    const baselines: { m: BuildMeasure }[] = [];
    const ratios: number[] = [];
    for (let i = 1; i <= runs; i++) {
      const of = runs > 1 ? ` (run ${i} of ${runs})` : '';
      log(`${size} documents: building the site${of}`);
      const one = await buildSiteMeasured(work, data.file, siteNow);
      builds.push(one);
      log(
        `${size} documents: ${one.m.ok ? `${one.m.pages} pages in ${one.m.wallS} s, peak ${one.m.treePeakMb} MB (tree)` : `build FAILED, log: ${one.log}`}`,
      );
      if (!one.m.ok) break;
      // Keep the log of every run: build.log is the last one's, build-N.log each run's.
      if (runs > 1) await writeFile(path.join(work, `build-${i}.log`), await readFile(one.log, 'utf8'));
      if (!opts.baseline) continue;
      log(`${size} documents: baseline Astro build of ${one.m.pages} trivial pages${of}`);
      const base = await buildBaseline(work, one.m.pages);
      baselines.push({ m: base });
      if (!base.ok) continue;
      ratios.push(one.m.wallS / base.wallS);
      log(`${size} documents: baseline ${base.wallS} s; ratio ${(one.m.wallS / base.wallS).toFixed(2)}`);
    }
    const built = medianRun(builds);
    // Every run builds the same site into the same folder; the last one stays for page weight and search.
    if (runs > 1 && built.m.ok) built.m.runsS = builds.map((b) => b.m.wallS);
    entry.build = {
      ...built.m,
      leftOut: built.leftOut,
      ...(built.indexed ? { indexed: built.indexed } : {}),
      msPerPage: built.m.pages ? Math.round(((built.m.wallS * 1000) / built.m.pages) * 10) / 10 : 0,
    };
    if (baselines.length) {
      entry.baseline = medianRun(baselines).m;
      if (runs > 1 && entry.baseline.ok) entry.baseline.runsS = baselines.map((b) => b.m.wallS);
    }
    if (ratios.length) {
      entry.ratio = Math.round(median(ratios, (r) => r) * 100) / 100;
      if (ratios.length > 1) entry.ratioRuns = ratios.map((r) => Math.round(r * 100) / 100);
    }
    if (built.m.ok && size === searchSize) searchDist = built.dist;
    else await rm(built.dist, { recursive: true, force: true });
    await rm(path.join(work, 'cache'), { recursive: true, force: true });
  }

  const pageSite = searchDist ?? undefined;
  if (pageSite) {
    log('search index size, with and without compound parts');
    const indexed = report.sizes.find((s) => s.size === searchSize)?.build?.indexed;
    try {
      report.index = await measureIndexSizes(pageSite, searchSize, indexed);
    } catch (error) {
      report.notes.push(`Index size measurement failed: ${(error as Error).message}`);
    }
  }
  if (pageSite) {
    log('page weight per template');
    const pages: PageWeight[] = [];
    for (const p of await templatePages(pageSite)) pages.push(await weighPage(pageSite, p.template, p.path, p.content));
    report.pages = { size: searchSize, pages, contentJsBytes: pages.filter((p) => p.content).reduce((n, p) => n + p.js.raw, 0) };
  }

  if (opts.search && searchDist) {
    log(`search on the ${searchSize}-document site in Chromium`);
    const { serveDir } = await import('../tools/serve.ts');
    const { launchBrowser } = await import('../tools/browser.ts');
    const server = await serveDir(searchDist, { compress: true });
    const browser = await launchBrowser();
    try {
      report.search = { size: searchSize, results: await measureSearch(browser, server.url) };
    } catch (error) {
      report.notes.push(`Search measurement failed: ${(error as Error).message}`);
    } finally {
      await browser.close();
      await server.close();
    }
  }

  if (opts.lighthouse) {
    const cli = lighthouseCli();
    if (!cli) report.notes.push('Lighthouse is not installed (npm i -E -D lighthouse@12.2.3); skipped.');
    else {
      log('building the seed site for Lighthouse');
      const work = path.join(tmp, 'seed-site');
      await rm(work, { recursive: true, force: true });
      const built = await buildSiteMeasured(work, path.join(ROOT, 'studio/seed/data.ndjson'), siteNow);
      if (!built.m.ok) report.notes.push(`Seed build for Lighthouse failed; see ${built.log}`);
      else {
        const guide = (await templatePages(built.dist)).find((p) => p.template === 'guide')?.path ?? sectionPath('guide', 'nl');
        const { serveDir } = await import('../tools/serve.ts');
        const server = await serveDir(built.dist, { compress: true });
        report.lighthouse = [];
        try {
          for (const [name, p] of [
            ['home', routePath('home', 'nl')],
            ['guide', guide],
            ['search', routePath('search', 'nl')],
          ] as const) {
            log(`Lighthouse: ${name} ${p}`);
            report.lighthouse.push(await runLighthouse(cli, name, server.url, p));
          }
        } finally {
          await server.close();
        }
      }
    }
  }

  if (opts.service) {
    try {
      report.service = await measureService(20, log);
    } catch (error) {
      report.notes.push(`Service measurement failed: ${(error as Error).message}`);
    }
  }

  if (searchDist) await rm(searchDist, { recursive: true, force: true });
  await mkdir(opts.out, { recursive: true });
  await writeFile(path.join(opts.out, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(path.join(opts.out, 'report.md'), writeReport(report));
  log(`report: ${path.join(opts.out, 'report.md')}`);
  if (!existsSync(path.join(opts.out, 'report.md'))) process.exitCode = 1;
  if (report.sizes.some((s) => !s.build?.ok)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});

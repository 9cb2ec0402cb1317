// The Markdown report: every figure of the run, and each goal marked met or missed.
import { median } from './measure.ts';
import type { BenchReport } from './run.ts';
import type { LoadTiming } from './content-load.ts';

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const yes = (ok: boolean) => (ok ? 'met' : '**missed**');
/** "61.3 s" or, for a size built several times, "61.3 s (median of 58.2, 61.3, 66.0 s)". */
const wall = (b: { wallS: number; runsS?: number[] }) =>
  b.runsS && b.runsS.length > 1 ? `${b.wallS} s (median of ${[...b.runsS].sort((x, y) => x - y).join(', ')} s)` : `${b.wallS} s`;

/** Renders the report as Markdown. */
export function writeReport(r: BenchReport): string {
  const out: string[] = [];
  const m = r.machine;
  out.push('# Benchmark report', '');
  out.push(
    `${r.date} · ${m.cpus} × ${m.cpuModel} · ${m.memoryGb} GB · Node ${m.node} · ${m.platform} · load average at start ${m.loadAverageAtStart.join(' ')} · SITE_NOW ${r.siteNow}`,
    '',
  );

  out.push('## Goals', '');
  const at10k = r.sizes.find((s) => s.size === 10000);
  if (at10k?.build?.ok) {
    const b = at10k.build;
    const peak = Math.max(b.treePeakMb, b.maxRssMb ?? 0);
    out.push(`- 10,000 documents built and indexed < 60 s: ${wall(b)} — ${yes(b.wallS < 60)}`);
    if (at10k.ratio !== undefined && at10k.baseline) {
      const pairs = at10k.ratioRuns ? `median of the back-to-back pairs ${at10k.ratioRuns.join(', ')}; ` : '';
      out.push(
        `- ≤ 1.5 × the bare Astro baseline: ${at10k.ratio} × (${pairs}baseline ${wall(at10k.baseline)}) — ${yes(at10k.ratio <= 1.5)}`,
      );
    }
    out.push(`- peak memory < 2 GB: ${peak} MB — ${yes(peak < 2048)}`);
  }
  const files10k = at10k?.load.filter((l) => l.via === 'file' && l.ms > 0) ?? [];
  if (files10k.length) {
    const shares = files10k.map((l) => (l.writingMs / l.ms) * 100);
    const mid = median(shares, (x) => x);
    out.push(
      `- writing check adds < 10% to the content load (10,000 documents, file): ${mid.toFixed(1)}%${shares.length > 1 ? ` (median of ${shares.map((x) => x.toFixed(1)).join(', ')}%)` : ''} — ${yes(mid < 10)}`,
    );
  }
  if (r.pages) out.push(`- JavaScript on content pages = 0: ${r.pages.contentJsBytes} bytes — ${yes(r.pages.contentJsBytes === 0)}`);
  if (r.search?.results.length) {
    const maxBytes = Math.max(...r.search.results.map((x) => x.searchBytes));
    const maxMs = Math.max(...r.search.results.map((x) => x.firstResultMs));
    const phoneBytes = Math.max(...r.search.results.filter((x) => x.viewport === 'phone').map((x) => x.searchBytes));
    out.push(`- search ≤ 150 kB fetched for a first search on a phone: worst ${kb(phoneBytes)} — ${yes(phoneBytes <= 150 * 1024)}`);
    out.push(`- search < 300 kB fetched for a first search: worst ${kb(maxBytes)} — ${yes(maxBytes < 300 * 1024)}`);
    out.push(`- search < 300 ms to first results: worst ${maxMs} ms — ${yes(maxMs < 300)}`);
  }
  for (const l of r.lighthouse ?? []) {
    if (l.error) {
      out.push(`- Lighthouse ${l.name}: failed to run`);
      continue;
    }
    const s = l.scores;
    const ok = (s.performance ?? 0) >= 95 && s.accessibility === 100 && s['best-practices'] === 100 && s.seo === 100;
    out.push(
      `- Lighthouse ${l.name} (perf ≥ 95, others 100): ${s.performance}/${s.accessibility}/${s['best-practices']}/${s.seo} — ${yes(ok)}`,
    );
  }
  out.push('');

  // --load-only builds nothing.
  if (r.sizes.some((s) => s.build)) {
    out.push('## Build', '');
    out.push(
      '| documents | pages | wall | CPU user+sys (sys; minor page faults) | ms/page | peak RSS (tree) | peak RSS (largest process) | baseline wall | ratio | left out |',
    );
    out.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const s of r.sizes) {
      const b = s.build;
      if (!b) continue;
      out.push(
        `| ${s.size} | ${b.pages} | ${b.ok ? wall(b) : 'failed'} | ${b.cpuS ?? '–'} s${b.sysS !== undefined ? ` (${b.sysS} s; ${b.minorFaults?.toLocaleString('en') ?? '–'})` : ''} | ${b.msPerPage} | ${b.treePeakMb} MB | ${b.maxRssMb ?? '–'} MB | ${s.baseline ? `${wall(s.baseline)} (CPU ${s.baseline.cpuS ?? '–'} s${s.baseline.sysS !== undefined ? `, sys ${s.baseline.sysS} s` : ''}, ${s.baseline.treePeakMb} MB)` : '–'} | ${s.ratio ?? '–'} | ${b.leftOut} |`,
      );
    }
    out.push('');
    out.push('Phases (seconds, from the build log):', '');
    for (const s of r.sizes) {
      if (!s.build) continue;
      const phases = Object.entries(s.build.phases)
        .map(([k, v]) => `${k} ${v}`)
        .join(' · ');
      out.push(`- ${s.size}: ${phases}${s.build.indexed ? ` · ${s.build.indexed}` : ''}`);
      if (s.baseline)
        out.push(
          `  - baseline: ${Object.entries(s.baseline.phases)
            .map(([k, v]) => `${k} ${v}`)
            .join(' · ')}`,
        );
    }
    out.push('');
  }
  out.push('Dataset mix:', '');
  for (const s of r.sizes)
    out.push(
      `- ${s.size}: ${Object.entries(s.counts)
        .map(([t, n]) => `${n} ${t}`)
        .join(', ')} (generated in ${s.generateS} s)`,
    );
  out.push('');

  out.push('## Content load (loadSiteContent: query, normalise, validate)', '');
  out.push(
    'The writing check (docs/writing-check.md) is timed apart, over the documents the file load gave; the share is of that load.',
    '',
  );
  out.push(
    '| documents | dataset file (groq-js) | @sanity/client → local query server | server start | writing check (share) | heap after (file) | left out |',
  );
  out.push('|---:|---:|---:|---:|---:|---:|---:|');
  for (const s of r.sizes) {
    // With --load-only every load ran several times: the median run, and each run's writing share.
    const files = s.load.filter((x) => x.via === 'file');
    const lakes = s.load.filter((x) => x.via === 'lake');
    const f = files.length ? median(files, (x) => x.ms) : undefined;
    const l = lakes.length ? median(lakes, (x) => x.ms) : undefined;
    const share = (x: LoadTiming) => (x.ms ? (x.writingMs / x.ms) * 100 : 0);
    const shares = files.length > 1 ? `; runs ${files.map((x) => `${share(x).toFixed(1)}%`).join(', ')}` : '';
    const writing = f?.writingMs === undefined ? '–' : `${f.writingMs} ms (${share(f).toFixed(1)}%${shares})`;
    out.push(
      `| ${s.size} | ${f ? `${f.ms} ms` : '–'} | ${l ? `${l.ms} ms` : '–'} | ${l?.serverStartMs ?? '–'} ms | ${writing} | ${f ? `${f.heapMb} MB` : '–'} | ${f?.leftOut ?? '–'} |`,
    );
  }
  out.push('');

  if (r.pages) {
    out.push(`## Page weight (one page per template, ${r.pages.size}-document site)`, '');
    out.push('| template | path | HTML raw / gzip / br | CSS raw / gzip / br | JS raw / gzip / br |');
    out.push('|---|---|---:|---:|---:|');
    const w = (x: { raw: number; gzip: number; brotli: number }) => (x.raw ? `${kb(x.raw)} / ${kb(x.gzip)} / ${kb(x.brotli)}` : '0');
    for (const p of r.pages.pages) out.push(`| ${p.template} | \`${p.path}\` | ${w(p.html)} | ${w(p.css)} | ${w(p.js)} |`);
    out.push('', `Total JavaScript on content pages (all templates but search): ${r.pages.contentJsBytes} bytes.`, '');
  }

  if (r.index) {
    const { withParts: w, withoutParts: o } = r.index;
    out.push(`## Search index (${r.index.size}-document site, bytes on disk as served: Pagefind compresses its files)`, '');
    out.push('| part | without compound parts | with compound parts | difference |');
    out.push('|---|---:|---:|---:|');
    for (const k of Object.keys(w.bytes) as (keyof typeof w.bytes)[]) {
      const d = w.bytes[k] - o.bytes[k];
      out.push(
        `| ${k} | ${kb(o.bytes[k])} | ${kb(w.bytes[k])} | ${d >= 0 ? '+' : ''}${kb(d)} (${o.bytes[k] ? `${((d / o.bytes[k]) * 100).toFixed(1)} %` : '–'}) |`,
      );
    }
    const words = (m: typeof w) => m.languages.map((l) => `${l.lang} ${l.pages} pages, ${l.words ?? '?'} words`).join('; ');
    out.push('', `Without: ${words(o)}. With: ${words(w)}.`, '');
  }

  if (r.search) {
    out.push(`## Search (${r.search.size}-document site, Chromium, fresh cache per query, loopback)`, '');
    out.push(
      '| screen | lang | query | results | first results (cold) | next query (warm) | search page load | fetched for the search | requests |',
    );
    out.push('|---|---|---|---:|---:|---:|---:|---:|---|');
    for (const s of r.search.results) {
      const reqs = Object.entries(s.requests)
        .map(([k, v]) => `${k} ${v.count}× ${kb(v.bytes)}`)
        .join(', ');
      out.push(
        `| ${s.viewport} | ${s.lang} | ${s.q} | ${s.results} | ${s.firstResultMs} ms | ${s.warmMs ?? '–'} ms | ${kb(s.pageBytes)} | ${kb(s.searchBytes)} | ${reqs} |`,
      );
    }
    out.push('');
  }

  if (r.lighthouse) {
    out.push('## Lighthouse 12.2.3 (seed site, default mobile emulation and simulated throttling)', '');
    out.push('| page | path | performance | accessibility | best practices | SEO | failing audits | LCP | TBT | CLS |');
    out.push('|---|---|---:|---:|---:|---:|---|---:|---:|---:|');
    for (const l of r.lighthouse) {
      if (l.error) {
        out.push(`| ${l.name} | \`${l.path}\` | error: ${l.error.replace(/\s+/g, ' ').slice(0, 200)} | | | | | | | |`);
        continue;
      }
      const failing =
        Object.entries(l.failing)
          .flatMap(([cat, ids]) => ids.map((id) => `${cat}: ${id}`))
          .join(', ') || 'none';
      out.push(
        `| ${l.name} | \`${l.path}\` | ${l.scores.performance} | ${l.scores.accessibility} | ${l.scores['best-practices']} | ${l.scores.seo} | ${failing} | ${Math.round(l.metrics['largest-contentful-paint'] ?? 0)} ms | ${Math.round(l.metrics['total-blocking-time'] ?? 0)} ms | ${l.metrics['cumulative-layout-shift'] ?? '–'} |`,
      );
    }
    out.push('');
    const found = r.lighthouse.flatMap((l) =>
      Object.entries(l.details ?? {}).map(([id, d]) => `- ${l.name} · ${id}: ${d || '(no details)'}`),
    );
    if (found.length) out.push('Failing audits in detail:', '', ...found, '');
  }

  if (r.service?.length) {
    out.push('## Service (feedback posts to `npm run service`, load generator on the same machine)', '');
    const pg = r.service.find((x) => x.store.startsWith('PostgreSQL'));
    if (pg?.rate)
      out.push(`- p95 under 50 ms at 200 feedback posts a second on PostgreSQL: ${pg.rate.p95Ms} ms — ${yes(pg.rate.p95Ms < 50)}`, '');
    out.push('| store | at 200 posts/s: p50 / p95 / p99 / max | failed | limit (32 connections) | its p50 / p99 |');
    out.push('|---|---:|---:|---:|---:|');
    for (const x of r.service) {
      if (x.error) out.push(`| ${x.store} | failed: ${x.error} | | | |`);
      else
        out.push(
          `| ${x.store} | ${x.rate ? `${x.rate.p50Ms} / ${x.rate.p95Ms} / ${x.rate.p99Ms} / ${x.rate.maxMs} ms` : '–'} | ${x.rate ? `${x.rate.failed} of ${x.rate.sent}` : '–'} | ${x.limit ? `${x.limit.requestsPerS} posts/s` : '–'} | ${x.limit ? `${x.limit.p50Ms} / ${x.limit.p99Ms} ms` : '–'} |`,
        );
    }
    out.push('');
  }

  if (r.notes.length) out.push('## Notes', '', ...r.notes.map((n) => `- ${n}`), '');
  return out.join('\n');
}

// Smoke run of `npm run bench` at its smallest size: the generated dataset validates (nothing left
// out), the site and the baseline build from it, and the report says so. Timings are never asserted.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocuments } from '../../bench/generate.ts';
import type { BenchReport } from '../../bench/run.ts';
import { ROOT } from '../helpers/build.ts';

const run = promisify(execFile);

describe('bench generator', () => {
  it('gives the same documents for the same seed, with unique ids and linked translations', async () => {
    const seed = (await readFile(path.join(ROOT, 'studio/seed/data.ndjson'), 'utf8'))
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l))
      .filter((d) => !d._id.startsWith('drafts.'));
    const now = Date.parse('2026-11-27T11:00:00.000Z');
    const a = buildDocuments(1500, 7, seed, now);
    const b = buildDocuments(1500, 7, seed, now);
    expect(a).toEqual(b);
    expect(a).toHaveLength(1500);
    const ids = new Set(a.map((d) => d._id));
    expect(ids.size).toBe(1500);
    const english = a.filter((d) => d._type === 'guide' && d.language === 'en');
    expect(english.length).toBeGreaterThan(50);
    for (const d of english) expect(ids.has(d.translationOf._ref)).toBe(true);
  });
});

describe('npm run bench --smoke', () => {
  let out: string;
  let report: BenchReport;

  beforeAll(async () => {
    out = await mkdtemp(path.join(tmpdir(), 'mkb-bench-test-'));
    await run(process.execPath, [path.join(ROOT, 'bench/run.ts'), '--smoke', '--out', out], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
      timeout: 600_000,
    });
    report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8'));
  }, 600_000);

  afterAll(async () => {
    if (out) await rm(out, { recursive: true, force: true });
  });

  it('loads the generated dataset through the file and the query server with nothing left out', () => {
    const [size] = report.sizes;
    expect(size.size).toBe(600);
    expect(size.load.map((l) => l.via).sort()).toEqual(['file', 'lake']);
    for (const l of size.load) {
      expect(l.documents).toBe(600);
      expect(l.leftOut).toBe(0);
      // The writing check is timed apart from the load (its share goes in the report).
      expect(l.writingMs).toEqual(expect.any(Number));
    }
  });

  it('builds the site and an equally large baseline, and records both', () => {
    const [size] = report.sizes;
    expect(size.build?.ok).toBe(true);
    expect(size.build?.leftOut).toBe(0);
    expect(size.build?.pages).toBeGreaterThan(400);
    expect(size.build?.indexed).toMatch(/^Indexed \d+ pages/);
    expect(size.baseline?.pages).toBe(size.build?.pages);
    expect(size.ratio).toBeGreaterThan(0);
  });

  it('measures the search index with and without compound parts, and the parts only add to it', async () => {
    const index = report.index;
    expect(index?.size).toBe(600);
    const { withParts, withoutParts } = index!;
    expect(withoutParts.bytes.total).toBeGreaterThan(0);
    expect(withParts.bytes.total).toBeGreaterThanOrEqual(withoutParts.bytes.total);
    // Compound parts are extra words in the same pages' index chunks, never fewer.
    expect(withParts.bytes['index chunks']).toBeGreaterThanOrEqual(withoutParts.bytes['index chunks']);
    // Both indexes hold the same pages per language.
    expect(withoutParts.languages.map((l) => [l.lang, l.pages])).toEqual(withParts.languages.map((l) => [l.lang, l.pages]));
    expect(withParts.languages.map((l) => l.lang).sort()).toEqual(['en', 'nl']);
    const md = await readFile(path.join(out, 'report.md'), 'utf8');
    expect(md).toContain('## Search index (600-document site');
    expect(md).toMatch(/\| total \| [\d.,]+ kB \| [\d.,]+ kB \| \+/);
  });

  it('weighs a page of every template and finds no JavaScript on content pages', async () => {
    const templates = report.pages?.pages.map((p) => p.template) ?? [];
    expect(templates).toEqual(
      expect.arrayContaining([
        'home',
        'theme hub',
        'guide overview',
        'guide',
        'story',
        'event',
        'scheme',
        'partner',
        'campaign',
        'static page',
        'search',
        'progress',
      ]),
    );
    expect(report.pages?.contentJsBytes).toBe(0);
    const md = await readFile(path.join(out, 'report.md'), 'utf8');
    expect(md).toContain('## Build');
    expect(md).toContain('## Page weight');
  });
});

// Whole-site builds (astro build in a child process) from a dataset file and from a local server
// that answers Sanity's query API for the same dataset, through the real @sanity/client.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { startSanityServer, type SanityServer } from '../../tools/sanity-server.ts';
import { FIXTURE, FIXTURE_IMAGES, FIXTURE_NOW } from './fixture.ts';

const BUILD_TIMEOUT = 300_000;
let server: SanityServer;
let work: string;
let fileBuild: { outDir: string; reportDir: string; html: string[]; published: number };

const fileEnv = {
  CONTENT_FILE: FIXTURE,
  SITE_NOW: FIXTURE_NOW,
  SANITY_PROJECT_ID: undefined,
  CONTENT_STRICT: undefined,
  CONTENT_PERSPECTIVE: undefined,
};
const lakeEnv = () => ({
  ...fileEnv,
  CONTENT_FILE: undefined,
  SANITY_PROJECT_ID: 'mkbtest1',
  SANITY_DATASET: 'production',
  SANITY_API_HOST: server.url,
  SANITY_IMAGE_HOST: server.url,
  SANITY_RETRY_DELAY_MS: '20',
});

/** Every HTML file of a built site, relative to it, sorted. */
async function htmlFiles(dir: string): Promise<string[]> {
  const all = (await readdir(dir, { recursive: true })).map(String);
  return all.filter((f) => f.endsWith('.html')).sort();
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'mkb-content-build-'));
  server = await startSanityServer({ file: FIXTURE });
  const result = await buildSite({ env: fileEnv, outDir: path.join(work, 'from-file') });
  if (result.code !== 0) throw new Error(`The fixture site did not build:\n${result.output.slice(-3000)}`);
  const report = JSON.parse(await readFile(path.join(result.reportDir, 'content-report.json'), 'utf8')) as {
    counts: Record<string, { published: number }>;
  };
  const published = Object.values(report.counts).reduce((n, c) => n + c.published, 0);
  fileBuild = { outDir: result.outDir, reportDir: result.reportDir, html: await htmlFiles(result.outDir), published };
}, BUILD_TIMEOUT);

afterAll(async () => {
  await server?.close();
  await rm(work, { recursive: true, force: true });
});

describe('building from the Content Lake', () => {
  test(
    'the site built from the query API has the same pages as the one built from the file',
    async () => {
      expect(fileBuild.html.length).toBeGreaterThan(1);
      const result = await buildSite({ env: lakeEnv() });
      expect(result.code, result.output.slice(-3000)).toBe(0);
      expect(await htmlFiles(result.outDir)).toEqual(fileBuild.html);
      expect(server.requests.filter((r) => r.status === 200).length).toBe(10); // one query per collection and the writing marks
      expect(result.output).toContain(`Content from Content Lake project "mkbtest1", dataset "production" at ${server.url}`);
      // Images come from the site itself: downloaded once each at build time, never linked to the CDN.
      const html = (await Promise.all((await htmlFiles(result.outDir)).map((f) => readFile(path.join(result.outDir, f), 'utf8')))).join(
        '\n',
      );
      expect(html).not.toContain('cdn.sanity.io');
      const media = [...html.matchAll(/src="(\/media\/[^"]+\.webp)"/g)].map((m) => m[1]!);
      expect(media.length).toBeGreaterThan(0);
      for (const file of media) expect(existsSync(path.join(result.outDir, file)), file).toBe(true);
      expect(server.images.length).toBe(new Set(server.images).size);
    },
    BUILD_TIMEOUT,
  );

  test(
    'a build survives a 500 and then a 429 from the API',
    async () => {
      server.requests.length = 0;
      server.failNext([500, 429]);
      const result = await buildSite({ env: lakeEnv() });
      expect(result.code, result.output.slice(-3000)).toBe(0);
      expect(server.requests.slice(0, 2).map((r) => r.status)).toEqual([500, 429]);
      expect(result.output).toMatch(/got HTTP 500; retry 1/);
      expect(result.output).toMatch(/got HTTP 429; retry 1/);
      expect(await htmlFiles(result.outDir)).toEqual(fileBuild.html);
    },
    BUILD_TIMEOUT,
  );

  test(
    'an API that always answers 500 fails the build with a clear message and leaves the earlier site untouched',
    async () => {
      const before = await htmlFiles(fileBuild.outDir);
      const home = await readFile(path.join(fileBuild.outDir, before[0]), 'utf8');
      server.failAlways(500);
      try {
        const result = await buildSite({ env: { ...lakeEnv(), SANITY_MAX_ATTEMPTS: '2' }, outDir: fileBuild.outDir });
        expect(result.code).not.toBe(0);
        expect(result.output).toMatch(
          /Content Lake project "mkbtest1", dataset "production" at http:\/\/127\.0\.0\.1:\d+: query "\w+" failed after 2 attempts \(HTTP 500\)/,
        );
        expect(result.output).not.toMatch(/Stack trace/);
      } finally {
        server.reset();
      }
      expect(await htmlFiles(fileBuild.outDir)).toEqual(before);
      expect(await readFile(path.join(fileBuild.outDir, before[0]), 'utf8')).toBe(home);
      // Nothing half-built is left beside it either.
      expect((await readdir(work)).filter((n) => n.includes('staging'))).toEqual([]);
    },
    BUILD_TIMEOUT,
  );

  test(
    'an answer of {"result": null} fails the build naming source and query, and the earlier site stays',
    async () => {
      const before = await htmlFiles(fileBuild.outDir);
      server.answerRaw({ body: '{"result": null}' });
      try {
        const result = await buildSite({ env: lakeEnv(), outDir: fileBuild.outDir, reportDir: fileBuild.reportDir });
        expect(result.code).not.toBe(0);
        expect(result.output).toMatch(
          /dataset "production" at http:\/\/127\.0\.0\.1:\d+: query "\w+" answered null, not a list of documents/,
        );
      } finally {
        server.reset();
      }
      expect(await htmlFiles(fileBuild.outDir)).toEqual(before);
      // The schedule and the count of the good build are kept for the next check and build.
      expect(JSON.parse(await readFile(path.join(fileBuild.reportDir, 'published-count.json'), 'utf8')).count).toBe(fileBuild.published);
    },
    BUILD_TIMEOUT,
  );
});

describe('builds from a dataset file', () => {
  test(
    'a missing dataset file fails the build with its name, and no dist/ appears',
    async () => {
      const missing = path.join(work, 'no-such-export.ndjson');
      const result = await buildSite({ env: { ...fileEnv, CONTENT_FILE: missing } });
      expect(result.code).not.toBe(0);
      expect(result.output).toContain(`Dataset file ${missing} does not exist`);
      expect(existsSync(result.outDir)).toBe(false);
      expect((await readdir(path.dirname(result.outDir))).filter((n) => n.includes('staging'))).toEqual([]);
    },
    BUILD_TIMEOUT,
  );

  test(
    'an invalid document is left out, the log counts it, the report lists it; strict mode fails the build',
    async () => {
      const dir = path.join(work, 'invalid-dataset');
      await rm(dir, { recursive: true, force: true });
      await import('node:fs/promises').then((fs) => fs.mkdir(dir, { recursive: true }));
      await symlink(FIXTURE_IMAGES, path.join(dir, 'images'));
      const docs = (await readFile(FIXTURE, 'utf8'))
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l));
      docs.find((d) => d._id === 'guide-afval-scheiden').slug = { _type: 'slug', current: 'Afval Scheiden!' };
      // Once ENAMETOOLONG for the whole build: now the one event is left out and named.
      const longSlug = `netwerkontbijt-${'rotterdam-'.repeat(24)}zuid`;
      docs.find((d) => d._id === 'event-netwerkontbijt').slug = { _type: 'slug', current: longSlug };
      const file = path.join(dir, 'data.ndjson');
      await writeFile(file, docs.map((d) => JSON.stringify(d)).join('\n'));

      const lenient = await buildSite({ env: { ...fileEnv, CONTENT_FILE: file } });
      expect(lenient.code, lenient.output.slice(-3000)).toBe(0);
      expect(lenient.output).toContain('2 document(s) left out');
      expect(lenient.output).toMatch(/invalid guide "guide-afval-scheiden" \(line \d+\), field slug/);
      expect(lenient.output).toMatch(
        new RegExp(
          `invalid event "event-netwerkontbijt" \\(line \\d+\\), field slug: is ${longSlug.length} characters long; a slug may have at most 96`,
        ),
      );
      const report = JSON.parse(await readFile(path.join(lenient.reportDir, 'content-report.json'), 'utf8'));
      expect(report.invalid.map((d: { id: string }) => d.id).sort()).toEqual(['event-netwerkontbijt', 'guide-afval-scheiden']);
      const html = await htmlFiles(lenient.outDir);
      expect(html.some((f) => f.includes('afval-scheiden') || f.includes('netwerkontbijt'))).toBe(false);
      expect(html).toContain(path.join('gidsen', 'energie-besparen', 'index.html'));
      expect((await readdir(lenient.outDir, { recursive: true })).some((f) => String(f).includes('content-report'))).toBe(false);

      const strict = await buildSite({ env: { ...fileEnv, CONTENT_FILE: file, CONTENT_STRICT: '1' } });
      expect(strict.code).not.toBe(0);
      expect(strict.output).toContain('CONTENT_STRICT=1');
      expect(strict.output).toMatch(/invalid guide "guide-afval-scheiden" \(line \d+\), field slug/);
      expect(existsSync(strict.outDir)).toBe(false);
    },
    BUILD_TIMEOUT,
  );
});

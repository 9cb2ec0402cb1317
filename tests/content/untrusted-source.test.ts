// A source is untrusted: an answer that is not a list, an empty file, a request that never answers,
// bytes that are not UTF-8, control characters, image paths out of the dataset, ids that are not
// Sanity ids, oversized archives and a sudden drop in documents never become a (smaller) site.
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as tar from 'tar';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { loadSiteContent } from '../../src/content/load.ts';
import { COUNT_FILE, writePublishedCount } from '../../src/content/shrink-guard.ts';
import { startSanityServer, type SanityServer } from '../../tools/sanity-server.ts';
import { FIXTURE, FIXTURE_IMAGES, FIXTURE_NOW } from './fixture.ts';

let server: SanityServer;
let work: string;
let base: Record<string, any>[];

beforeAll(async () => {
  server = await startSanityServer({ file: FIXTURE });
  work = await mkdtemp(path.join(tmpdir(), 'mkb-untrusted-'));
  await symlink(FIXTURE_IMAGES, path.join(work, 'images'));
  base = (await readFile(FIXTURE, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
});
afterAll(async () => {
  await server.close();
  await rm(work, { recursive: true, force: true });
});
afterEach(() => {
  server.reset();
  vi.restoreAllMocks();
});

const lakeEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  SANITY_PROJECT_ID: 'mkbtest1',
  SANITY_DATASET: 'production',
  SANITY_API_HOST: server.url,
  SANITY_RETRY_DELAY_MS: '1',
  SITE_NOW: FIXTURE_NOW,
  ...extra,
});

/** The load's error, or a failure when it loaded. */
async function failure(env: NodeJS.ProcessEnv, options: { reportDir?: string; extractRoot?: string } = {}): Promise<Error> {
  const result = await loadSiteContent({
    env,
    reportDir: options.reportDir ?? false,
    extractRoot: options.extractRoot,
    strict: false,
  }).then(
    () => undefined,
    (error: Error) => error,
  );
  if (!result) throw new Error('the load succeeded, but it should have failed');
  return result;
}

/** Writes the fixture with changes beside a link to its images; returns the file. */
async function variant(name: string, change: (docs: Record<string, any>[]) => Record<string, any>[] = (d) => d): Promise<string> {
  const file = path.join(work, `${name}.ndjson`);
  await writeFile(
    file,
    change(structuredClone(base))
      .map((d) => JSON.stringify(d))
      .join('\n'),
  );
  return file;
}

const fileLoad = (file: string, reportDir: string | false = false) =>
  loadSiteContent({ env: { CONTENT_FILE: file, SITE_NOW: FIXTURE_NOW }, reportDir, strict: false });
const byId = (docs: Record<string, any>[], id: string) => docs.find((d) => d._id === id)!;

describe('a Content Lake answer that is not a list of documents fails the load, naming source, query and answer', () => {
  test('{"result": null}', async () => {
    server.answerRaw({ body: '{"result": null}' });
    const error = await failure(lakeEnv());
    expect(error.message).toMatch(
      /^Content Lake project "mkbtest1", dataset "production" at http:\/\/127\.0\.0\.1:\d+: query "\w+" answered null, not a list of documents/,
    );
    expect(error.stack).toBe('');
  });

  test('a body cut off in the middle of the JSON is retried, then named', async () => {
    server.answerRaw({ body: '{"result": [{"_id": "guide-a", "_type": "gui' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = await failure(lakeEnv({ SANITY_MAX_ATTEMPTS: '2' }));
    expect(error.message).toMatch(
      /query "\w+" failed after 2 attempts \(an answer that is not the query API's JSON: JSON that is cut off or broken, 44 characters starting "\{\\"result\\": \[/,
    );
    expect(warn.mock.calls.some(([line]) => /got an answer that is not the query API's JSON.*; retry 1 of 1/.test(String(line)))).toBe(
      true,
    );
  });

  test('an HTML error page with status 200', async () => {
    server.answerRaw({ body: '<!DOCTYPE html><html><body><h1>Bad gateway</h1></body></html>', contentType: 'text/html' });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = await failure(lakeEnv({ SANITY_MAX_ATTEMPTS: '1' }));
    expect(error.message).toMatch(
      /query "\w+" failed \(an answer that is not the query API's JSON: an HTML page starting "<!DOCTYPE html><html><body><h1>Bad gateway/,
    );
  });

  test('a list holding something that is not a document', async () => {
    server.answerRaw({ body: '{"result": ["not a document"]}' });
    const error = await failure(lakeEnv());
    expect(error.message).toMatch(/query "\w+" answered a list holding text starting "not a document", not documents with _id and _type/);
  });

  test('a request that never answers times out per request, each retry is logged as it happens, then the load fails', async () => {
    server.hang();
    const lines: string[] = [];
    vi.spyOn(console, 'warn').mockImplementation((line) => lines.push(String(line)));
    const error = await failure(lakeEnv({ SANITY_REQUEST_TIMEOUT_MS: '150', SANITY_MAX_ATTEMPTS: '2' }));
    expect(error.message).toMatch(/query "\w+" failed after 2 attempts \(no answer within 150 ms \(SANITY_REQUEST_TIMEOUT_MS\)\)/);
    // One retry per query (nine collections and the writing marks), each logged when it was decided, naming the query.
    expect(lines.filter((l) => /got no answer within 150 ms \(SANITY_REQUEST_TIMEOUT_MS\); retry 1 of 1/.test(l))).toHaveLength(10);
  });

  test('SANITY_REQUEST_TIMEOUT_MS must be a whole number', async () => {
    const error = await failure(lakeEnv({ SANITY_REQUEST_TIMEOUT_MS: 'soon' }));
    expect(error.message).toBe('SANITY_REQUEST_TIMEOUT_MS="soon" is not a whole number of at least 1.');
  });
});

describe('a dataset file without documents fails the load', () => {
  test('a 0-byte file', async () => {
    const file = path.join(work, 'empty.ndjson');
    await writeFile(file, '');
    const error = await failure({ CONTENT_FILE: file });
    expect(error.message).toBe(
      `${file} holds no documents (0 bytes). A dataset file with nothing in it would publish an empty site; check CONTENT_FILE or export the dataset again.`,
    );
  });

  test('a file with documents of which none is for the site', async () => {
    const file = path.join(work, 'foreign.ndjson');
    await writeFile(file, '{"_id":"a","_type":"sanity.imageAsset"}\n{"_id":"drafts.guide-x","_type":"guide"}\n');
    const error = await failure({ CONTENT_FILE: file });
    expect(error.message).toMatch(/^dataset file .*foreign\.ndjson answered no documents at all for any of the 9 queries/);
  });
});

describe('clean text', () => {
  test('control characters, DEL, U+FFFF and lone surrogates are removed from every text field, with a warning naming document and field', async () => {
    const file = await variant('control', (docs) => {
      const guide = byId(docs, 'guide-afval-scheiden');
      guide.title = 'Bedrijfs\u0000afval\u000b sch\u001beiden\u0008\u007f\uffff\ud800';
      byId(docs, 'guide-energie-besparen').heroImage.alt = 'Een \u0007lamp';
      return docs;
    });
    const { collections, report } = await fileLoad(file);
    const guide = byId(collections.guides, 'guide-afval-scheiden') as Record<string, any>;
    expect(guide.title).toBe('Bedrijfsafval scheiden');
    expect((byId(collections.guides, 'guide-energie-besparen') as Record<string, any>).heroImage.alt).toBe('Een lamp');
    expect(report.warnings).toEqual([
      { id: 'guide-energie-besparen', type: 'guide', path: 'heroImage.alt', message: '1 invisible control character(s) removed' },
      { id: 'guide-afval-scheiden', type: 'guide', path: 'title', message: '7 invisible control character(s) removed' },
    ]);
  });

  test('a pair of surrogates (an emoji) is kept', async () => {
    const file = await variant('emoji', (docs) => {
      byId(docs, 'guide-afval-scheiden').title = 'Afval scheiden ♻️ 🚲';
      return docs;
    });
    const { collections, report } = await fileLoad(file);
    expect(byId(collections.guides, 'guide-afval-scheiden').title).toBe('Afval scheiden ♻️ 🚲');
    expect(report.warnings).toEqual([]);
  });

  test('invalid UTF-8 is reported with its line; the rest of the text is kept', async () => {
    const lines = base.map((d) => JSON.stringify(d));
    const at = lines.findIndex((l) => l.startsWith('{"_id":"guide-afval-scheiden"'));
    const file = path.join(work, 'latin1.ndjson');
    const parts = lines.map((l, i) =>
      i === at ? Buffer.from(l.replace('Bedrijfsafval', 'Bedrijfsafval caf\u0000'), 'utf8') : Buffer.from(l, 'utf8'),
    );
    // A Latin-1 "é" (0xE9) where UTF-8 was expected.
    parts[at] = Buffer.concat(
      parts[at]!.toString('utf8')
        .split('\u0000')
        .flatMap((s, i) => (i ? [Buffer.from([0xe9]), Buffer.from(s)] : [Buffer.from(s)])),
    );
    await writeFile(file, Buffer.concat(parts.flatMap((p, i) => (i ? [Buffer.from('\n'), p] : [p]))));
    const { collections, report } = await fileLoad(file);
    expect(byId(collections.guides, 'guide-afval-scheiden').title).toBe('Bedrijfsafval caf\uFFFD scheiden');
    expect(report.warnings).toEqual([
      { message: `${file}, line ${at + 1}: invalid UTF-8 bytes, shown as "\uFFFD"; save the file as UTF-8 or export the dataset again` },
    ]);
  });
});

describe('documents that could escape their place are left out and reported', () => {
  test.each([
    ['a path up out of images/', 'image@file://./images/../../content/images/cadb72c2112f924e10f038b2559e785276d56c07-60x30.png'],
    ['an absolute path', `image@file://${FIXTURE_IMAGES}/cadb72c2112f924e10f038b2559e785276d56c07-60x30.png`],
    ['a sibling folder', 'image@file://./files/x-40x20.png'],
  ])('an image with %s', async (_, asset) => {
    const file = await variant(`escape-${asset.length}`, (docs) => {
      byId(docs, 'guide-energie-besparen').heroImage._sanityAsset = asset;
      return docs;
    });
    const { collections, report } = await fileLoad(file);
    expect(collections.guides.map((g) => g._id)).not.toContain('guide-energie-besparen');
    expect(report.invalid.find((d) => d.id === 'guide-energie-besparen')?.problems).toContainEqual({
      path: 'heroImage',
      message: `image "${asset}" points outside the dataset's images/ folder`,
    });
  });

  test('a document id with a line break (it would inject a line into a calendar file)', async () => {
    const id = 'event-kick-off\nATTENDEE:mailto:evil@example.org';
    const file = await variant('bad-id', (docs) => {
      const event = docs.find((d) => d._type === 'event')!;
      event._id = id;
      return docs;
    });
    const { collections, report } = await fileLoad(file);
    expect(collections.events.some((e) => e._id === id)).toBe(false);
    expect(report.invalid).toContainEqual({
      id,
      type: 'event',
      collection: 'events',
      line: base.findIndex((d) => d._type === 'event') + 1,
      problems: [{ path: '_id', message: 'is not a Sanity document id (letters, digits, "_", "-" and "." only, at most 128 characters)' }],
    });
  });
});

describe('dataset archives', () => {
  /** An archive laid out as `sanity dataset export` writes it, with its own data. */
  async function archive(name: string, extra = ''): Promise<string> {
    const dir = path.join(work, `archive-${name}`);
    await mkdir(path.join(dir, name), { recursive: true });
    await writeFile(path.join(dir, name, 'data.ndjson'), `${(await readFile(FIXTURE, 'utf8')).trim()}\n${extra}`);
    await cp(FIXTURE_IMAGES, path.join(dir, name, 'images'), { recursive: true });
    const file = path.join(work, `${name}.tar.gz`);
    await tar.c({ gzip: true, file, cwd: dir }, [name]);
    return file;
  }

  test('one larger than CONTENT_MAX_ARCHIVE_BYTES uncompressed fails with a message that says so', async () => {
    const file = await archive('large');
    const error = await failure({ CONTENT_FILE: file, CONTENT_MAX_ARCHIVE_BYTES: '4096' }, { extractRoot: path.join(work, 'x-large') });
    expect(error.message).toMatch(
      /^Dataset archive .*large\.tar\.gz unpacks to \d+ bytes, more than the limit of 4096 bytes \(CONTENT_MAX_ARCHIVE_BYTES\)\. Raise CONTENT_MAX_ARCHIVE_BYTES/,
    );
    expect(existsSync(path.join(work, 'x-large'))).toBe(false);
  });

  test('the extraction cache keeps only the latest three archives', async () => {
    const root = path.join(work, 'x-cache');
    const files: string[] = [];
    for (let i = 0; i < 5; i++) files.push(await archive(`v${i}`, `{"_id":"partner-extra-${i}","_type":"sanity.imageAsset"}\n`));
    for (const file of files)
      await loadSiteContent({ env: { CONTENT_FILE: file, SITE_NOW: FIXTURE_NOW }, reportDir: false, extractRoot: root });
    const kept = await readdir(root);
    expect(kept).toHaveLength(3);
    const sources = await Promise.all(kept.map((k) => readFile(path.join(root, k, '.extracted'), 'utf8')));
    expect(sources.sort()).toEqual(files.slice(2).sort());
  });
});

describe('the shrink guard', () => {
  test('a drop to less than half of the last successful build fails; CONTENT_ALLOW_SHRINK=1 lets it through', async () => {
    const reportDir = path.join(work, 'reports-shrink');
    const fixture = await fileLoad(FIXTURE);
    const published = Object.values(fixture.report.counts).reduce((n, c) => n + c.published, 0);
    await writePublishedCount(reportDir, {
      count: published * 2 + 1,
      source: 'Content Lake project "mkb", dataset "production"',
      at: '2026-02-28T12:00:00.000Z',
    });
    const error = await failure({ CONTENT_FILE: FIXTURE, SITE_NOW: FIXTURE_NOW }, { reportDir });
    expect(error.message).toBe(
      `dataset file ${FIXTURE} has ${published} published document(s), less than half of the ${published * 2 + 1} the last successful build had ` +
        '(Content Lake project "mkb", dataset "production", 2026-02-28T12:00:00.000Z). This usually means a wrong SANITY_PROJECT_ID, SANITY_DATASET or CONTENT_FILE, so the site was not replaced. ' +
        'If the content really shrank, build once with CONTENT_ALLOW_SHRINK=1.',
    );
    const allowed = await loadSiteContent({ env: { CONTENT_FILE: FIXTURE, SITE_NOW: FIXTURE_NOW, CONTENT_ALLOW_SHRINK: '1' }, reportDir });
    expect(allowed.collections.guides.length).toBeGreaterThan(0);
  });

  test('exactly half is still fine, and a draft preview is never compared', async () => {
    const reportDir = path.join(work, 'reports-half');
    const fixture = await fileLoad(FIXTURE);
    const published = Object.values(fixture.report.counts).reduce((n, c) => n + c.published, 0);
    await writePublishedCount(reportDir, { count: published * 2, source: 'x', at: 'y' });
    await expect(fileLoad(FIXTURE, reportDir)).resolves.toBeDefined();
    await writePublishedCount(reportDir, { count: published * 10, source: 'x', at: 'y' });
    await expect(
      loadSiteContent({ env: { CONTENT_FILE: FIXTURE, SITE_NOW: FIXTURE_NOW, CONTENT_PERSPECTIVE: 'drafts' }, reportDir }),
    ).resolves.toBeDefined();
    expect(existsSync(path.join(reportDir, COUNT_FILE))).toBe(true);
  });
});

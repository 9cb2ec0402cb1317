// The Content Lake source with the real @sanity/client, pointed through SANITY_API_HOST at a local
// server that answers Sanity's query API from the fixture dataset.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { loadSiteContent } from '../../src/content/load.ts';
import { SANITY_API_VERSION } from '@mkb010/content/api';
import { startSanityServer, type SanityServer } from '../../tools/sanity-server.ts';
import { FIXTURE, FIXTURE_NOW } from './fixture.ts';

let server: SanityServer;
beforeAll(async () => {
  server = await startSanityServer({ file: FIXTURE, dataset: 'production' });
});
afterAll(() => server.close());
afterEach(() => {
  server.reset();
  server.requests.length = 0;
});

function lakeEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    SANITY_PROJECT_ID: 'mkbtest1',
    SANITY_DATASET: 'production',
    SANITY_API_HOST: server.url,
    SANITY_RETRY_DELAY_MS: '5',
    SITE_NOW: FIXTURE_NOW,
    ...extra,
  };
}

const ids = (docs: { _id: string }[]) => docs.map((d) => d._id).sort();

describe('the Content Lake source', () => {
  test('gives the same documents as the same dataset read from a file', async () => {
    const lake = await loadSiteContent({ env: lakeEnv(), reportDir: false });
    const file = await loadSiteContent({ env: { CONTENT_FILE: FIXTURE, SITE_NOW: FIXTURE_NOW }, reportDir: false });
    for (const name of Object.keys(file.collections) as (keyof typeof file.collections)[]) {
      expect(ids(lake.collections[name]), name).toEqual(ids(file.collections[name]));
    }
    expect(lake.report.source).toBe(`Content Lake project "mkbtest1", dataset "production" at ${server.url}`);
    // Ten queries, one per collection and the writing marks, whatever the number of documents.
    expect(server.requests).toHaveLength(10);
    expect(server.requests.every((r) => r.path === `/v${SANITY_API_VERSION}/data/query/production` && r.perspective === 'published')).toBe(
      true,
    );
  });

  test('images become Sanity CDN URLs with their size', async () => {
    const { collections } = await loadSiteContent({ env: lakeEnv(), reportDir: false });
    const hero = collections.guides.find((g) => g._id === 'guide-energie-besparen')!.heroImage!;
    expect(hero.url).toMatch(/^https:\/\/cdn\.sanity\.io\/images\/mkbtest1\/production\/[a-f0-9]{40}-60x30\.png$/);
    expect(hero).toMatchObject({ width: 60, height: 30, alt: 'Een winkelier vervangt een lamp' });
    expect(hero.file).toBeUndefined();
  });

  test('the drafts perspective needs the read token and then shows drafts', async () => {
    await expect(loadSiteContent({ env: lakeEnv({ CONTENT_PERSPECTIVE: 'drafts' }), reportDir: false })).rejects.toThrow(
      /SANITY_API_READ_TOKEN/,
    );
    const { collections } = await loadSiteContent({
      env: lakeEnv({ CONTENT_PERSPECTIVE: 'drafts', SANITY_API_READ_TOKEN: 'sk-test' }),
      reportDir: false,
    });
    expect(ids(collections.guides)).toContain('guide-digitaal-factureren');
    expect(server.requests.at(-1)?.perspective).toBe('drafts');
  });

  test('500 and 429 answers are retried until the query succeeds', async () => {
    server.failNext([500, 429, 503, 500]);
    const { collections } = await loadSiteContent({ env: lakeEnv(), reportDir: false });
    expect(collections.guides).toHaveLength(3);
    expect(server.requests.filter((r) => r.status !== 200).map((r) => r.status)).toEqual([500, 429, 503, 500]);
    expect(server.requests.filter((r) => r.status === 200)).toHaveLength(10);
  });

  test('a server that keeps failing gives an error naming the source, the query and the status', async () => {
    server.failAlways(500);
    const error = await loadSiteContent({ env: lakeEnv({ SANITY_MAX_ATTEMPTS: '3' }), reportDir: false }).catch((e) => e);
    expect(error.message).toMatch(
      new RegExp(
        `Content Lake project "mkbtest1", dataset "production" at ${server.url.replace(/\./g, '\\.')}: query "\\w+" failed after 3 attempts \\(HTTP 500\\)`,
      ),
    );
    expect(error.stack).toBe('');
  });

  test('a wrong dataset is not retried and says what to check', async () => {
    const error = await loadSiteContent({ env: lakeEnv({ SANITY_DATASET: 'staging' }), reportDir: false }).catch((e) => e);
    expect(error.message).toMatch(/dataset "staging".*failed \(HTTP 404\)\. Check SANITY_PROJECT_ID and SANITY_DATASET/);
    expect(server.requests.filter((r) => r.status === 404).length).toBeLessThanOrEqual(10);
  });

  test('an unreachable host is a network error, retried, then named', async () => {
    const error = await loadSiteContent({
      env: lakeEnv({ SANITY_API_HOST: 'http://127.0.0.1:9', SANITY_MAX_ATTEMPTS: '2' }),
      reportDir: false,
    }).catch((e) => e);
    expect(error.message).toMatch(/at http:\/\/127\.0\.0\.1:9: query "\w+" failed after 2 attempts \(network error/);
  });
});

describe('the local query server', () => {
  test('answers POST with a JSON body and parameters, as the Sanity API does', async () => {
    const res = await fetch(`${server.url}/v${SANITY_API_VERSION}/data/query/production`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '*[_type == $type && slug.current == $slug][0]{_id}',
        params: { type: 'guide', slug: 'afval-scheiden' },
      }),
    });
    expect(res.status).toBe(200);
    expect((await res.json()).result).toEqual({ _id: 'guide-afval-scheiden' });
  });

  test('answers GET with $parameters in the query string', async () => {
    const url = new URL(`${server.url}/v${SANITY_API_VERSION}/data/query/production`);
    url.searchParams.set('query', '*[_id == $id][0].title');
    url.searchParams.set('$id', JSON.stringify('guide-afval-scheiden'));
    url.searchParams.set('perspective', 'drafts');
    const body = await (await fetch(url)).json();
    expect(body).toMatchObject({ result: 'Bedrijfsafval scheiden en besparen', query: '*[_id == $id][0].title' });
  });
});

// The stand-in for Sanity's API behaves as the Content Lake does for what the Studio's tests rely
// on, checked with the real @sanity/client: the actions API edits a draft made from the published
// document and publishes it, mutations patch with Sanity's own patch engine, listeners get one event
// per changed document with revisions that chain, the desk's search queries run, and imported images
// have asset documents. Over TLS it speaks HTTP/2.
import { connect } from 'node:http2';
import path from 'node:path';
import { createClient, type MutationEvent, type SanityClient } from '@sanity/client';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { selfSignedCertificate } from '../../tools/certificate.ts';
import { rewriteTextQuery, startSanityServer, type SanityServer } from '../../tools/sanity-server.ts';
import { ROOT } from './harness';

const SEED = path.join(ROOT, 'studio/seed/data.ndjson');
const USER = { id: 'p-test', name: 'Test', email: 'test@example.org' };
let server: SanityServer;
let client: SanityClient;

beforeAll(async () => {
  server = await startSanityServer({ file: SEED, studio: { user: USER } });
  client = createClient({
    projectId: 'mkb010next',
    dataset: 'production',
    apiVersion: '2025-02-19',
    apiHost: server.url,
    useProjectHostname: false,
    useCdn: false,
    token: 'test',
  });
});

afterAll(async () => {
  await server?.close();
});

test('an edit action makes a draft from the published document; publishing replaces the published one', async () => {
  const id = 'guide-circulair-ontwerpen';
  const events: MutationEvent[] = [];
  // The listener is open once its welcome event arrives (a fixed wait misses the first event on a
  // loaded machine).
  let welcomed = false;
  const subscription = client
    .listen('*[_id in $ids]', { ids: [id, `drafts.${id}`] }, { effectFormat: 'mendoza', events: ['welcome', 'mutation'] })
    .subscribe((e) => {
      if (e.type === 'welcome') welcomed = true;
      if (e.type === 'mutation') events.push(e);
    });
  await expect.poll(() => welcomed, { timeout: 20_000 }).toBe(true);
  const before = server.document(id)!;
  await client.action({
    actionType: 'sanity.action.document.edit',
    draftId: `drafts.${id}`,
    publishedId: id,
    patch: { set: { title: 'Nieuwe titel voor de gids' } },
  });
  const draft = server.document(`drafts.${id}`)!;
  expect(draft).toMatchObject({ title: 'Nieuwe titel voor de gids', summary: before.summary, partner: before.partner });
  expect(server.document(id)!.title).toBe(before.title);

  await client.action({ actionType: 'sanity.action.document.publish', draftId: `drafts.${id}`, publishedId: id });
  expect(server.document(id)!.title).toBe('Nieuwe titel voor de gids');
  expect(server.document(`drafts.${id}`)).toBeUndefined();

  await expect.poll(() => events.length, { timeout: 10_000 }).toBe(3);
  subscription.unsubscribe();
  // The edit creates the draft; the publish is one transaction of two events, revisions chaining.
  expect(events.map((e) => [e.documentId, e.transition])).toEqual([
    [`drafts.${id}`, 'appear'],
    [id, 'update'],
    [`drafts.${id}`, 'disappear'],
  ]);
  expect(events[1]!.transactionId).toBe(events[2]!.transactionId);
  expect(events[1]).toMatchObject({ previousRev: before._rev, transactionTotalEvents: 2 });
  expect(events[2]!.previousRev).toBe(events[0]!.resultRev);
  expect(events[1]!.effects).toBeDefined();
});

test('mutations patch with Sanity’s own patch engine, and a stale revision is refused', async () => {
  const id = 'drafts.probe';
  await client.create({ _id: id, _type: 'guide', title: 'Hallo', steps: [] });
  await client.patch(id).set({ title: 'Hallo wereld' }).setIfMissing({ themes: [] }).append('themes', ['circulair']).commit();
  expect(server.document(id)).toMatchObject({ title: 'Hallo wereld', themes: ['circulair'] });
  await expect(client.patch(id).ifRevisionId('oud').set({ title: 'x' }).commit()).rejects.toMatchObject({ statusCode: 409 });
  await client.delete({ query: '*[_id == $id]', params: { id } });
  expect(server.document(id)).toBeUndefined();
});

test('the desk’s search query: an empty search lists everything, a term matches titles', async () => {
  const query = '*[_type in $__types && ([@, _id] match text::query($__query) || references($__rawQuery))]._id';
  const all = await client.fetch<string[]>(query, { __types: ['guide'], __query: '', __rawQuery: '' });
  expect(all.length).toBeGreaterThan(3);
  const found = await client.fetch<string[]>(
    query,
    { __types: ['guide'], __query: 'bestelbus*', __rawQuery: 'bestelbus' },
    { perspective: 'drafts' },
  );
  expect(found).toEqual(['guide-elektrische-bestelbus']);
  // The rewrite leaves other queries alone.
  expect(rewriteTextQuery('*[_type == "guide"]', {})).toBe('*[_type == "guide"]');
});

test('every image the dataset uses has an asset document whose URL serves the file', async () => {
  const asset = await client.fetch<{ url: string; metadata: { dimensions: { width: number } } } | null>(
    '*[_type == "guide" && defined(heroImage)][0].heroImage.asset->{url, metadata}',
  );
  expect(asset?.metadata.dimensions.width).toBeGreaterThan(0);
  const image = await fetch(asset!.url);
  expect(image.status).toBe(200);
  expect((await image.arrayBuffer()).byteLength).toBeGreaterThan(100);
});

test('with a certificate it speaks HTTP/2 over TLS', async () => {
  const tls = await startSanityServer({ file: SEED, studio: { user: USER }, tls: selfSignedCertificate() });
  try {
    const session = connect(tls.url, { rejectUnauthorized: false });
    const status = await new Promise<number>((resolve, reject) => {
      const stream = session.request({ ':path': '/v2025-02-19/users/me' });
      stream.on('response', (headers) => resolve(Number(headers[':status'])));
      stream.on('error', reject);
      stream.end();
    });
    expect(status).toBe(200);
    expect(session.alpnProtocol).toBe('h2');
    session.close();
  } finally {
    await tls.close();
  }
});

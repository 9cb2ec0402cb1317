// Routing from published content as `npm run service` does it: the seed dataset through the content
// package, a partner's intake address from the Studio field, the programme contact from site settings;
// and one read of the Content Lake (a local stand-in for its query API) serving routing and alerts.
import path from 'node:path';
import { loadRoutingContent, publishedContent, routeRequest } from '@mkb010/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SanityServer, startSanityServer } from '../../tools/sanity-server.ts';
import { startSmtpSink, type SmtpSink } from '../../tools/smtp-sink.ts';
import {
  type ChildService,
  spawnService,
  startTestService,
  TEST_SITE_ORIGIN,
  TEST_SITE_URL,
  type TestService,
  testDatabase,
  testEnv,
} from '../helpers/service.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('routing from the seed', () => {
  it('sends a scheme to its provider partner, a guide of a partner without an intake address to the programme', async () => {
    const content = await loadRoutingContent({}, ROOT, new Date('2026-11-28T12:00:00Z'));
    expect(routeRequest(content, 'scheme-groene-verbouwlening')).toMatchObject({
      recipient: {
        partnerId: 'partner-groenkrediet-rotterdam',
        name: 'Groenkrediet Rotterdam',
        address: 'aanvragen@groenkrediet-rotterdam.example',
      },
      docTitle: { nl: 'Groene verbouwlening', en: 'Green renovation loan' },
    });
    expect(routeRequest(content, 'guide-warmtepomp-werkplaats').recipient).toEqual({
      partnerId: null,
      name: 'MKB010>>Next',
      address: 'mkb010next@rotterdam.example',
    });
    expect(routeRequest(content, 'partner-havenkring-mkb').recipient.address).toBe('intake@havenkring.example');
  });
});

describe('npm run service with the seed', () => {
  let smtp: SmtpSink;
  let service: ChildService;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    const db = await testDatabase('pglite');
    drop = db.drop;
    service = await spawnService(testEnv({ ...db.env, SMTP_URL: smtp.url, CONTENT_FILE: 'studio/seed/data.ndjson' }));
  });
  afterAll(async () => {
    service?.process.kill('SIGTERM');
    await service?.exited;
    await smtp?.stop();
    await drop?.();
  });

  it('routes a question on a scheme page to the partner that provides it', async () => {
    const response = await fetch(`${service.url}/intake?lang=en`, {
      method: 'POST',
      body: new URLSearchParams({
        page: '/en/support/groene-verbouwlening/',
        docId: 'scheme-groene-verbouwlening',
        name: 'Sam de Wit',
        email: 'sam@example.nl',
        question: 'Can I combine the loan with the city subsidy?',
        consent: 'yes',
      }),
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`${TEST_SITE_URL}/en/thank-you/question/`);
    const mails = await smtp.waitFor(2);
    const toPartner = mails.find((m) => m.envelope.to.includes('aanvragen@groenkrediet-rotterdam.example'))!;
    expect(toPartner.parsed.subject).toContain('Groene verbouwlening');
    const confirmation = mails.find((m) => m.envelope.to.includes('sam@example.nl'))!;
    expect(confirmation.parsed.subject).toMatch(/^Your question has been sent to Groenkrediet Rotterdam \(MKB-\d{4}-\d{6}\)$/);
  });
});

describe('routing and alerts from one read of the published content', () => {
  let lake: SanityServer;
  let smtp: SmtpSink;
  let service: TestService;
  let now = new Date('2026-11-28T10:00:00Z');

  beforeAll(async () => {
    [lake, smtp] = await Promise.all([startSanityServer({ file: path.join(ROOT, 'studio/seed/data.ndjson') }), startSmtpSink()]);
    service = await startTestService('pglite', {
      routing: 'published',
      clock: () => now,
      env: {
        SMTP_URL: smtp.url,
        SANITY_PROJECT_ID: 'mkbtest1',
        SANITY_DATASET: 'production',
        SANITY_API_HOST: lake.url,
        SANITY_IMAGE_HOST: lake.url,
        SERVICE_LIMIT_INTAKE: '1000',
        SERVICE_LIMIT_ALERTS: '1000',
      },
    });
  });
  afterAll(async () => {
    await service?.stop();
    await smtp?.stop();
    await lake?.close();
  });

  /** The queries the Content Lake answered so far. */
  const queries = () => lake.requests.filter((request) => request.status === 200).length;
  const ask = () =>
    service.post(
      '/intake?lang=nl',
      {
        page: '/regelingen/groene-verbouwlening/',
        docId: 'scheme-groene-verbouwlening',
        name: 'Fatima el Amrani',
        email: 'fatima@bakkerij-amrani.example',
        question: 'Kan ik de lening combineren met de subsidie van de gemeente?',
        consent: 'yes',
        website: '',
      },
      { origin: TEST_SITE_ORIGIN },
    );
  const remind = (email: string) =>
    service.post(
      '/alerts/subscribe?lang=nl',
      { email, kind: 'reminder', docId: 'scheme-webshop-training', page: '/regelingen/webshop-training/', website: '' },
      { origin: TEST_SITE_ORIGIN },
    );

  it('a question and an alert sign-up on one day read the Content Lake once, also at the same moment; a new day reads it again', async () => {
    expect((await ask()).status).toBe(303);
    const oneRead = queries();
    expect(oneRead).toBeGreaterThan(0);
    const toPartner = (await smtp.waitFor(2)).find((mail) => mail.envelope.to.includes('aanvragen@groenkrediet-rotterdam.example'));
    expect(toPartner?.parsed.subject).toContain('Groene verbouwlening');
    // The sign-up checks its scheme in the same copy: no second read.
    expect((await remind('bram@fietsenmaker-bram.example')).status).toBe(303);
    expect((await ask()).status).toBe(303);
    expect(queries()).toBe(oneRead);
    // The next Amsterdam day: a question and a sign-up at the same moment share one new read.
    now = new Date('2026-11-29T10:00:00Z');
    const [question, signUp] = await Promise.all([ask(), remind('anouk@kapsalon-anouk.example')]);
    expect([question.status, signUp.status]).toEqual([303, 303]);
    expect(queries()).toBe(2 * oneRead);
  });

  it('keeps the last good copy when the Content Lake fails, and fails only while it has none', async () => {
    const env = {
      SANITY_PROJECT_ID: 'mkbtest1',
      SANITY_DATASET: 'production',
      SANITY_API_HOST: lake.url,
      SANITY_IMAGE_HOST: lake.url,
      SANITY_MAX_ATTEMPTS: '1',
    };
    // Read again on every ask, so each ask meets the Lake as it is at that moment.
    const content = publishedContent({ contentCacheMs: 0 }, env, ROOT);
    lake.failAlways(500);
    try {
      await expect(content.at(now)).rejects.toThrow(/500/);
      lake.reset();
      const good = await content.at(now);
      expect(good.collections.schemes.map((scheme) => scheme._id)).toContain('scheme-webshop-training');
      lake.failAlways(503);
      expect(await content.at(now)).toBe(good);
    } finally {
      lake.reset();
    }
  });
});

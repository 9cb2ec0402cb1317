// Routing from published content as `npm run service` does it: the seed dataset through the content
// package, a partner's intake address from the Studio field, the programme contact from site settings.
import path from 'node:path';
import { loadRoutingContent, routeRequest } from '@mkb010/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpSink, type SmtpSink } from '../../tools/smtp-sink.ts';
import { type ChildService, spawnService, TEST_SITE_URL, testDatabase, testEnv } from '../helpers/service.ts';

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

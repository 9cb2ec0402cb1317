// The service's behaviour as a visitor, a partner and an editor notice it, on PGlite and on a
// real PostgreSQL server, with mail going to a real SMTP server on loopback.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpSink, type SmtpSink } from '../../tools/smtp-sink.ts';
import { DB_KINDS, startTestService, TEST_REPORT_TOKEN, TEST_SITE_ORIGIN, TEST_SITE_URL, type TestService } from '../helpers/service.ts';

const intake = (fields: Record<string, string> = {}) => ({
  page: '/regelingen/energiebespaarlening/',
  docId: 'scheme-energielening',
  name: 'Fatima el Amrani',
  email: 'fatima@bakkerij-amrani.example',
  phone: '010 123 45 67',
  company: 'Bakkerij Amrani',
  question: 'Kan ik de lening ook gebruiken voor zonnepanelen op het dak van mijn bakkerij?',
  consent: 'yes',
  website: '',
  ...fields,
});

const report = async (service: TestService) => {
  const response = await fetch(`${service.url}/api/report`, { headers: { authorization: `Bearer ${TEST_REPORT_TOKEN}` } });
  expect(response.status).toBe(200);
  return response.json();
};

describe.each(DB_KINDS)('the service on %s', (kind) => {
  let smtp: SmtpSink;
  let service: TestService;
  // The clock starts on a fixed day; the retention test moves it forward.
  let now = new Date('2026-11-28T10:00:00Z');

  beforeAll(async () => {
    smtp = await startSmtpSink();
    service = await startTestService(kind, {
      env: { SMTP_URL: smtp.url, SERVICE_LIMIT_INTAKE: '1000', SERVICE_TRUST_PROXY: '1' },
      clock: () => now,
    });
  });
  afterAll(async () => {
    await service?.stop();
    await smtp?.stop();
  });

  it('sends an intake request on a scheme page to its provider partner, and the confirmation to the entrepreneur', async () => {
    const before = smtp.mails.length;
    const response = await service.post('/intake?lang=nl', intake(), { origin: TEST_SITE_ORIGIN });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`${TEST_SITE_URL}/bedankt/vraag/`);
    expect(response.headers.get('set-cookie')).toBeNull();
    const mails = (await smtp.waitFor(before + 2)).slice(before);
    const toPartner = mails.find((m) => m.envelope.to.includes('intake@havenkring.example'))!;
    const confirmation = mails.find((m) => m.envelope.to.includes('fatima@bakkerij-amrani.example'))!;
    expect(toPartner.parsed.replyTo?.value[0]?.address).toBe('fatima@bakkerij-amrani.example');
    expect(toPartner.parsed.text).toContain('zonnepanelen op het dak van mijn bakkerij');
    expect(toPartner.parsed.text).toContain(`${TEST_SITE_URL}/regelingen/energiebespaarlening/`);
    expect(toPartner.parsed.subject).toContain('Energiebespaarlening');
    const reference = /MKB-2026-\d{6}/.exec(confirmation.parsed.text ?? '')?.[0];
    expect(reference).toBeDefined();
    expect(confirmation.parsed.subject).toContain(reference);
    expect(confirmation.parsed.text).toContain('Havenkring MKB');
    expect(toPartner.parsed.text).toContain(reference);
  });

  it('sends a Hulpwijzer question with its answers to the programme contact, and confirms in English', async () => {
    const before = smtp.mails.length;
    const response = await service.post(
      '/intake?lang=en',
      intake({
        docId: '',
        page: '/en/help-finder/sustainable/hospitality/',
        theme: 'duurzaam',
        sector: 'horeca',
        district: 'delfshaven',
        size: '1-9',
      }),
    );
    expect(response.headers.get('location')).toBe(`${TEST_SITE_URL}/en/thank-you/question/`);
    const mails = (await smtp.waitFor(before + 2)).slice(before);
    const toProgramme = mails.find((m) => m.envelope.to.includes('programma@mkb010.example'))!;
    expect(toProgramme.parsed.text).toMatch(/Thema: Duurzaam/);
    expect(toProgramme.parsed.text).toMatch(/Branche: Horeca/);
    expect(toProgramme.parsed.text).toMatch(/Wijk: Delfshaven/);
    expect(toProgramme.parsed.text).toContain('in het Engels');
    const confirmation = mails.find((m) => m.envelope.to.includes('fatima@bakkerij-amrani.example'))!;
    expect(confirmation.parsed.subject).toMatch(/^Your question has been sent to MKB010>>Next \(MKB-2026-\d{6}\)$/);
  });

  it('sends a question about a partner without an intake address to the programme contact', async () => {
    const before = smtp.mails.length;
    await service.post('/intake?lang=nl', intake({ docId: 'guide-webshop', page: '/gidsen/veilig-een-webshop/' }));
    const mails = (await smtp.waitFor(before + 2)).slice(before);
    expect(mails.flatMap((m) => m.envelope.to).sort()).toEqual(['fatima@bakkerij-amrani.example', 'programma@mkb010.example']);
  });

  it('encodes a line break in a name so it adds no header or recipient, and escapes HTML in a question', async () => {
    const before = smtp.mails.length;
    const response = await service.post(
      '/intake?lang=nl',
      intake({
        name: 'Jan\r\nBcc: victim@attacker.example\r\nX-Injected: yes',
        question: 'Hallo <a href="https://attacker.example/">klik hier</a><script>alert(1)</script><img src=x onerror=alert(2)>',
      }),
    );
    expect(response.status).toBe(303);
    const mails = (await smtp.waitFor(before + 2)).slice(before);
    for (const mail of mails) {
      expect(mail.envelope.to).not.toContain('victim@attacker.example');
      expect(mail.parsed.headers.has('bcc')).toBe(false);
      expect(mail.parsed.headers.has('x-injected')).toBe(false);
      const html = String(mail.parsed.html);
      expect(html).not.toMatch(/<a href="https:\/\/attacker/);
      expect(html).not.toMatch(/<script|<img/i);
      expect(html).toContain('&#60;script&#62;');
    }
    const toPartner = mails.find((m) => m.envelope.to.includes('intake@havenkring.example'))!;
    expect(toPartner.parsed.replyTo?.value[0]?.name).toBe('Jan Bcc: victim@attacker.example X-Injected: yes');
    expect(toPartner.parsed.text).toContain('<script>alert(1)</script>');
  });

  it("answers a missing or bad field with a page in the visitor's language that names it and keeps what was typed", async () => {
    const response = await service.post(
      '/intake?lang=en',
      intake({ email: 'fatima-at-example', question: `"Quotes" & <b>tags</b>${'x'.repeat(2000)}` }),
    );
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Email address: Enter an email address like name@example.com.');
    expect(html).toMatch(/Question: This can be at most 2000 characters\. You wrote 20\d\d\./);
    expect(html).toContain('value="fatima-at-example"');
    expect(html).toContain('&#34;Quotes&#34; &#38; &#60;b&#62;tags&#60;/b&#62;');
    expect(html).toContain('value="Bakkerij Amrani"');
    expect(html).toContain('<form method="post" action="intake?lang=en">');
    expect(html).not.toMatch(/at .*\.ts:\d+/);
    const dutch = await (await service.post('/intake?lang=nl', intake({ name: '', consent: '' }))).text();
    expect(dutch).toContain('Naam: Vul je naam in.');
    expect(dutch).toContain('Toestemming: Geef toestemming');
  });

  it('refuses a filled honeypot, a foreign Origin and a body over 16 kB, storing nothing', async () => {
    const count = async () => (await report(service)).requests.reduce((n: number, r: { count: number }) => n + r.count, 0);
    const stored = await count();
    const trap = await service.post('/intake?lang=nl', intake({ website: 'https://spam.example' }));
    expect(trap.status).toBe(400);
    expect(await trap.text()).toContain('Je bericht is niet verstuurd');
    const foreign = await service.post('/intake?lang=en', intake(), { origin: 'https://attacker.example' });
    expect(foreign.status).toBe(403);
    expect(await foreign.text()).toContain('This form belongs to another website');
    const large = await service.post('/intake?lang=en', intake({ question: 'x'.repeat(17 * 1024) }));
    expect(large.status).toBe(413);
    expect(await large.text()).toContain('Your message is too large');
    expect(await count()).toBe(stored);
  });

  it('stores feedback without the e-mail address in a comment, and reports it per page', async () => {
    const page = '/gidsen/energie-besparen/';
    expect((await service.post('/feedback?lang=nl', { useful: 'yes', page, docId: 'guide-energie' })).headers.get('location')).toBe(
      `${TEST_SITE_URL}/bedankt/feedback/`,
    );
    await service.post('/feedback?lang=nl', {
      useful: 'no',
      page,
      docId: 'guide-energie',
      comment: 'Het bedrag klopt niet meer. Mail me op jan.jansen@example.nl of bel 06-12345678.',
    });
    const entry = (await report(service)).feedback.find((f: { page: string }) => f.page === page);
    expect(entry).toMatchObject({ docId: 'guide-energie', yes: 1, no: 1 });
    expect(entry.latestComments[0].text).toBe(
      'Het bedrag klopt niet meer. Mail me op [e-mailadres verwijderd] of bel [telefoonnummer verwijderd].',
    );
    const stored = await service.db.query<{ comment: string }>(`SELECT comment FROM feedback WHERE page = $1 AND comment IS NOT NULL`, [
      page,
    ]);
    expect(stored.map((r) => r.comment).join()).not.toMatch(/jan\.jansen|12345678/);
  });

  it('counts searches that found nothing per normalised query and day, from the site only', async () => {
    const signal = (body: unknown, origin = TEST_SITE_ORIGIN) =>
      fetch(`${service.url}/search-signal`, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'content-type': 'text/plain', origin },
      });
    const first = await signal({ q: 'Cyber  Security checklist?', lang: 'en', results: 0 });
    expect(first.status).toBe(204);
    expect(first.headers.get('access-control-allow-origin')).toBe(TEST_SITE_ORIGIN);
    await signal({ q: 'cyber security CHECKLIST', lang: 'en', results: 1 });
    await signal({ q: 'subsidie', lang: 'nl', results: 12 });
    expect((await signal({ q: 'cyber security checklist', lang: 'en', results: 0 }, 'https://attacker.example')).status).toBe(403);
    expect((await signal({ q: 'x', lang: 'de', results: 0 })).status).toBe(400);
    const { zeroResultQueries } = await report(service);
    expect(zeroResultQueries).toContainEqual({ query: 'cyber security checklist', lang: 'en', count: 2, lastDay: '2026-11-28' });
    expect(zeroResultQueries.some((q: { query: string }) => q.query === 'subsidie')).toBe(false);
    const rows = await service.db.query(`SELECT * FROM search_signal`);
    expect(Object.keys(rows[0]!).sort()).toEqual(['count', 'day', 'lang', 'query']);
  });

  it('answers the read API only with the token, and reports requests per partner and quarter', async () => {
    const get = (authorization?: string) => fetch(`${service.url}/api/report`, { headers: authorization ? { authorization } : {} });
    expect((await get()).status).toBe(401);
    expect((await get(`Bearer ${TEST_REPORT_TOKEN.slice(0, -1)}x`)).status).toBe(401);
    expect((await get(`Bearer ${TEST_REPORT_TOKEN}-longer`)).status).toBe(401);
    expect((await get(TEST_REPORT_TOKEN)).status).toBe(401);
    const body = await report(service);
    expect(body.requests).toContainEqual(expect.objectContaining({ partnerId: 'partner-havenkring' }));
    expect(body.requests).toContainEqual(expect.objectContaining({ partnerId: null }));
    expect(JSON.stringify(body.requests)).not.toContain('fatima');
    expect(body.requestsPerQuarter).toEqual([{ quarter: '2026-Q4', count: expect.any(Number) }]);
  });

  it('deletes personal data after the retention period and keeps the counts', async () => {
    const personal = () =>
      service.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM intake_request WHERE email IS NOT NULL OR question IS NOT NULL`);
    const requests = (await report(service)).requestsPerQuarter[0].count;
    expect((await personal())[0]!.n).toBe(requests);
    now = new Date(now.getTime() + 89 * 86_400_000);
    await service.retention();
    expect((await personal())[0]!.n).toBe(requests);
    now = new Date(now.getTime() + 2 * 86_400_000);
    const result = await service.retention();
    expect(result.requests).toBe(requests);
    expect((await personal())[0]!.n).toBe(0);
    const comments = await service.db.query(`SELECT 1 FROM feedback WHERE comment IS NOT NULL`);
    expect(comments).toHaveLength(0);
    expect(await service.db.query(`SELECT 1 FROM outbox`)).toHaveLength(0);
    const after = await report(service);
    expect(after.requestsPerQuarter[0].count).toBe(requests);
    expect(after.zeroResultQueries).toEqual([]);
  });

  it('answers /healthz when the database does', async () => {
    const response = await fetch(`${service.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok');
  });

  it('answers too many requests from one address with 429', async () => {
    // Feedback allows 60 answers an hour per address; behind a proxy the visitor's address counts.
    const visitor = { 'x-forwarded-for': '192.0.2.61' };
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++)
      statuses.push((await service.post('/feedback?lang=nl', { useful: 'yes', page: '/limiet/' }, visitor)).status);
    expect(statuses.slice(0, 60).every((s) => s === 303)).toBe(true);
    const limited = await service.post('/feedback?lang=nl', { useful: 'yes', page: '/limiet/' }, visitor);
    expect(limited.status).toBe(429);
    expect(await limited.text()).toContain('Je hebt veel berichten kort na elkaar verstuurd');
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await service.post('/feedback?lang=nl', { useful: 'yes', page: '/limiet/' }, { 'x-forwarded-for': '192.0.2.62' })).status).toBe(
      303,
    );
  });
});

describe('the read API without a token', () => {
  it('does not exist', async () => {
    const service = await startTestService('pglite', { env: { SERVICE_REPORT_TOKEN: '' } });
    try {
      const response = await fetch(`${service.url}/api/report`, { headers: { authorization: 'Bearer ' } });
      expect(response.status).toBe(404);
    } finally {
      await service.stop();
    }
  });
});

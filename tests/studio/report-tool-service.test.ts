// The Studio's Redactierapport with what entrepreneurs said: the tool reads the service's read API
// from the browser with the token the editor pastes. The service answers the Studio's origin only
// (CORS), and the tool's lists are the command line's (listeningSections through reportSections).
import { createClient } from '@sanity/client';
import type { SanityClient } from 'sanity';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { reportSections } from '@mkb010/content/editor-report';
import { readServiceReport, REPORT_PATH } from '@mkb010/service/client';
import { startSanityServer, type SanityServer } from '../../tools/sanity-server.ts';
import { fetchReportData, type ReportData, reportWithListening } from '../../studio/tools/report/data.ts';
import { REPORT_FIXTURE } from '../publishing/helpers.ts';
import { startTestService, TEST_REPORT_TOKEN, TEST_SITE_ORIGIN, type TestService } from '../helpers/service.ts';

const STUDIO = 'https://mkb010next.sanity.studio';
let sanity: SanityServer;
let service: TestService;
let data: ReportData;

beforeAll(async () => {
  [sanity, service] = await Promise.all([
    startSanityServer({ file: REPORT_FIXTURE, dataset: 'production' }),
    startTestService('pglite', { env: { SERVICE_STUDIO_ORIGIN: STUDIO } }),
  ]);
  const client = createClient({
    projectId: 'mkbtest1',
    dataset: 'production',
    apiHost: sanity.url,
    useProjectHostname: false,
    apiVersion: '2025-02-19',
    useCdn: false,
  });
  data = await fetchReportData(client as unknown as SanityClient, new Date());
  const question = {
    page: '/regelingen/energiebespaarlening/',
    name: 'Ayse Demir',
    email: 'ayse@kapsalon.example',
    question: 'Past dit bij mijn kapsalon?',
    consent: 'yes',
  };
  for (const docId of ['scheme-energielening', 'scheme-energielening', '']) {
    const answer = await service.post('/intake?lang=nl', { ...question, docId }, { origin: TEST_SITE_ORIGIN });
    expect(answer.status).toBe(303);
  }
  const feedback = await service.post(
    '/feedback?lang=nl',
    { page: '/gidsen/webshop/', docId: 'guide-webshop', useful: 'no', comment: 'Bel me: 06-12345678' },
    { origin: TEST_SITE_ORIGIN },
  );
  expect(feedback.status).toBe(303);
}, 120_000);
afterAll(async () => {
  await service?.stop();
  await sanity?.close();
});

describe('the Redactierapport tool and the service', () => {
  test('the read API lets the Studio’s origin read it with the token, and no other site', async () => {
    const preflight = (origin: string) =>
      fetch(service.url + REPORT_PATH, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
      });
    const fromStudio = await preflight(STUDIO);
    expect(fromStudio.headers.get('access-control-allow-origin')).toBe(STUDIO);
    expect(fromStudio.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    const elsewhere = await preflight('https://evil.example');
    expect(elsewhere.headers.get('access-control-allow-origin')).toBeNull();
    const read = await fetch(service.url + REPORT_PATH, {
      headers: { origin: 'https://evil.example', authorization: `Bearer ${TEST_REPORT_TOKEN}` },
    });
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('with the token, the tool lists questions per partner, feedback per page without the phone number, and the searches', async () => {
    const lists = await readServiceReport(service.url, TEST_REPORT_TOKEN);
    const sections = reportSections(reportWithListening(data, undefined, lists), 'nl');
    const byId = new Map(sections.map((s) => [s.id, s]));
    const requests = byId.get('requests')!;
    expect(requests.rows.map((r) => r.cells[1])).toEqual([2, 1]);
    expect(requests.rows[0]!.line).toMatch(/partner-havenkring: 2 vragen/);
    expect(requests.rows[1]!.line).toMatch(/^Programmateam \(algemeen contact\): 1 vraag/);
    expect(JSON.stringify(requests)).not.toMatch(/ayse|Demir/i);
    const feedback = byId.get('feedback')!;
    expect(feedback.rows).toHaveLength(1);
    expect(feedback.rows[0]!.line).toMatch(/^\/gidsen\/webshop\/: 0 van 1 vonden de pagina nuttig/);
    expect(feedback.rows[0]!.line).not.toContain('12345678');
    expect(byId.get('queries')!.rows).toEqual([]);
  });

  test('with a wrong token, the tool says why and still shows the rest of the report', async () => {
    const lists = await readServiceReport(service.url, 'not-the-token');
    const sections = reportSections(reportWithListening(data, undefined, lists), 'nl');
    expect(sections.find((s) => s.id === 'partners')).toBeDefined();
    const why = sections.find((s) => s.id === 'requests')!;
    expect(why.rows).toEqual([]);
    expect(why.none).toMatch(/niet opgehaald: .*SERVICE_REPORT_TOKEN/);
  });
});

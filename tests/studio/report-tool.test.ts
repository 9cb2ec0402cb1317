// The Studio's Redactierapport gets its data through the Studio's client (here the real
// @sanity/client against the local stand-in of Sanity's query API) and must list exactly what
// `npm run content:report` lists for the same dataset and moment: the same judgement, the same report.
import { createClient } from '@sanity/client';
import type { SanityClient } from 'sanity';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type EditorReport, reportSections } from '@mkb010/content/editor-report';
import { loadEditorReport } from '@mkb010/content/source';
import { startSanityServer, type SanityServer } from '../../tools/sanity-server.ts';
import { fetchReportData, ownPartner, partnerChoices, type ReportData, reportFor } from '../../studio/tools/report/data.ts';
import { fileEnv, REPORT_FIXTURE } from '../publishing/helpers.ts';

const NOW = '2026-03-01T12:00:00.000Z';
let server: SanityServer;
let data: ReportData;

beforeAll(async () => {
  server = await startSanityServer({ file: REPORT_FIXTURE, dataset: 'production' });
  const client = createClient({
    projectId: 'mkbtest1',
    dataset: 'production',
    apiHost: server.url,
    useProjectHostname: false,
    apiVersion: '2025-02-19',
    useCdn: false,
  });
  data = await fetchReportData(client as unknown as SanityClient, new Date(NOW));
});
afterAll(() => server.close());

/** The report without what names the source or the moment it was written. */
const findings = (r: EditorReport) => ({ ...r, generatedAt: '', source: '' });

describe('the Redactierapport tool', () => {
  test('asks the site’s own queries, published only, through the Studio client', () => {
    expect(server.requests.length).toBeGreaterThan(9);
    expect(server.requests.every((r) => r.path === '/v2025-02-19/data/query/production')).toBe(true);
    expect(new Set(server.requests.map((r) => r.perspective))).toEqual(new Set(['published']));
  });

  test('lists exactly what the command line lists, for the whole network', async () => {
    const cli = await loadEditorReport({ env: fileEnv(REPORT_FIXTURE, NOW), now: new Date(NOW) });
    const tool = reportFor(data, undefined);
    expect(findings(tool)).toEqual(findings(cli));
    expect(tool.source).toBe('Content Lake mkbtest1/production');
    // Something to show in every list this fixture was made for.
    expect(tool.invalid.map((d) => d.id)).toEqual(['guide-kort']);
    expect(tool.staleGuides.map((g) => g.id)).toEqual(['guide-walstroom']);
    expect(tool.campaignsSoon?.length).toBe(2);
  });

  test("and for one partner's own list", async () => {
    const cli = await loadEditorReport({ env: fileEnv(REPORT_FIXTURE, NOW), now: new Date(NOW), partner: 'havenlab' });
    expect(findings(reportFor(data, 'havenlab'))).toEqual(findings(cli));
  });

  test('every row of every list links to a document of the right type', () => {
    const sections = reportSections(reportFor(data, undefined), 'nl');
    const rows = sections.flatMap((s) => s.rows);
    expect(rows.length).toBeGreaterThan(6);
    for (const row of rows) expect(row.doc?.id).toMatch(/^(guide|event|campaign|partner|scheme|story)-/);
    const stale = sections.find((s) => s.id === 'stale')!;
    expect(stale.title).toBe('Gidsen over hun controledatum');
    expect(stale.rows[0].doc).toEqual({ id: 'guide-walstroom', type: 'guide' });
  });

  test("opens on the editor's own partner; the comms team and strangers see the whole network", () => {
    expect(partnerChoices(data).map((p) => p.slug)).toEqual(['havenlab', 'stadswerk']);
    const settings = {
      commsTeam: ['comms@rotterdam.nl'],
      partnerEditors: [{ partner: { _ref: 'partner-havenlab' }, editors: ['p-havenlab-1', 'redactie@havenlab.nl'] }],
    };
    const withSettings = { ...data, settings };
    expect(ownPartner(withSettings, { id: 'p-other', email: 'Redactie@Havenlab.nl' })).toBe('havenlab');
    expect(ownPartner(withSettings, { id: 'p-havenlab-1' })).toBe('havenlab');
    expect(ownPartner(withSettings, { id: 'p-comms', email: 'comms@rotterdam.nl' })).toBeUndefined();
    expect(ownPartner(withSettings, { id: 'p-nobody', email: 'iemand@example.org' })).toBeUndefined();
    expect(ownPartner(data, { id: 'p-havenlab-1' })).toBeUndefined();
  });
});

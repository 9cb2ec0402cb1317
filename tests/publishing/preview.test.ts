// Draft previews (CONTENT_PERSPECTIVE=drafts) from the Content Lake's query
// API (a local stand-in) with a read token. Drafts shown, banner and noindex on every page, the
// scheduled campaign visible with its start, and the token nowhere in the built site.
import { beforeAll, describe, expect, test } from 'vitest';
import { DRAFT_TOKEN as TOKEN, type DraftSite, draftSite } from '../setup/draft-site.ts';
import { filesContaining, readSite, type SiteFile } from './helpers.ts';

let fromLake: { result: DraftSite; files: SiteFile[] };

beforeAll(async () => {
  const result = await draftSite();
  fromLake = { result, files: await readSite(result.outDir) };
});

const html = (files: SiteFile[]) => files.filter((f) => f.path.endsWith('.html'));
const page = (files: SiteFile[], p: string) => files.find((f) => f.path === p)?.text ?? '';

describe('a preview build from the Content Lake with a read token', () => {
  const build = () => fromLake;
  test('every page has the "Voorbeeld / Preview" banner and noindex', () => {
    const pages = html(build().files);
    expect(pages.length).toBeGreaterThan(10);
    for (const f of pages) {
      expect(f.text, f.path).toContain('Voorbeeld / Preview');
      expect(f.text, f.path).toMatch(/<meta name="robots" content="noindex[^"]*"/);
    }
  });

  test('drafts are shown: a new draft guide and the draft version of a published one', () => {
    const { files } = build();
    expect(page(files, 'gidsen/warmtepomp-winkelpand/index.html')).toContain('Een warmtepomp voor je winkelpand');
    const edited = page(files, 'gidsen/restwarmte-benutten/index.html');
    expect(edited).toContain('Restwarmte slim benutten in je werkplaats');
    expect(edited).not.toContain('Restwarmte benutten in je bedrijf');
    expect(page(files, 'gidsen/index.html')).toContain('Een warmtepomp voor je winkelpand');
  });

  test('the scheduled campaign is visible with the moment it goes live', () => {
    const { files } = build();
    const nl = page(files, 'campagnes/lente-warme-werkplaatsen/index.html');
    expect(nl).toContain('Lenteactie Warme Werkplaatsen');
    expect(nl).toMatch(/Gepland vanaf\s*<time datetime="2026-03-02T09:00\+01:00">maandag 2 maart 2026, 09:00 uur<\/time>/);
    const en = page(files, 'en/campaigns/spring-warm-workshops/index.html');
    expect(en).toMatch(/Scheduled from\s*<time datetime="2026-03-02T09:00\+01:00">Monday 2 March 2026, 09:00<\/time>/);
  });
});

describe('the read token', () => {
  test('was needed: the preview asked the Content Lake for drafts', () => {
    const { requests } = fromLake.result;
    expect(requests.filter((r) => r.status === 200).length).toBeGreaterThan(0);
    expect(requests.every((r) => r.perspective === 'drafts')).toBe(true);
  });

  test('appears in no file of the built site (search index unpacked)', () => {
    expect(fromLake.files.length).toBeGreaterThan(10);
    expect(filesContaining(fromLake.files, TOKEN)).toEqual([]);
    // Not even a part of it, in case something shortens or splits it.
    expect(filesContaining(fromLake.files, TOKEN.slice(0, 16))).toEqual([]);
  });

  test('is not in the build log or the reports either', async () => {
    expect(fromLake.result.output).not.toContain(TOKEN);
    const reports = await readSite(fromLake.result.reportDir);
    expect(reports.length).toBeGreaterThan(0);
    expect(filesContaining(reports, TOKEN)).toEqual([]);
  });
});

// The status lines the Studio shows on a campaign form and as badges, in Amsterdam time, decided by
// the model's rules at the moments around a window's edges: what the site shows of the published
// version, and separately what publishing the draft would change.
import type { PublishWindow } from '@mkb010/model';
import { expect, test } from 'vitest';
import { campaignStatusTone } from '@mkb010/content/status';
import {
  campaignSiteStatus,
  campaignStatus,
  campaignStatusLine,
  guideCheckStatus,
  schemeClosedLine,
} from '../../studio/schemaTypes/preview';

// Monday 7 December 2026 09:00 in Amsterdam (winter time, UTC+1) to Monday 4 January 2027 09:00.
const window = { publishFrom: '2026-12-07T08:00:00Z', publishUntil: '2027-01-04T08:00:00Z' };
const published = (w: PublishWindow = window) => ({ published: w, draft: null });

test('a published campaign before, at, during and after its window', () => {
  expect(campaignStatusLine(published(), new Date('2026-12-07T07:59:59Z'))).toBe(
    'Op de site: gepland voor maandag 7 december 2026 09:00 (de site is uiterlijk 30 minuten daarna bijgewerkt)',
  );
  expect(campaignStatusLine(published(), new Date('2026-12-07T08:00:00Z'))).toBe('Op de site: nu live tot maandag 4 januari 2027 09:00');
  expect(campaignStatusLine(published(), new Date('2026-12-24T18:00:00Z'))).toBe('Op de site: nu live tot maandag 4 januari 2027 09:00');
  expect(campaignStatusLine(published(), new Date('2027-01-04T08:00:00Z'))).toBe('Op de site: afgelopen op maandag 4 januari 2027 09:00');
  expect(campaignStatusTone(published(), new Date('2026-12-24T18:00:00Z'))).toBe('positive');
});

test('a campaign in summer time shows the Amsterdam clock', () => {
  const summer = { publishFrom: '2026-06-01T07:30:00Z' };
  expect(campaignStatusLine(published(summer), new Date('2026-05-31T12:00:00Z'))).toMatch(
    /^Op de site: gepland voor maandag 1 juni 2026 09:30 /,
  );
  expect(campaignStatusLine(published(summer), new Date('2026-06-02T12:00:00Z'))).toBe('Op de site: nu live');
});

test('a draft whose window differs from the published one: the site first, then what publishing would change', () => {
  // Published: planned for 12 January 2027 09:00. The draft moved the start to 1 December 2026, which has passed.
  const versions = { published: { publishFrom: '2027-01-12T08:00:00Z' }, draft: { publishFrom: '2026-12-01T08:00:00Z' } };
  const now = new Date('2026-12-03T12:00:00Z');
  expect(campaignStatusLine(versions, now)).toBe(
    'Op de site: gepland voor dinsdag 12 januari 2027 09:00 (de site is uiterlijk 30 minuten daarna bijgewerkt). ' +
      'Dit concept: direct live (na publiceren)',
  );
  // The editor reads what is on the site, never the draft's "live", as the badge.
  expect(campaignSiteStatus(versions.published, now)).toMatch(/^Op de site: gepland voor /);
  expect(campaignStatusTone(versions, now)).toBe('primary');
  // A draft that only moves the start further out.
  expect(campaignStatusLine({ ...versions, draft: { publishFrom: '2027-02-01T08:00:00Z' } }, now)).toMatch(
    /\. Dit concept: live vanaf maandag 1 februari 2027 09:00 \(na publiceren\)$/,
  );
  // A draft with the same window adds nothing.
  expect(campaignStatusLine({ ...versions, draft: { ...versions.published, publishUntil: null } }, now)).not.toContain('Dit concept');
});

test('a campaign never published says so, and what its draft would do', () => {
  const now = new Date('2026-12-24T18:00:00Z');
  expect(campaignStatusLine({ published: null, draft: window }, now)).toBe(
    'Nog niet op de site (niet gepubliceerd). Dit concept: direct live tot maandag 4 januari 2027 09:00 (na publiceren)',
  );
  expect(campaignStatusTone({ published: null, draft: window }, now)).toBe('default');
});

test('an invalid window shows as invalid, never as planned', () => {
  const backwards = { publishFrom: '2027-01-12T08:00:00Z', publishUntil: '2027-01-05T08:00:00Z' };
  const now = new Date('2026-12-24T18:00:00Z');
  expect(campaignStatusLine(published(backwards), now)).toBe(
    'Op de site: nooit te zien, want "Zichtbaar tot" ligt vóór of op "Zichtbaar vanaf"',
  );
  expect(campaignStatusLine({ published: window, draft: backwards }, now)).toMatch(
    /^Op de site: nu live tot .*\. Dit concept: ongeldige planning, kies "Zichtbaar tot" na "Zichtbaar vanaf"$/,
  );
  expect(campaignStatusTone({ published: window, draft: backwards }, now)).toBe('critical');
  expect(campaignStatus(backwards, now)).toBe('Ongeldige planning');
  expect(campaignStatus(window, now)).toBe('Live tot 4 jan 2027');
});

test('guide and scheme badges say since when', () => {
  const now = new Date('2026-01-05T12:00:00Z');
  expect(guideCheckStatus({ checkAgainBy: '2025-12-01' }, now)).toMatch(/^Controle verlopen sinds /);
  // A scheme with deadline 31 December closes at the start of 1 January, Amsterdam time.
  expect(schemeClosedLine({ deadline: '2025-12-31' }, now)).toBe('Gesloten sinds 1 jan 2026');
  expect(schemeClosedLine({ deadline: '2025-12-31' }, new Date('2025-12-31T22:59:59Z'))).toBeUndefined();
  expect(schemeClosedLine({ deadline: '2025-12-31', ongoing: true }, now)).toBeUndefined();
});

// The status lines the Studio shows on a campaign form and as badges, in Amsterdam time, decided by
// the model's rules at the moments around a window's edges.
import { expect, test } from 'vitest';
import { campaignStatusLine, guideCheckStatus, schemeClosedLine } from '../../studio/schemaTypes/preview';

// Monday 7 December 2026 09:00 in Amsterdam (winter time, UTC+1) to Monday 4 January 2027 09:00.
const campaign = { published: true, publishFrom: '2026-12-07T08:00:00Z', publishUntil: '2027-01-04T08:00:00Z' };

test('a campaign before, at, during and after its window', () => {
  expect(campaignStatusLine(campaign, new Date('2026-12-07T07:59:59Z'))).toBe(
    'Gepland: live op maandag 7 december 2026 09:00 (de site is uiterlijk 30 minuten daarna bijgewerkt)',
  );
  expect(campaignStatusLine(campaign, new Date('2026-12-07T08:00:00Z'))).toBe('Nu live tot maandag 4 januari 2027 09:00');
  expect(campaignStatusLine(campaign, new Date('2026-12-24T18:00:00Z'))).toBe('Nu live tot maandag 4 januari 2027 09:00');
  expect(campaignStatusLine(campaign, new Date('2027-01-04T08:00:00Z'))).toBe('Afgelopen op maandag 4 januari 2027 09:00');
});

test('a campaign in summer time shows the Amsterdam clock, and a draft says it is not published', () => {
  const summer = { published: true, publishFrom: '2026-06-01T07:30:00Z' };
  expect(campaignStatusLine(summer, new Date('2026-05-31T12:00:00Z'))).toMatch(/^Gepland: live op maandag 1 juni 2026 09:30 /);
  expect(campaignStatusLine(summer, new Date('2026-06-02T12:00:00Z'))).toBe('Nu live');
  expect(campaignStatusLine({ ...campaign, published: false }, new Date('2026-12-24T18:00:00Z'))).toBe('Concept — nog niet gepubliceerd');
});

test('guide and scheme badges say since when', () => {
  const now = new Date('2026-01-05T12:00:00Z');
  expect(guideCheckStatus({ checkAgainBy: '2025-12-01' }, now)).toMatch(/^Controle verlopen sinds /);
  // A scheme with deadline 31 December closes at the start of 1 January, Amsterdam time.
  expect(schemeClosedLine({ deadline: '2025-12-31' }, now)).toBe('Gesloten sinds 1 jan 2026');
  expect(schemeClosedLine({ deadline: '2025-12-31' }, new Date('2025-12-31T22:59:59Z'))).toBeUndefined();
  expect(schemeClosedLine({ deadline: '2025-12-31', ongoing: true }, now)).toBeUndefined();
});

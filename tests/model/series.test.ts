// The next edition of a recurring event: same series, another event, still to come, not cancelled.
import { describe, expect, it } from 'vitest';
import { nextInSeries, SERIES_PATTERN } from '@mkb010/model';

const NOW = new Date('2026-11-28T11:00:00Z');
const edition = (id: string, day: string, extra: { series?: string; cancelled?: boolean } = {}) => ({
  _id: id,
  start: `${day}T16:00:00Z`,
  end: `${day}T18:00:00Z`,
  series: 'netwerkborrel',
  ...extra,
});

describe('nextInSeries', () => {
  const past = edition('past', '2026-06-04');
  it('picks the soonest upcoming edition, skipping cancelled ones, other series and the event itself', () => {
    const events = [
      past,
      edition('later', '2027-03-04'),
      edition('cancelled', '2026-12-03', { cancelled: true }),
      edition('other-series', '2026-12-01', { series: 'repaircafe-ondernemers' }),
      edition('soonest', '2027-01-14'),
      edition('also-past', '2026-09-10'),
    ];
    expect(nextInSeries(past, events, NOW)?._id).toBe('soonest');
  });

  it('finds nothing without a series or without an upcoming edition', () => {
    expect(nextInSeries({ ...past, series: undefined }, [edition('soonest', '2027-01-14', { series: undefined })], NOW)).toBeUndefined();
    expect(nextInSeries(past, [past, edition('also-past', '2026-09-10')], NOW)).toBeUndefined();
  });

  it('takes series keys written like slugs', () => {
    expect(SERIES_PATTERN.test('repaircafe-ondernemers')).toBe(true);
    expect(SERIES_PATTERN.test('Netwerk borrel')).toBe(false);
  });
});

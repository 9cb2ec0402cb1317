// The model's one strict reading of dates: a value that names a day or a moment that does not exist
// is invalid, where `Date.parse` would roll it over into another day.
import { describe, expect, test } from 'vitest';
import { dateTimeProblem, dayProblem, daysInMonth, isDateTime, isDay, startOfAmsterdamDay } from '@mkb010/model';

describe('a calendar day YYYY-MM-DD', () => {
  test.each(['2027-02-28', '2028-02-29', '2000-02-29', '2026-12-31', '2026-01-01'])('%s exists', (day) => {
    expect(dayProblem(day)).toBeUndefined();
    expect(isDay(day)).toBe(true);
  });

  test.each([
    ['2027-02-30', { kind: 'day', day: 30, month: 2, year: 2027, lastDay: 28 }],
    ['2027-02-29', { kind: 'day', day: 29, month: 2, year: 2027, lastDay: 28 }],
    ['1900-02-29', { kind: 'day', day: 29, month: 2, year: 1900, lastDay: 28 }],
    ['2026-04-31', { kind: 'day', day: 31, month: 4, year: 2026, lastDay: 30 }],
    ['2026-01-00', { kind: 'day', day: 0, month: 1, year: 2026, lastDay: 31 }],
    ['2027-13-01', { kind: 'month', month: 13 }],
    ['2027-00-10', { kind: 'month', month: 0 }],
    ['2027-2-3', { kind: 'format', expected: 'date' }],
    ['2027-02-03T10:00:00Z', { kind: 'format', expected: 'date' }],
    [20270203, { kind: 'format', expected: 'date' }],
  ])('%s does not', (value, problem) => {
    expect(dayProblem(value)).toEqual(problem);
    expect(isDay(value)).toBe(false);
  });

  test('Date.parse rolls 30 February over, which is why the model does not use it', () => {
    expect(new Date(Date.parse('2027-02-30')).toISOString().slice(0, 10)).toBe('2027-03-02');
    expect(() => startOfAmsterdamDay('2027-02-30')).toThrow('"2027-02-30" is not an existing date in the form YYYY-MM-DD.');
  });

  test('months have their own lengths, leap years included', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2028, m))).toEqual([
      31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2027, 2)).toBe(28);
  });
});

describe('a moment YYYY-MM-DDTHH:mm:ss with a zone', () => {
  test.each([
    '2026-03-10T16:00:00.000Z',
    '2026-03-10T16:00:00Z',
    '2026-03-10T16:00Z',
    '2026-03-10T17:00:00+01:00',
    '2028-02-29T23:59:59.999-05:30',
  ])('%s exists', (value) => {
    expect(dateTimeProblem(value)).toBeUndefined();
    expect(isDateTime(value)).toBe(true);
  });

  test.each([
    ['2027-02-30T10:00:00.000Z', { kind: 'day', day: 30, month: 2, year: 2027, lastDay: 28 }],
    ['2027-13-01T10:00:00.000Z', { kind: 'month', month: 13 }],
    ['2027-03-01T24:00:00.000Z', { kind: 'time', time: '24:00:00' }],
    ['2027-03-01T23:60Z', { kind: 'time', time: '23:60' }],
    ['2027-03-01T23:59:60Z', { kind: 'time', time: '23:59:60' }],
    ['2027-03-01T10:00:00+24:00', { kind: 'offset', offset: '+24:00' }],
    ['2027-03-01T10:00:00', { kind: 'format', expected: 'datetime' }],
    ['2027-03-01', { kind: 'format', expected: 'datetime' }],
    ['1 maart 2027 10:00', { kind: 'format', expected: 'datetime' }],
  ])('%s does not', (value, problem) => {
    expect(dateTimeProblem(value)).toEqual(problem);
    expect(isDateTime(value)).toBe(false);
  });
});

// A scheme's change log and news: which entries the rules refuse, what counts as news on which
// Amsterdam day (the feeds and the daily digest both read this), and the reminder day.
import { describe, expect, test } from 'vitest';
import { changeProblems, changesUpTo, openingProblem, reminderDay, schemeNews, type NewsScheme } from '@mkb010/model';

describe('a change log entry', () => {
  test('needs a date that is a real day, not after today, and text in the required languages', () => {
    const today = '2026-11-28';
    expect(changeProblems({ date: '2026-11-28', note: { nl: 'Het maximumbedrag is nu €5.000.' } }, today, ['nl'])).toEqual([]);
    expect(changeProblems({ note: { nl: 'Zonder datum' } }, today, ['nl'])).toEqual([{ kind: 'date-missing' }]);
    expect(changeProblems({ date: '28-11-2026', note: { nl: 'x' } }, today, ['nl'])).toEqual([
      { kind: 'date-invalid', date: '28-11-2026' },
    ]);
    expect(changeProblems({ date: '2026-11-29', note: { nl: 'Morgen' } }, today, ['nl'])).toEqual([
      { kind: 'date-future', date: '2026-11-29', today },
    ]);
    expect(changeProblems({ date: '2026-11-01', note: { nl: '  ', en: 'Only English' } }, today, ['nl'])).toEqual([
      { kind: 'note-missing', lang: 'nl' },
    ]);
    expect(changeProblems({ date: '2026-11-01', note: null }, today, ['en'])).toEqual([{ kind: 'note-missing', lang: 'en' }]);
  });

  test('valid entries up to today come newest first; refused ones never show', () => {
    const log = [
      { _key: 'a', date: '2026-02-03', note: { nl: 'Eerste', en: 'First' } },
      { _key: 'b', date: '2026-10-01', note: { nl: 'Tweede' } },
      { _key: 'c', date: '2026-10-01', note: { nl: 'Derde, zelfde dag' } },
      { _key: 'd', date: '2026-12-01', note: { nl: 'Toekomst' } },
      { _key: 'e', date: '2026-05-05', note: { nl: ' ' } },
    ];
    expect(changesUpTo(log, '2026-11-28').map((c) => c.key)).toEqual(['c', 'b', 'a']);
    expect(changesUpTo(log, '2026-11-28')[2]).toEqual({ key: 'a', date: '2026-02-03', note: { nl: 'Eerste', en: 'First' } });
    expect(changesUpTo(undefined, '2026-11-28')).toEqual([]);
  });
});

describe('a scheme opening day', () => {
  test('may not fall after the deadline; an ongoing scheme has none to compare', () => {
    expect(openingProblem({ opensAt: '2027-03-01', deadline: '2027-02-28' })).toEqual({
      kind: 'after-deadline',
      opensAt: '2027-03-01',
      deadline: '2027-02-28',
    });
    expect(openingProblem({ opensAt: '2027-03-01', deadline: '2027-03-01' })).toBeUndefined();
    expect(openingProblem({ opensAt: '2027-03-01', deadline: '2027-02-28', ongoing: true })).toBeUndefined();
    expect(openingProblem({ opensAt: '2027-03-01' })).toBeUndefined();
  });
});

describe('news about a scheme', () => {
  const scheme: NewsScheme = {
    _id: 'scheme-x',
    _createdAt: '2026-09-01T09:00:00Z',
    opensAt: '2026-12-01',
    deadline: '2027-01-20',
    changeLog: [
      { _key: 'k1', date: '2026-12-10', note: { nl: 'Het maximumbedrag is verhoogd naar €5.000.', en: 'The maximum is now €5,000.' } },
    ],
  };
  const kinds = (now: string) => schemeNews(scheme, new Date(now)).map((n) => `${n.kind} ${n.day}`);

  test('opening, changes and the reminder day appear on their Amsterdam day, newest first', () => {
    expect(kinds('2026-11-30T22:59:00Z')).toEqual([]);
    expect(kinds('2026-11-30T23:00:00Z')).toEqual(['opened 2026-12-01']);
    expect(kinds('2026-12-10T08:00:00Z')).toEqual(['changed 2026-12-10', 'opened 2026-12-01']);
    // 20 January minus 14 days: 6 January.
    expect(reminderDay(scheme)).toBe('2027-01-06');
    expect(kinds('2027-01-06T07:00:00Z')).toEqual(['deadline-near 2027-01-06', 'changed 2026-12-10', 'opened 2026-12-01']);
    expect(schemeNews(scheme, new Date('2027-01-06T07:00:00Z'))[1]).toMatchObject({
      key: 'scheme-x/changed/k1',
      note: { nl: 'Het maximumbedrag is verhoogd naar €5.000.', en: 'The maximum is now €5,000.' },
    });
  });

  test('a scheme without an opening day opens when it was created; a used-up budget has no reminder', () => {
    const plain = { _id: 'scheme-y', _createdAt: '2026-11-27T23:30:00Z', deadline: '2026-12-05', budgetStatus: 'op' as const };
    const news = schemeNews(plain, new Date('2026-12-01T12:00:00Z'));
    // 23:30 UTC on 27 November is already 28 November in Amsterdam.
    expect(news.map((n) => `${n.kind} ${n.day}`)).toEqual(['opened 2026-11-28']);
    expect(reminderDay({ ongoing: true, deadline: '2027-01-01' })).toBeUndefined();
  });
});

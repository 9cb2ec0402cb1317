// What the Studio refuses on a scheme's lifecycle and change log, in the editor's words, and what
// "Wijziging vastleggen" writes: the same model rules the build applies.
import { describe, expect, test } from 'vitest';
import { changePatch } from '../../studio/actions/recordChange';
import { changeEntryAllowed, opensBeforeDeadline } from '../../studio/schemaTypes/lifecycle';

const NOW = new Date('2026-11-28T11:00:00Z');
const scheme = { _type: 'scheme' };
const englishGuide = { _type: 'guide', language: 'en' };

describe('a change log entry in the Studio', () => {
  test('is refused without a date, with a future date, or without text, each with a message saying what to do', () => {
    expect(changeEntryAllowed({ date: '2026-11-28', note: { nl: 'Het maximumbedrag is verhoogd naar €5.000.' } }, scheme, NOW)).toBe(true);
    expect(changeEntryAllowed({ note: { nl: 'x' } }, scheme, NOW)).toBe('Vul de datum in waarop de wijziging ingaat.');
    expect(changeEntryAllowed({ date: '2026-11-29', note: { nl: 'x' } }, scheme, NOW)).toMatch(/^De datum ligt in de toekomst\./);
    expect(changeEntryAllowed({ date: '2026-11-01', note: { en: 'Only English' } }, scheme, NOW)).toMatch(
      /^Schrijf in de Nederlandse tekst/,
    );
    // An English guide needs its note in English; Dutch alone is not enough.
    expect(changeEntryAllowed({ date: '2026-11-01', note: { nl: 'Alleen Nederlands' } }, englishGuide, NOW)).toMatch(/Engelse tekst/);
    expect(changeEntryAllowed({ date: '2026-11-01', note: { en: 'The checklist has a new step.' } }, englishGuide, NOW)).toBe(true);
  });

  test('"today" is the Amsterdam day: at 00:30 on 29 November a change dated 29 November is allowed', () => {
    expect(changeEntryAllowed({ date: '2026-11-29', note: { nl: 'x' } }, scheme, new Date('2026-11-28T23:30:00Z'))).toBe(true);
  });
});

describe('a scheme opening day in the Studio', () => {
  test('may not be after the deadline', () => {
    expect(opensBeforeDeadline({ opensAt: '2027-03-01', deadline: '2027-02-28' })).toMatch(
      /^De regeling kan niet opengaan na de sluitingsdatum/,
    );
    expect(opensBeforeDeadline({ opensAt: '2027-02-28', deadline: '2027-02-28' })).toBe(true);
    expect(opensBeforeDeadline({ opensAt: '2027-03-01', ongoing: true })).toBe(true);
  });
});

describe('"Wijziging vastleggen"', () => {
  test('appends the entry to the change log, creating the list when there is none', () => {
    const result = changePatch({ date: '2026-11-27', nl: ' Het maximumbedrag is verhoogd. ', en: '' }, scheme, NOW, 'k1');
    expect(result).toEqual({
      patches: [
        { setIfMissing: { changeLog: [] } },
        {
          insert: {
            after: 'changeLog[-1]',
            items: [{ _type: 'changeEntry', _key: 'k1', date: '2026-11-27', note: { nl: 'Het maximumbedrag is verhoogd.' } }],
          },
        },
      ],
    });
  });

  test('refuses what publishing would refuse, and says why', () => {
    expect(changePatch({ date: '2026-12-01', nl: 'Later', en: '' }, scheme, NOW, 'k')).toEqual({
      error: expect.stringMatching(/^De datum ligt in de toekomst/),
    });
    expect(changePatch({ date: '2026-11-01', nl: '   ', en: '' }, scheme, NOW, 'k')).toEqual({
      error: expect.stringMatching(/Nederlandse tekst/),
    });
  });
});

// Dates as Dutch editors type them: day-month-year in digits, the time in Dutch time. Parsed and
// shown by the same @sanity/util functions Sanity's date input calls (the copy `sanity` itself
// depends on), with the options of our fields, so what passes here is what the input accepts and stores.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
import { dateKind, dutchDateParseError } from '../../studio/components/DutchDateInput';
import { DATE_OPTIONS, DATETIME_OPTIONS } from '../../studio/schemaTypes/fields';
import { documentTypes } from '../../studio/schemaTypes';
import { studioSchema } from './harness';

// Resolved from the sanity package, so it is the copy its input bundles.
const fromSanity = createRequire(createRequire(import.meta.url).resolve('sanity/package.json'));
const utilDir = path.dirname(fromSanity.resolve('@sanity/util/package.json'));
const { format, parse } = (await import(pathToFileURL(path.join(utilDir, 'lib/legacyDateFormat.js')).href)) as {
  format(date: Date, pattern: string, options?: { timeZone?: string }): string;
  parse(text: string, pattern: string, timeZone?: string): { isValid: boolean; date?: Date; error?: string };
};

const moment = `${DATETIME_OPTIONS.dateFormat} ${DATETIME_OPTIONS.timeFormat}`;

test('"20-1-2027 19:00" is 19:00 in Amsterdam, in winter (UTC+1) and in summer (UTC+2)', () => {
  expect(parse('20-1-2027 19:00', moment, DATETIME_OPTIONS.displayTimeZone).date?.toISOString()).toBe('2027-01-20T18:00:00.000Z');
  expect(parse('20-7-2027 19:00', moment, DATETIME_OPTIONS.displayTimeZone).date?.toISOString()).toBe('2027-07-20T17:00:00.000Z');
  // Leading zeros are fine too.
  expect(parse('05-03-2027 09:30', moment, DATETIME_OPTIONS.displayTimeZone).date?.toISOString()).toBe('2027-03-05T08:30:00.000Z');
});

test('a stored moment is shown in digits, in Dutch time, without month names', () => {
  expect(format(new Date('2027-01-20T18:00:00.000Z'), moment, { timeZone: DATETIME_OPTIONS.displayTimeZone })).toBe('20-1-2027 19:00');
  expect(format(new Date('2027-07-20T17:00:00.000Z'), moment, { timeZone: DATETIME_OPTIONS.displayTimeZone })).toBe('20-7-2027 19:00');
  expect(format(new Date('2027-01-20T12:00:00.000Z'), DATE_OPTIONS.dateFormat)).toBe('20-1-2027');
});

test('text the input cannot read gets a Dutch message instead of Sanity’s English one', () => {
  const result = parse('20 januari 2027 19:00', moment, DATETIME_OPTIONS.displayTimeZone);
  expect(result.isValid).toBe(false);
  // This English is what the wrapper replaces (components/DutchDateInput.tsx).
  expect(result.error).toMatch(/^Invalid date/);
  expect(dutchDateParseError('datetime')).toMatch(/^Deze datum en tijd kan de Studio niet lezen\. .*20-1-2027 19:00/);
  expect(dutchDateParseError('date')).toMatch(/20-1-2027,/);
});

test('every date and date-time field uses the Dutch format, and the wrapper recognises it', async () => {
  const schema = await studioSchema();
  const found: string[] = [];
  for (const { name } of documentTypes) {
    const type = schema.get(name) as { fields: { name: string; type: { name: string; options?: { dateFormat?: string } } }[] };
    for (const field of type.fields) {
      const kind = dateKind(field.type as never);
      if (!kind) continue;
      found.push(`${name}.${field.name}`);
      expect(field.type.options?.dateFormat, `${name}.${field.name}`).toBe('D-M-YYYY');
    }
  }
  expect(found).toEqual(expect.arrayContaining(['event.start', 'event.end', 'campaign.publishFrom', 'guide.checkAgainBy']));
});

// The one strict reading of the dates content holds: a day `YYYY-MM-DD` and an instant
// `YYYY-MM-DDTHH:mm[:ss[.fff]]` with `Z` or an offset. `Date.parse` rolls impossible values over
// (30 February becomes 2 March, 24:00 the next day), so a page would show one day while its
// `<time datetime>`, JSON-LD and calendar file keep another; here such a value is simply invalid.
// The site's validation and the Studio's rules both ask this module, each in its own words.

/** What is wrong with a date value; the site and the Studio word it for their readers. */
export type DateProblem =
  | { kind: 'format'; expected: 'date' | 'datetime' }
  | { kind: 'month'; month: number }
  | { kind: 'day'; day: number; month: number; year: number; lastDay: number }
  | { kind: 'time'; time: string }
  | { kind: 'offset'; offset: string };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The number of days in a month (1-12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dayPartProblem(year: number, month: number, day: number): DateProblem | undefined {
  if (month < 1 || month > 12) return { kind: 'month', month };
  const lastDay = daysInMonth(year, month);
  if (day < 1 || day > lastDay) return { kind: 'day', day, month, year, lastDay };
  return undefined;
}

/** Why `value` is not an existing calendar day `YYYY-MM-DD`; undefined when it is one. */
export function dayProblem(value: unknown): DateProblem | undefined {
  const m = typeof value === 'string' ? DAY.exec(value) : null;
  if (!m) return { kind: 'format', expected: 'date' };
  return dayPartProblem(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Why `value` is not an existing moment (ISO 8601 with `Z` or an offset); undefined when it is one. */
export function dateTimeProblem(value: unknown): DateProblem | undefined {
  const m = typeof value === 'string' ? INSTANT.exec(value) : null;
  if (!m) return { kind: 'format', expected: 'datetime' };
  const day = dayPartProblem(Number(m[1]), Number(m[2]), Number(m[3]));
  if (day) return day;
  const [hours, minutes, seconds] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59) return { kind: 'time', time: `${m[4]}:${m[5]}${m[6] ? `:${m[6]}` : ''}` };
  const offset = m[7]!;
  if (offset !== 'Z' && (Number(offset.slice(1, 3)) > 23 || Number(offset.slice(4, 6)) > 59)) return { kind: 'offset', offset };
  return undefined;
}

/** True when `value` is an existing calendar day `YYYY-MM-DD`. */
export function isDay(value: unknown): value is string {
  return dayProblem(value) === undefined;
}

/** True when `value` is an existing moment in ISO 8601 with a zone. */
export function isDateTime(value: unknown): value is string {
  return dateTimeProblem(value) === undefined;
}

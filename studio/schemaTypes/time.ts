/** The Amsterdam calendar day (YYYY-MM-DD) of an ISO date-time, or undefined. */
export function amsterdamDay(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(date);
}

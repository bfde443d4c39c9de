// Dates and times as a Dutch school reads them: in the Netherlands' time zone, in the chosen language.

const ZONE = 'Europe/Amsterdam';

function locale(language: string): string {
  return language === 'en' ? 'en-GB' : 'nl-NL';
}

export function formatDateTime(iso: string | null | undefined, language: string): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(language), { timeZone: ZONE, dateStyle: 'medium', timeStyle: 'short' })
    .format(date);
}

/** A day (yyyy-mm-dd) as it is: no time zone shifts. */
export function formatDay(day: string | null | undefined, language: string): string {
  if (!day) return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale(language), { timeZone: 'UTC', dateStyle: 'medium' }).format(date);
}

/** A month (yyyy-mm) as "nov 2026". */
export function formatMonth(month: string, language: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(locale(language), { timeZone: 'UTC', month: 'short', year: 'numeric' }).format(date);
}

/** Compact, for table cells: 25-11-2026 17:28. */
export function formatDateTimeShort(iso: string | null | undefined, language: string): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(language), {
    timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit',
  }).format(date);
}

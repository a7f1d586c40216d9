/** Dates for French readers, through Intl with the fr-FR locale. */
const dayMonthYear = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "1993-04-30" → « 30 avril 1993 », "1993-04" → « avril 1993 », "1993" → « 1993 »; the first of the month is « 1er ». */
export function formatPartialDate(value: string): string {
  const [y, m, d] = value.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return value;
  if (m === undefined) return String(y);
  const date = new Date(Date.UTC(y, m - 1, d ?? 1));
  if (d === undefined) return monthYear.format(date);
  const text = dayMonthYear.format(date);
  return d === 1 ? text.replace(/^1 /, '1er ') : text;
}

export function formatDate(date: Date): string {
  return formatPartialDate(date.toISOString().slice(0, 10));
}

/** Precision of a partial date, for sorting and display. */
export function partialDateSortKey(value: string): string {
  return value.padEnd(10, '-00');
}

/** Aligned text tables and French number formats for the bench's report. */

/** 1 ko = 1000 octets, as the budgets are written. */
export function ko(bytes: number, digits = 1): string {
  return `${new Intl.NumberFormat('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(bytes / 1000)} ko`;
}

export function seconds(value: number): string {
  return `${new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value)} s`;
}

export function number(value: number, digits = 0): string {
  return new Intl.NumberFormat('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** Right-aligns the columns whose cells all look like numbers. */
export function table(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((row) => (row[i] ?? '').length)));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((row) => /^[\d\s  ,.×+−-]*\s?(ko|s|%|ms)?$/.test(row[i] ?? '') || (row[i] ?? '') === '—'));
  const line = (row: string[]): string =>
    row
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

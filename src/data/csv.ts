/**
 * One CSV cell: dates as ISO 8601, quoted when needed, and a leading =, +, -, @ or control character defused so
 * that a spreadsheet opening an export never runs a formula from stored text.
 */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (CRLF-terminated) of the given columns of a record. */
export function csvLine<T extends object>(record: T, columns: readonly (keyof T)[]): string {
  return `${columns.map((c) => csvCell(record[c])).join(',')}\r\n`;
}

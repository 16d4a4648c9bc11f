/**
 * RFC 4180 writing: CRLF records, fields quoted when they hold a comma, quote or line break,
 * and text that a spreadsheet would run as a formula neutralised (shared/csv-cell.ts).
 */
import { csvField } from '../../../shared/csv-cell';

export type CsvCell = string | number | null;

/** A header row and records → CSV text ending with CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

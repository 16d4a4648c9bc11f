/**
 * Parses daily closes from the two layouts the app accepts:
 * - CBOE: `DATE,OPEN,HIGH,LOW,CLOSE` with MM/DD/YYYY dates (VIX_History.csv, SPX_History.csv);
 * - generic: `date,close` with YYYY-MM-DD dates.
 * Columns are found by header name (case-insensitive, any order, extra columns ignored). A BOM,
 * CRLF / LF / CR line ends, quotes, blank lines and trailing commas are tolerated. Any bad row
 * rejects the whole file, with line numbers, so an import is all or nothing (docs/import.md).
 */
import { importDate } from './import-date';
import { toHundredths } from '../money';
import type { ApiIssue } from '../api/errors';
import { forEachCsvRecord, type CsvRecord } from './csv-rows';
import { hasUndecoded } from './text-bytes';

export interface ParsedClose {
  date: string;
  closeHundredths: number;
}

export type MarketCsvResult =
  | {
    ok: true;
    closes: ParsedClose[];
    /** Data rows read, including repeats. */
    rows: number;
    /** Rows that repeat an earlier row's date with the same close: counted once, reported. */
    duplicateRows: number;
  }
  | { ok: false; issues: ApiIssue[]; totalErrors: number };

const MAX_REPORTED = 20;
/** 10 million points: far above any index level, far below unsafe integers. */
const MAX_CLOSE = 10_000_000;
const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

interface Columns {
  count: number;
  date: number;
  close: number;
  low: number;
  high: number;
}

/** Stands for a refused header: its error stands alone, the rows are not read. */
const REFUSED: Columns = { count: 0, date: -1, close: -1, low: -1, high: -1 };

export function parseMarketCsv(text: string): MarketCsvResult {
  const issues: ApiIssue[] = [];
  let totalErrors = 0;
  const report = (lineNumber: number, message: string) => {
    totalErrors += 1;
    if (issues.length < MAX_REPORTED) issues.push({ path: `line ${lineNumber}`, message });
  };
  const byDate = new Map<string, { closeHundredths: number; line: number }>();
  const closes: ParsedClose[] = [];
  let columns: Columns | null = null;
  let rows = 0;
  let duplicateRows = 0;

  const syntax = forEachCsvRecord(text.replace(/^\uFEFF/, ''), (record) => {
    if (columns === null) {
      const header = readHeader(record);
      if ('message' in header) report(record.line, header.message);
      columns = 'message' in header ? REFUSED : header;
      return;
    }
    if (columns.count === 0) return; // the header was refused; its error stands alone
    rows += 1;
    const parsed = readRow(record, columns);
    if (typeof parsed === 'string') return report(record.line, parsed);
    const seen = byDate.get(parsed.date);
    if (seen !== undefined) {
      if (seen.closeHundredths === parsed.closeHundredths) duplicateRows += 1;
      else report(record.line, `${parsed.date} appears twice with different closes (line ${seen.line}: ${seen.closeHundredths / 100}, here: ${parsed.closeHundredths / 100})`);
      return;
    }
    byDate.set(parsed.date, { closeHundredths: parsed.closeHundredths, line: record.line });
    closes.push(parsed);
  });
  if (syntax) report(syntax.line, syntax.message);
  if (columns === null && totalErrors === 0) report(1, 'the file is empty');
  if (totalErrors > 0) return { ok: false, issues, totalErrors };
  return { ok: true, closes, rows, duplicateRows };
}

function readHeader(record: CsvRecord): Columns | { message: string } {
  const names = record.cells.map((cell) => cell.toLowerCase());
  while (names.length > 0 && names[names.length - 1] === '') names.pop();
  const find = (name: string) => names.indexOf(name);
  const [date, close] = [find('date'), find('close')];
  if (date < 0 || close < 0) {
    return { message: `expected a header with DATE and CLOSE columns (CBOE DATE,OPEN,HIGH,LOW,CLOSE or date,close), found "${record.cells.join(',').slice(0, 80)}"` };
  }
  const twice = ['date', 'close'].find((name) => names.lastIndexOf(name) !== names.indexOf(name));
  if (twice) return { message: `the header names ${twice.toUpperCase()} twice` };
  return { count: names.length, date, close, low: find('low'), high: find('high') };
}

/** One data row → a close, or the message for its line. */
function readRow(record: CsvRecord, columns: Columns): ParsedClose | string {
  const { cells } = record;
  if (cells.length < columns.count) {
    return `expected ${columns.count} columns as in the header, found ${cells.length}${record.unterminated ? ' (the file seems cut short)' : ''}`;
  }
  // Trailing commas (empty cells past the header) are harmless; anything else is a shifted row.
  for (let i = columns.count; i < cells.length; i += 1) {
    if (cells[i] !== '') return `expected ${columns.count} columns as in the header, found ${cells.length}`;
  }
  if (cells.some(hasUndecoded)) return 'holds a character that was not decoded (U+FFFD or NUL): the file is not UTF-8/UTF-16 text';
  const dateText = cells[columns.date] ?? '';
  const date = importDate(dateText);
  if (date === null) return `"${dateText.slice(0, 40)}" is not a date (MM/DD/YYYY or YYYY-MM-DD)`;
  const closeText = cells[columns.close] ?? '';
  const close = DECIMAL.test(closeText) ? Number(closeText) : Number.NaN;
  if (!(close > 0) || close > MAX_CLOSE) return `close "${closeText.slice(0, 40)}" must be a positive number (digits and a decimal point, at most ${MAX_CLOSE.toLocaleString('en-US')})`;
  const closeHundredths = toHundredths(close);
  if (closeHundredths <= 0) return `close "${closeText}" rounds to 0.00`;
  // A row cut inside its CLOSE still parses; in the CBOE layout its LOW..HIGH range gives it away.
  if (record.unterminated && outsideRange(close, cells, columns)) {
    return `close ${closeText} is outside the day's LOW..HIGH range (the file seems cut short)`;
  }
  return { date, closeHundredths };
}

function outsideRange(close: number, cells: readonly string[], columns: Columns): boolean {
  if (columns.low < 0 || columns.high < 0) return false;
  const [low, high] = [Number(cells[columns.low]), Number(cells[columns.high])];
  if (!(low > 0) || !(high >= low)) return false;
  return close < low - 0.005 || close > high + 0.005;
}

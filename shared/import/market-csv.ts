/**
 * Parses daily closes (and opens, where the layout has them) from the layouts traders have:
 * - CBOE: `DATE,OPEN,HIGH,LOW,CLOSE` with MM/DD/YYYY dates (VIX_History.csv, SPX_History.csv);
 * - Yahoo Finance: `Date,Open,High,Low,Close,Adj Close,Volume` (CLOSE is read, not Adj Close);
 * - Stooq: `Date,Open,High,Low,Close,Volume`;
 * - Investing.com: `"Date","Price","Open","High","Low","Vol.","Change %"`, PRICE being the close,
 *   numbers quoted with thousands separators (`"7,485.49"`);
 * - generic: `date,close` with YYYY-MM-DD dates.
 * Columns are found by header name (case-insensitive, any order, extra columns ignored). A BOM,
 * CRLF / LF / CR line ends, quotes, blank lines and trailing commas are tolerated. Any bad row
 * rejects the whole file, with line numbers, so an import is all or nothing (docs/import.md).
 */
import { importDate } from './import-date';
import { hundredthsToPoints, toHundredths } from '../money';
import type { ApiIssue } from '../api/errors';
import { forEachCsvRecord, type CsvRecord } from './csv-rows';
import { hasUndecoded } from './text-bytes';

export interface ParsedClose {
  date: string;
  closeHundredths: number;
  /** The day's OPEN; null when the layout has no OPEN column or the cell is empty or 0. */
  openHundredths: number | null;
}

/** The layouts named in the refusal of an unknown header (docs/import.md). */
export const ACCEPTED_LAYOUTS = 'CBOE DATE,OPEN,HIGH,LOW,CLOSE; Yahoo Finance Date,Open,High,Low,Close,Adj Close,Volume; Stooq Date,Open,High,Low,Close,Volume; Investing.com "Date","Price","Open","High","Low","Vol.","Change %"; or date,close';

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
/** Investing.com writes 7485.49 as "7,485.49": groups of three digits after the first comma. */
const GROUPED_DECIMAL = /^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;

interface Columns {
  count: number;
  date: number;
  close: number;
  open: number;
  low: number;
  high: number;
  /** Numbers may carry thousands separators (Investing.com). */
  grouped: boolean;
}

/** Stands for a refused header: its error stands alone, the rows are not read. */
const REFUSED: Columns = { count: 0, date: -1, close: -1, open: -1, low: -1, high: -1, grouped: false };

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
      if (seen.closeHundredths === parsed.closeHundredths) duplicateRows += 1; // a repeated row keeps the first row's open
      else report(record.line, `${parsed.date} appears twice with different closes (line ${seen.line}: ${hundredthsToPoints(seen.closeHundredths)}, here: ${hundredthsToPoints(parsed.closeHundredths)})`);
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
  const date = find('date');
  // Investing.com calls the close PRICE; a file with both columns keeps CLOSE.
  const closeName = names.includes('close') ? 'close' : 'price';
  const close = find(closeName);
  if (date < 0 || close < 0) {
    return { message: `expected a header with DATE and CLOSE (or PRICE) columns — accepted layouts: ${ACCEPTED_LAYOUTS} — found "${record.cells.join(',').slice(0, 80)}"` };
  }
  const twice = ['date', closeName, 'open'].find((name) => names.lastIndexOf(name) !== names.indexOf(name));
  if (twice) return { message: `the header names ${twice.toUpperCase()} twice` };
  return { count: names.length, date, close, open: find('open'), low: find('low'), high: find('high'), grouped: closeName === 'price' };
}

/** A price cell as a number; NaN when it is not digits and a decimal point (or grouped digits). */
function priceOf(text: string, grouped: boolean): number {
  if (DECIMAL.test(text)) return Number(text);
  return grouped && GROUPED_DECIMAL.test(text) ? Number(text.replace(/,/g, '')) : Number.NaN;
}

/** The OPEN cell in hundredths; null when absent, empty or 0 (old files leave it blank); a message when garbled. */
function openOf(cells: readonly string[], columns: Columns): number | null | string {
  if (columns.open < 0) return null;
  const text = cells[columns.open] ?? '';
  if (text === '') return null;
  const open = priceOf(text, columns.grouped);
  if (open === 0) return null;
  if (!(open > 0) || open > MAX_CLOSE) return `open "${text.slice(0, 40)}" must be a positive number or empty`;
  const openHundredths = toHundredths(open);
  return openHundredths > 0 ? openHundredths : null;
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
  const close = priceOf(closeText, columns.grouped);
  if (!(close > 0) || close > MAX_CLOSE) return `close "${closeText.slice(0, 40)}" must be a positive number (digits and a decimal point, at most ${MAX_CLOSE.toLocaleString('en-US')})`;
  const closeHundredths = toHundredths(close);
  if (closeHundredths <= 0) return `close "${closeText}" rounds to 0.00`;
  // A row cut inside its CLOSE still parses; in the CBOE layout its LOW..HIGH range gives it away.
  if (record.unterminated && outsideRange(close, cells, columns)) {
    return `close ${closeText} is outside the day's LOW..HIGH range (the file seems cut short)`;
  }
  const openHundredths = openOf(cells, columns);
  if (typeof openHundredths === 'string') return openHundredths;
  return { date, closeHundredths, openHundredths };
}

function outsideRange(close: number, cells: readonly string[], columns: Columns): boolean {
  if (columns.low < 0 || columns.high < 0) return false;
  const [low, high] = [priceOf(cells[columns.low] ?? '', columns.grouped), priceOf(cells[columns.high] ?? '', columns.grouped)];
  if (!(low > 0) || !(high >= low)) return false;
  return close < low - 0.005 || close > high + 0.005;
}

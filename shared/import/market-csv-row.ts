/**
 * One market CSV record read the careful way: the header's columns by name, each data row's
 * date, close and open with the exact message for a bad row (the rules are in market-csv.ts).
 * The fast path (market-csv-fast-row.ts) must give the same answer for the rows it takes.
 */
import { importDate } from './import-date';
import { toHundredths } from '../money';
import type { CsvRecord } from './csv-rows';
import { hasUndecoded } from './text-bytes';

export interface ParsedClose {
  date: string;
  closeHundredths: number;
  /** The day's OPEN; null when the layout has no OPEN column or the cell is empty or 0. */
  openHundredths: number | null;
}

/** The layouts named in the refusal of an unknown header (docs/import.md). */
export const ACCEPTED_LAYOUTS = 'CBOE DATE,OPEN,HIGH,LOW,CLOSE; Yahoo Finance Date,Open,High,Low,Close,Adj Close,Volume; Stooq Date,Open,High,Low,Close,Volume; Investing.com "Date","Price","Open","High","Low","Vol.","Change %"; or date,close';

/** 10 million points: far above any index level, far below unsafe integers. */
export const MAX_CLOSE = 10_000_000;
const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/;
/** Investing.com writes 7485.49 as "7,485.49": groups of three digits after the first comma. */
const GROUPED_DECIMAL = /^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;

export interface Columns {
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
export const REFUSED: Columns = { count: 0, date: -1, close: -1, open: -1, low: -1, high: -1, grouped: false };

export function readHeader(record: CsvRecord): Columns | { message: string } {
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

/** Why a row's cells do not line up with the header's, or null. */
function shapeError({ cells, unterminated }: CsvRecord, columns: Columns): string | null {
  if (cells.length < columns.count) {
    return `expected ${columns.count} columns as in the header, found ${cells.length}${unterminated ? ' (the file seems cut short)' : ''}`;
  }
  // Trailing commas (empty cells past the header) are harmless; anything else is a shifted row.
  for (let i = columns.count; i < cells.length; i += 1) {
    if (cells[i] !== '') return `expected ${columns.count} columns as in the header, found ${cells.length}`;
  }
  return null;
}

/** One data row → a close, or the message for its line. */
export function readRow(record: CsvRecord, columns: Columns): ParsedClose | string {
  const { cells } = record;
  const shape = shapeError(record, columns);
  if (shape !== null) return shape;
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

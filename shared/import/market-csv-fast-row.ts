/**
 * The common market row read without splitting it into cells: an unquoted line with exactly the
 * header's column count, a date `importDate` accepts as written, and plain decimal CLOSE / OPEN
 * cells. Anything else (blanks around a cell, trailing commas, a bad value, the file's last line
 * when it has no line break) returns null and goes through the careful reader
 * (market-csv-row.ts), which gives every message. For the rows it does take, the answer is the
 * careful reader's (a property test checks it, market-csv.property.test.ts).
 */
import { toHundredths } from '../money';
import { importDateKey } from './import-date';
import { MAX_CLOSE, type Columns } from './market-csv-row';

/** Where {@link fastRow} puts a row it read (one object reused for every row). */
export interface FastRow {
  dateKey: number;
  closeHundredths: number;
  /** 0 = none. */
  openHundredths: number;
}

/** The careful reader's DECIMAL (market-csv-row.ts): digits with at most one decimal point. */
const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

/** The number a plain decimal cell writes, or NaN: the careful reader's test and `Number`, on the same text. */
function plainDecimal(text: string, start: number, end: number): number {
  const cell = text.slice(start, end);
  return DECIMAL.test(cell) ? Number(cell) : Number.NaN;
}

/** The OPEN cell: 0 (empty, 0 or rounding to 0.00 = none), its hundredths, or -1 for the careful reader. */
function openAt(text: string, start: number, end: number): number {
  if (start === end) return 0;
  const open = plainDecimal(text, start, end);
  if (open === 0) return 0;
  if (!(open > 0) || open > MAX_CLOSE) return -1;
  const hundredths = toHundredths(open);
  return hundredths > 0 ? hundredths : 0;
}

/** Cell bounds of one row: [dateStart, dateEnd, closeStart, closeEnd, openStart, openEnd] (one array reused for every row). */
const bounds = new Int32Array(6);

const cellBound = (slot: number) => bounds[slot] ?? 0;

/** Finds the date, close and open cells of text[start, end) into {@link bounds}; false unless the row has exactly the header's cells. */
function locateCells(text: string, start: number, end: number, columns: Columns): boolean {
  // indexOf (native) finds the commas; this runs once per row, mostly before the JIT has optimised it.
  let cellStart = start;
  const lastField = columns.count - 1;
  for (let field = 0; field <= lastField; field += 1) {
    let cellEnd = text.indexOf(',', cellStart);
    if (cellEnd === -1 || cellEnd > end) {
      if (field < lastField) return false; // fewer cells than the header
      cellEnd = end;
    } else if (field === lastField) {
      return false; // more cells than the header (trailing commas included)
    }
    const slot = field === columns.date ? 0 : field === columns.close ? 2 : field === columns.open ? 4 : -1;
    if (slot >= 0) {
      bounds[slot] = cellStart;
      bounds[slot + 1] = cellEnd;
    }
    cellStart = cellEnd + 1;
  }
  return true;
}

/** Reads the row text[start, end) (one line, without its break) into `out`; false when the careful reader must read it. */
export function fastRow(text: string, start: number, end: number, columns: Columns, out: FastRow): boolean {
  bounds.fill(0);
  if (!locateCells(text, start, end, columns)) return false;
  const close = plainDecimal(text, cellBound(2), cellBound(3));
  if (!(close > 0) || close > MAX_CLOSE) return false;
  const closeHundredths = toHundredths(close);
  const openHundredths = columns.open < 0 ? 0 : openAt(text, cellBound(4), cellBound(5));
  // The careful reader trims a cell before reading its date; importDateKey trims the same way.
  const key = importDateKey(text, cellBound(0), cellBound(1));
  if (closeHundredths <= 0 || openHundredths < 0 || key < 0) return false;
  out.dateKey = key;
  out.closeHundredths = closeHundredths;
  out.openHundredths = openHundredths;
  return true;
}

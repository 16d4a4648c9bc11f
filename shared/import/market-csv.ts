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
 *
 * Speed (docs/performance.md): a file without quotes is read line by line and its common rows
 * without splitting them into cells (market-csv-fast-row.ts); every other line, and every file
 * with a quote, goes through the CSV record reader (csv-rows.ts) and the careful row reader
 * (market-csv-row.ts). Both give the same closes and the same messages.
 */
import type { ApiIssue } from '../api/errors';
import { forEachCsvRecord, skipBreak, unquotedRecord, type CsvRecord } from './csv-rows';
import { dateKey, isoOfKey } from '../market/date-key';
import type { CloseColumns } from '../market/close-columns';
import { fastRow, type FastRow } from './market-csv-fast-row';
import { readHeader, readRow, REFUSED, type Columns, type ParsedClose } from './market-csv-row';
import { hasUndecoded } from './text-bytes';

export { ACCEPTED_LAYOUTS, type ParsedClose } from './market-csv-row';

export type MarketCsvResult =
  | {
    ok: true;
    closes: ParsedClose[];
    /** Data rows read, including repeats. */
    rows: number;
    /** Rows that repeat an earlier row's date with the same close: counted once, reported. */
    duplicateRows: number;
  }
  | MarketCsvRefusal;

export interface MarketCsvRefusal {
  ok: false;
  issues: ApiIssue[];
  totalErrors: number;
}

/** The same parse with the closes as columns (what the import uses: no object per row). */
export type MarketColumnsResult = { ok: true; columns: CloseColumns; rows: number; duplicateRows: number } | MarketCsvRefusal;

const MAX_REPORTED = 20;

/**
 * Int32 columns that grow by doubling: off the JavaScript heap, so the collector neither scans
 * nor copies them (hundredths up to 10 million points = 10⁹ and yyyymmdd keys fit in 31 bits).
 */
class Column {
  private values: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.values = new Int32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length] = value;
    this.length += 1;
  }

  at(i: number): number {
    return this.values[i] ?? 0;
  }

  /** The filled part (a view, not a copy). */
  filled(): Int32Array {
    return this.values.subarray(0, this.length);
  }
}

/** What the parse has gathered: the header's columns, the closes in file order, the repeats and the errors. */
class Gathered {
  columns: Columns | null = null;
  readonly dateKeys: Column;
  readonly closeHundredths: Column;
  readonly openHundredths: Column;
  /** The file line of each close (for the message of a date that comes back with another close). */
  private readonly lines: Column;
  /** Index of each date's close, built only once the dates stop ascending (while they ascend, a new date cannot repeat one). */
  private byDate: Map<number, number> | null = null;
  readonly issues: ApiIssue[] = [];
  totalErrors = 0;
  rows = 0;
  duplicateRows = 0;

  /** `capacity`: a guess at the row count (grown when short). */
  constructor(capacity: number) {
    this.dateKeys = new Column(capacity);
    this.closeHundredths = new Column(capacity);
    this.openHundredths = new Column(capacity);
    this.lines = new Column(capacity);
  }

  report(lineNumber: number, message: string): void {
    this.totalErrors += 1;
    if (this.issues.length < MAX_REPORTED) this.issues.push({ path: `line ${lineNumber}`, message });
  }

  /** A record through the careful reader: the header, or a data row. */
  record(record: CsvRecord): void {
    if (this.columns === null) {
      const header = readHeader(record);
      if ('message' in header) this.report(record.line, header.message);
      this.columns = 'message' in header ? REFUSED : header;
      return;
    }
    if (this.columns.count === 0) return; // the header was refused; its error stands alone
    this.rows += 1;
    const parsed = readRow(record, this.columns);
    if (typeof parsed === 'string') this.report(record.line, parsed);
    else this.add(dateKey(parsed.date), parsed.closeHundredths, parsed.openHundredths ?? 0, record.line);
  }

  /** A read row: kept, counted as a repeat, or reported when its date comes back with another close. */
  add(key: number, close: number, open: number, line: number): void {
    const count = this.dateKeys.length;
    if (this.byDate === null && (count === 0 || key > this.dateKeys.at(count - 1))) {
      this.keep(key, close, open, line);
      return;
    }
    this.byDate ??= new Map(Array.from(this.dateKeys.filled(), (k, i) => [k, i]));
    const seenAt = this.byDate.get(key);
    if (seenAt === undefined) {
      this.byDate.set(key, count);
      this.keep(key, close, open, line);
      return;
    }
    const seenClose = this.closeHundredths.at(seenAt);
    if (seenClose === close) this.duplicateRows += 1; // a repeated row keeps the first row's open
    else this.report(line, `${isoOfKey(key)} appears twice with different closes (line ${this.lines.at(seenAt)}: ${seenClose / 100}, here: ${close / 100})`);
  }

  private keep(key: number, close: number, open: number, line: number): void {
    this.dateKeys.push(key);
    this.closeHundredths.push(close);
    this.openHundredths.push(open);
    this.lines.push(line);
  }
}

export interface MarketCsvOptions {
  /** false reads every row the careful way (the reference the fast path is tested against). */
  fastRows?: boolean;
}

/** The closes of a market file, one object per row (backtests, tests); see {@link parseMarketColumns}. */
export function parseMarketCsv(text: string, options: MarketCsvOptions = {}): MarketCsvResult {
  const parsed = parseMarketColumns(text, options);
  if (!parsed.ok) return parsed;
  const { dateKeys, closeHundredths, openHundredths } = parsed.columns;
  const closes = Array.from(dateKeys, (key, i): ParsedClose => ({
    date: isoOfKey(key), closeHundredths: closeHundredths[i] ?? 0, openHundredths: openHundredths[i] || null,
  }));
  return { ok: true, closes, rows: parsed.rows, duplicateRows: parsed.duplicateRows };
}

/** The closes of a market file as columns, in file order, or every bad row (the first 20) with the total. */
export function parseMarketColumns(text: string, { fastRows = true }: MarketCsvOptions = {}): MarketColumnsResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // ~40 characters a row in the usual layouts; the columns grow if the guess is short.
  const gathered = new Gathered(16 + Math.ceil(body.length / 32));
  const quoteFree = fastRows && body.indexOf('"') < 0 && !hasUndecoded(body);
  const syntax = quoteFree ? readLines(body, gathered) : forEachCsvRecord(body, (record) => gathered.record(record));
  if (syntax) gathered.report(syntax.line, syntax.message);
  if (gathered.columns === null && gathered.totalErrors === 0) gathered.report(1, 'the file is empty');
  if (gathered.totalErrors > 0) return { ok: false, issues: gathered.issues, totalErrors: gathered.totalErrors };
  const columns = {
    dateKeys: gathered.dateKeys.filled(), closeHundredths: gathered.closeHundredths.filled(), openHundredths: gathered.openHundredths.filled(),
  };
  return { ok: true, columns, rows: gathered.rows, duplicateRows: gathered.duplicateRows };
}

/** Where each line ends (the next LF or CR), the next LF / CR positions cached so the text is scanned once overall. */
class LineEnds {
  private lf = -2;
  private cr = -2;

  constructor(private readonly text: string) {}

  from(pos: number): number {
    if (this.lf !== -1 && this.lf < pos) this.lf = this.text.indexOf('\n', pos);
    if (this.cr !== -1 && this.cr < pos) this.cr = this.text.indexOf('\r', pos);
    const { lf, cr } = this;
    if (lf === -1) return cr === -1 ? this.text.length : cr;
    return cr === -1 ? lf : Math.min(lf, cr);
  }
}

/**
 * A text without quotes, line by line as forEachCsvRecord reads it (LF, CRLF or lone CR; the
 * same line numbers): each data line through the fast row reader, or the careful one when it
 * declines. Never a syntax error (those need a quote).
 */
function readLines(text: string, gathered: Gathered): null {
  const n = text.length;
  const row: FastRow = { dateKey: 0, closeHundredths: 0, openHundredths: 0 };
  const ends = new LineEnds(text);
  let [pos, line] = [0, 1];
  while (pos < n) {
    const end = ends.from(pos);
    const { columns } = gathered;
    if (columns !== null && columns.count > 0 && end < n && fastRow(text, pos, end, columns, row)) {
      gathered.rows += 1;
      gathered.add(row.dateKey, row.closeHundredths, row.openHundredths, line);
    } else {
      const record = unquotedRecord(text.slice(pos, end), line, end === n);
      if (record !== null) gathered.record(record);
    }
    pos = skipBreak(text, end);
    line += 1;
  }
  return null;
}

/**
 * The checks that refuse a file which is not this symbol's closes, before anything is written
 * (docs/import.md "Refusals"). Each returns the rows that show it. All are pure: the caller
 * passes the stored closes of both symbols. Rows and stored bars are columns
 * (close-columns.ts): one pass per check over integers, no object per row.
 */
import type { ImportRefusal, MarketSymbol } from '../domain/types';
import { formatLevelHundredths } from '../format/money';
import type { StoredColumns } from './close-columns';
import { isoOfKey } from './date-key';
import { plausibleRangeInYear } from './plausible-levels';
import { signatureMismatchOf } from './series-signature';

export type { StoredBar } from './close-columns';

/** The file's closes on trading days, oldest first. */
export interface CheckRows {
  readonly dateKeys: Int32Array;
  readonly closeHundredths: Int32Array;
}

export interface CheckInput {
  symbol: MarketSymbol;
  rows: CheckRows;
  /** This symbol's stored bars, oldest first. */
  stored: StoredColumns;
  /** The other symbol's stored bars. */
  other: StoredColumns;
  tolerancePct: number;
}

const EXAMPLES = 10;
/** A file "is" another series when this share of the dates they share match it to the hundredth. */
const SAME_SERIES_SHARE = 0.8;
/** …on at least this many shared dates. */
const MIN_SHARED = 3;
/** Rows further than this multiple of the tolerance from the stored close are listed on their own. */
const ROW_TOLERANCE_MULTIPLE = 10;
/** SPX never moved more than 12% (log) and straight back the next day (1929-10-28/29); 15% both ways is a corrupt row. */
const SPX_SPIKE_LOG = 0.15;

const points = formatLevelHundredths;
const count = (n: number) => n.toLocaleString('en-US');
const close = (a: number, b: number) => Math.abs(a - b) <= 1;
const at = (column: ArrayLike<number>, i: number) => column[i] ?? 0;
const fileRow = (rows: CheckRows, i: number, compared: number | null) => ({
  date: isoOfKey(at(rows.dateKeys, i)), fileHundredths: at(rows.closeHundredths, i), comparedHundredths: compared,
});

/** Every refusal the file earns, in the order a trader should read them. */
export function importRefusals(input: CheckInput): ImportRefusal[] {
  const refusals = [implausibleLevels(input), signature(input), spikes(input), otherSymbol(input)];
  if (!matchesStored(input)) refusals.push(storedOpens(input), shiftedDates(input));
  refusals.push(differsFromStored(input));
  return refusals.filter((r): r is ImportRefusal => r !== null);
}

function implausibleLevels({ symbol, rows }: CheckInput): ImportRefusal | null {
  const outside: number[] = [];
  let [year, low, high] = [-1, 0, 0];
  for (let i = 0; i < rows.dateKeys.length; i += 1) {
    const rowYear = Math.floor(at(rows.dateKeys, i) / 10000);
    if (rowYear !== year) {
      const range = plausibleRangeInYear(symbol, rowYear);
      [year, low, high] = [rowYear, range.low * 100, range.high * 100];
    }
    const hundredths = at(rows.closeHundredths, i);
    if (hundredths < low || hundredths > high) outside.push(i);
  }
  const first = outside[0];
  if (first === undefined) return null;
  const example = fileRow(rows, first, null);
  const range = plausibleRangeInYear(symbol, Math.floor(at(rows.dateKeys, first) / 10000));
  return {
    rule: 'implausible-level',
    message: `${count(outside.length)} close(s) are outside ${symbol}'s plausible range (e.g. ${example.date}: ${points(example.fileHundredths)}, where ${symbol} is plausible between ${points(range.low * 100)} and ${points(range.high * 100)})`,
    rows: outside.slice(0, EXAMPLES).map((i) => fileRow(rows, i, null)),
  };
}

function signature({ symbol, rows }: CheckInput): ImportRefusal | null {
  const why = signatureMismatchOf(symbol, rows.dateKeys, rows.closeHundredths);
  return why === null ? null : { rule: 'signature', message: why, rows: [] };
}

function spikes({ symbol, rows }: CheckInput): ImportRefusal | null {
  if (symbol !== 'SPX') return null;
  const found: number[] = [];
  const closes = rows.closeHundredths;
  for (let i = 1; i + 1 < closes.length; i += 1) {
    const up = Math.log(at(closes, i) / at(closes, i - 1));
    const back = Math.log(at(closes, i + 1) / at(closes, i));
    if (Math.abs(up) > SPX_SPIKE_LOG && Math.abs(back) > SPX_SPIKE_LOG && up * back < 0) found.push(i);
  }
  const first = found[0];
  if (first === undefined) return null;
  const example = fileRow(rows, first, null);
  return {
    rule: 'spikes',
    message: `${count(found.length)} close(s) jump more than 16% and straight back the next day, which SPX never did (e.g. ${example.date}: ${points(example.fileHundredths)})`,
    rows: found.slice(0, EXAMPLES).map((i) => fileRow(rows, i, null)),
  };
}

interface Paired {
  shared: number;
  matching: number;
  /** The first matching rows (index into the rows, the value they matched). */
  examples: { row: number; value: number }[];
  looksSame: boolean;
}

/** Rows paired with another series' value on the same date (0 = none that day); null `valueOn` = nothing stored. */
function pairs(rows: CheckRows, valueOn: ((dateKey: number) => number) | null): Paired {
  let [shared, matching] = [0, 0];
  const examples: Paired['examples'] = [];
  for (let i = 0; valueOn !== null && i < rows.dateKeys.length; i += 1) {
    const value = valueOn(at(rows.dateKeys, i));
    if (value === 0) continue;
    shared += 1;
    if (!close(at(rows.closeHundredths, i), value)) continue;
    matching += 1;
    if (examples.length < EXAMPLES) examples.push({ row: i, value });
  }
  return { shared, matching, examples, looksSame: shared >= MIN_SHARED && matching >= SAME_SERIES_SHARE * shared };
}

/** The value of `column` stored on a date, 0 when none; null when nothing is stored at all. */
function lookup(stored: StoredColumns, column: ArrayLike<number>, lag = 0): ((dateKey: number) => number) | null {
  if (stored.indexOf.size === 0) return null;
  return (dateKey) => {
    const i = stored.indexOf.get(dateKey);
    return i === undefined ? 0 : at(column, i + lag);
  };
}

function sameSeriesRefusal(rule: ImportRefusal['rule'], what: string, found: Paired, rows: CheckRows): ImportRefusal {
  return {
    rule,
    message: `these look like ${what}: ${count(found.matching)} of the ${count(found.shared)} dates they share are equal to the hundredth`,
    rows: found.examples.map(({ row, value }) => fileRow(rows, row, value)),
  };
}

function otherSymbol({ symbol, rows, other }: CheckInput): ImportRefusal | null {
  const name = symbol === 'SPX' ? 'VIX' : 'SPX';
  const found = pairs(rows, lookup(other, other.closeHundredths));
  return found.looksSame ? sameSeriesRefusal('other-symbol', `the ${name} closes already stored, not ${symbol}`, found, rows) : null;
}

/** The file is this symbol's stored closes (the usual re-import): the opens and shift checks stand down. */
function matchesStored({ rows, stored }: CheckInput): boolean {
  const found = pairs(rows, lookup(stored, stored.closeHundredths));
  return found.shared === 0 || found.matching >= found.shared / 2;
}

function storedOpens({ symbol, rows, stored }: CheckInput): ImportRefusal | null {
  const found = pairs(rows, lookup(stored, stored.openHundredths));
  return found.looksSame ? sameSeriesRefusal('stored-opens', `${symbol}'s OPEN prices stored for those days, not its closes (a column of opens?)`, found, rows) : null;
}

function shiftedDates({ symbol, rows, stored }: CheckInput): ImportRefusal | null {
  for (const lag of [-1, 1, -2, 2]) {
    const found = pairs(rows, lookup(stored, stored.closeHundredths, lag));
    if (found.looksSame) {
      const which = `${Math.abs(lag)} trading day${Math.abs(lag) > 1 ? 's' : ''} ${lag < 0 ? 'later' : 'earlier'}`;
      return sameSeriesRefusal('shifted-dates', `${symbol}'s stored closes dated ${which} than they should be (shifted dates)`, found, rows);
    }
  }
  return null;
}

function differsFromStored({ symbol, rows, stored, tolerancePct }: CheckInput): ImportRefusal | null {
  const [index, values, pcts]: number[][] = [[], [], []];
  const valueOn = lookup(stored, stored.closeHundredths);
  for (let i = 0; valueOn !== null && i < rows.dateKeys.length; i += 1) {
    const value = valueOn(at(rows.dateKeys, i));
    if (value === 0) continue;
    index.push(i);
    values.push(value);
    pcts.push(100 * Math.abs(at(rows.closeHundredths, i) / value - 1));
  }
  if (index.length === 0) return null;
  const sorted = Float64Array.from(pcts).sort();
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? at(sorted, mid) : (at(sorted, mid - 1) + at(sorted, mid)) / 2;
  const far = pcts.filter((pct) => pct > ROW_TOLERANCE_MULTIPLE * tolerancePct).length;
  if (median <= tolerancePct && far === 0) return null;
  const largest = pcts.map((_, d) => d).sort((a, b) => at(pcts, b) - at(pcts, a)).slice(0, EXAMPLES);
  const describe = (d: number) => `${isoOfKey(at(rows.dateKeys, at(index, d)))}: ${points(at(rows.closeHundredths, at(index, d)))} vs ${points(at(values, d))} stored (${at(pcts, d).toFixed(1)}%)`;
  const top = largest.slice(0, 3).map(describe).join('; ');
  const why = median > tolerancePct
    ? `on the ${count(index.length)} dates already stored, the file differs from the stored ${symbol} closes by ${median.toFixed(2)}% (median), more than the ${tolerancePct}% tolerance`
    : `${count(far)} close(s) differ from the stored ${symbol} closes by more than ${ROW_TOLERANCE_MULTIPLE * tolerancePct}%`;
  return { rule: 'differs-from-stored', message: `${why}; largest: ${top}`, rows: largest.map((d) => fileRow(rows, at(index, d), at(values, d))) };
}

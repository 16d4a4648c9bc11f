/**
 * REFERENCE ONLY (tests): the import plan as it was before the columnar fast path, one object per
 * row, frozen from commit 7eb38b3. market-import.property.test.ts checks that the columnar
 * import-plan.ts / import-checks.ts give exactly its answers on random files. Not for app code.
 */
/**
 * The checks that refuse a file which is not this symbol's closes, before anything is written
 * (docs/import.md "Refusals"). Each returns the rows that show it. All are pure: the caller
 * passes the stored closes of both symbols.
 */
import type { ImportRefusal, MarketSymbol } from '../../domain/types';
import type { ParsedClose } from '../../import/market-csv';
import { plausibleRange } from '../plausible-levels';
import { signatureMismatch } from '../series-signature';

export interface StoredBar {
  closeHundredths: number;
  openHundredths: number | null;
}

export interface CheckInput {
  symbol: MarketSymbol;
  /** The file's closes on trading days, oldest first. */
  rows: readonly ParsedClose[];
  /** This symbol's stored bars by date, and their dates oldest first. */
  stored: ReadonlyMap<string, StoredBar>;
  storedDates: readonly string[];
  /** The other symbol's stored closes by date, hundredths. */
  other: ReadonlyMap<string, number>;
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

const points = (hundredths: number) => (hundredths / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const count = (n: number) => n.toLocaleString('en-US');
const close = (a: number, b: number) => Math.abs(a - b) <= 1;

/** Every refusal the file earns, in the order a trader should read them. */
export function importRefusals(input: CheckInput): ImportRefusal[] {
  const refusals = [implausibleLevels(input), signature(input), spikes(input), otherSymbol(input)];
  if (!matchesStored(input)) refusals.push(storedOpens(input), shiftedDates(input));
  refusals.push(differsFromStored(input));
  return refusals.filter((r): r is ImportRefusal => r !== null);
}

function implausibleLevels({ symbol, rows }: CheckInput): ImportRefusal | null {
  const outside = rows.filter((row) => {
    const { low, high } = plausibleRange(symbol, row.date);
    return row.closeHundredths < low * 100 || row.closeHundredths > high * 100;
  });
  const first = outside[0];
  if (!first) return null;
  const range = plausibleRange(symbol, first.date);
  return {
    rule: 'implausible-level',
    message: `${count(outside.length)} close(s) are outside ${symbol}'s plausible range (e.g. ${first.date}: ${points(first.closeHundredths)}, where ${symbol} is plausible between ${points(range.low * 100)} and ${points(range.high * 100)})`,
    rows: outside.slice(0, EXAMPLES).map((row) => ({ date: row.date, fileHundredths: row.closeHundredths, comparedHundredths: null })),
  };
}

function signature({ symbol, rows }: CheckInput): ImportRefusal | null {
  const why = signatureMismatch(symbol, rows);
  return why === null ? null : { rule: 'signature', message: why, rows: [] };
}

function spikes({ symbol, rows }: CheckInput): ImportRefusal | null {
  if (symbol !== 'SPX') return null;
  const found: ParsedClose[] = [];
  for (let i = 1; i + 1 < rows.length; i += 1) {
    const [before, row, after] = [rows[i - 1], rows[i], rows[i + 1]];
    if (!before || !row || !after) continue;
    const up = Math.log(row.closeHundredths / before.closeHundredths);
    const back = Math.log(after.closeHundredths / row.closeHundredths);
    if (Math.abs(up) > SPX_SPIKE_LOG && Math.abs(back) > SPX_SPIKE_LOG && up * back < 0) found.push(row);
  }
  const first = found[0];
  if (!first) return null;
  return {
    rule: 'spikes',
    message: `${count(found.length)} close(s) jump more than 16% and straight back the next day, which SPX never did (e.g. ${first.date}: ${points(first.closeHundredths)})`,
    rows: found.slice(0, EXAMPLES).map((row) => ({ date: row.date, fileHundredths: row.closeHundredths, comparedHundredths: null })),
  };
}

/** Rows paired with another series' value on the same date (or `lag` stored rows away). */
function pairs(rows: readonly ParsedClose[], valueOn: (date: string) => number | null | undefined) {
  const shared: { row: ParsedClose; value: number }[] = [];
  for (const row of rows) {
    const value = valueOn(row.date);
    if (value !== null && value !== undefined) shared.push({ row, value });
  }
  const matching = shared.filter(({ row, value }) => close(row.closeHundredths, value));
  return { shared, matching, looksSame: shared.length >= MIN_SHARED && matching.length >= SAME_SERIES_SHARE * shared.length };
}

function sameSeriesRefusal(rule: ImportRefusal['rule'], what: string, found: ReturnType<typeof pairs>): ImportRefusal {
  return {
    rule,
    message: `these look like ${what}: ${count(found.matching.length)} of the ${count(found.shared.length)} dates they share are equal to the hundredth`,
    rows: found.matching.slice(0, EXAMPLES).map(({ row, value }) => ({ date: row.date, fileHundredths: row.closeHundredths, comparedHundredths: value })),
  };
}

function otherSymbol({ symbol, rows, other }: CheckInput): ImportRefusal | null {
  const name = symbol === 'SPX' ? 'VIX' : 'SPX';
  const found = pairs(rows, (date) => other.get(date));
  return found.looksSame ? sameSeriesRefusal('other-symbol', `the ${name} closes already stored, not ${symbol}`, found) : null;
}

/** The file is this symbol's stored closes (the usual re-import): the opens and shift checks stand down. */
function matchesStored({ rows, stored }: CheckInput): boolean {
  const found = pairs(rows, (date) => stored.get(date)?.closeHundredths);
  return found.shared.length === 0 || found.matching.length >= found.shared.length / 2;
}

function storedOpens({ symbol, rows, stored }: CheckInput): ImportRefusal | null {
  const found = pairs(rows, (date) => stored.get(date)?.openHundredths);
  return found.looksSame ? sameSeriesRefusal('stored-opens', `${symbol}'s OPEN prices stored for those days, not its closes (a column of opens?)`, found) : null;
}

function shiftedDates({ symbol, rows, stored, storedDates }: CheckInput): ImportRefusal | null {
  const index = new Map(storedDates.map((date, i) => [date, i]));
  for (const lag of [-1, 1, -2, 2]) {
    const found = pairs(rows, (date) => {
      const i = index.get(date);
      const shifted = i === undefined ? undefined : storedDates[i + lag];
      return shifted === undefined ? undefined : stored.get(shifted)?.closeHundredths;
    });
    if (found.looksSame) {
      const which = `${Math.abs(lag)} trading day${Math.abs(lag) > 1 ? 's' : ''} ${lag < 0 ? 'later' : 'earlier'}`;
      return sameSeriesRefusal('shifted-dates', `${symbol}'s stored closes dated ${which} than they should be (shifted dates)`, found);
    }
  }
  return null;
}

function differsFromStored({ symbol, rows, stored, tolerancePct }: CheckInput): ImportRefusal | null {
  const diffs: { row: ParsedClose; value: number; pct: number }[] = [];
  for (const row of rows) {
    const value = stored.get(row.date)?.closeHundredths;
    if (value !== undefined) diffs.push({ row, value, pct: 100 * Math.abs(row.closeHundredths / value - 1) });
  }
  if (diffs.length === 0) return null;
  const sorted = diffs.map((d) => d.pct).sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  const far = diffs.filter((d) => d.pct > ROW_TOLERANCE_MULTIPLE * tolerancePct);
  if (median <= tolerancePct && far.length === 0) return null;
  const largest = [...diffs].sort((a, b) => b.pct - a.pct).slice(0, EXAMPLES);
  const top = largest.slice(0, 3).map((d) => `${d.row.date}: ${points(d.row.closeHundredths)} vs ${points(d.value)} stored (${d.pct.toFixed(1)}%)`).join('; ');
  const why = median > tolerancePct
    ? `on the ${count(diffs.length)} dates already stored, the file differs from the stored ${symbol} closes by ${median.toFixed(2)}% (median), more than the ${tolerancePct}% tolerance`
    : `${count(far.length)} close(s) differ from the stored ${symbol} closes by more than ${ROW_TOLERANCE_MULTIPLE * tolerancePct}%`;
  return { rule: 'differs-from-stored', message: `${why}; largest: ${top}`, rows: largest.map((d) => ({ date: d.row.date, fileHundredths: d.row.closeHundredths, comparedHundredths: d.value })) };
}

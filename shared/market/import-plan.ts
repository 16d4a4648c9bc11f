/**
 * What importing a file would do to the stored closes, computed before anything is written:
 * the preview (`--dry-run`, the UI's confirm step), the refusals, and the exact row changes the
 * import then applies and records as one revision (docs/import.md). Rows travel as columns
 * (close-columns.ts), so a 25,000-row file makes no object per row (docs/performance.md).
 */
import type { CloseChange, ImportRefusal, MarketSymbol, SkippedDay } from '../domain/types';
import { changeAt, ChangeBuilder, type ChangeColumns, type CloseColumns, type StoredColumns } from './close-columns';
import { importRefusals, type CheckRows } from './import-checks';
import { isoOfKey } from './date-key';
import { closedReasonOfKey } from './trading-day-keys';

export type { BarChange } from './close-columns';

/** The median difference from stored closes above which a file is refused, % (a per-import setting). */
export const DEFAULT_TOLERANCE_PCT = 2;
const REPORTED = 10;
const REPORTED_SKIPS = 20;

export interface ImportPlan {
  changes: ChangeColumns;
  /** Nothing of this symbol was stored: every change adds a date. */
  firstOfSymbol: boolean;
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
  skippedDays: SkippedDay[];
  firstDate: string | null;
  lastDate: string | null;
  biggestChanges: CloseChange[];
  refusals: ImportRefusal[];
}

export interface PlanInput {
  symbol: MarketSymbol;
  /** The file's closes, in file order. */
  closes: CloseColumns;
  stored: StoredColumns;
  other: StoredColumns;
  tolerancePct: number;
}

/** The file's rows on trading days, in date order. */
interface PlanRows extends CheckRows {
  readonly openHundredths: Int32Array;
}

export function planImport(input: PlanInput): ImportPlan {
  const { rows, skipped, skippedDays, ascending } = tradingDayRows(input.closes);
  if (!ascending) sortByDate(rows);
  const { changes, counts } = planChanges(rows, input.stored);
  const [first, last] = [rows.dateKeys[0], rows.dateKeys[rows.dateKeys.length - 1]];
  return {
    changes, firstOfSymbol: input.stored.indexOf.size === 0, ...counts, skipped, skippedDays,
    firstDate: first === undefined ? null : isoOfKey(first), lastDate: last === undefined ? null : isoOfKey(last),
    biggestChanges: biggestChanges(changes), refusals: importRefusals({ ...input, rows }),
  };
}

/** Each row's change against the stored bar of its date (a file without opens keeps the stored open). */
function planChanges(rows: PlanRows, stored: StoredColumns): { changes: ChangeColumns; counts: { added: number; updated: number; unchanged: number } } {
  const changes = new ChangeBuilder(rows.dateKeys.length);
  const counts = { added: 0, updated: 0, unchanged: 0 };
  const anyStored = stored.indexOf.size > 0;
  for (let i = 0; i < rows.dateKeys.length; i += 1) {
    const key = rows.dateKeys[i] ?? 0;
    const close = rows.closeHundredths[i] ?? 0;
    const at = anyStored ? stored.indexOf.get(key) : undefined;
    if (at === undefined) {
      counts.added += 1;
      changes.push(key, 0, 0, close, rows.openHundredths[i] ?? 0);
      continue;
    }
    const beforeClose = stored.closeHundredths[at] ?? 0;
    const beforeOpen = stored.openHundredths[at] ?? 0;
    const open = rows.openHundredths[i] || beforeOpen;
    if (beforeClose === close && beforeOpen === open) {
      counts.unchanged += 1;
      continue;
    }
    counts.updated += 1;
    changes.push(key, beforeClose, beforeOpen, close, open);
  }
  return { changes: changes.done(), counts };
}

/** The file's rows on trading days (or too old to judge), and the count of the others with the first {@link REPORTED_SKIPS} of them and why. */
function tradingDayRows(closes: CloseColumns): { rows: PlanRows; skipped: number; skippedDays: SkippedDay[]; ascending: boolean } {
  const n = closes.dateKeys.length;
  const [dateKeys, closeHundredths, openHundredths] = [new Int32Array(n), new Int32Array(n), new Int32Array(n)];
  const skippedDays: SkippedDay[] = [];
  let [kept, skipped, ascending] = [0, 0, true];
  for (let i = 0; i < n; i += 1) {
    const key = closes.dateKeys[i] ?? 0;
    const reason = closedReasonOfKey(key);
    if (reason === null) {
      if (kept > 0 && (dateKeys[kept - 1] ?? 0) > key) ascending = false;
      dateKeys[kept] = key;
      closeHundredths[kept] = closes.closeHundredths[i] ?? 0;
      openHundredths[kept] = closes.openHundredths[i] ?? 0;
      kept += 1;
    } else if (++skipped <= REPORTED_SKIPS) {
      skippedDays.push({ date: isoOfKey(key), reason });
    }
  }
  const rows = { dateKeys: dateKeys.subarray(0, kept), closeHundredths: closeHundredths.subarray(0, kept), openHundredths: openHundredths.subarray(0, kept) };
  return { rows, skipped, skippedDays, ascending };
}

function isAscending(dateKeys: Int32Array): boolean {
  for (let i = 1; i < dateKeys.length; i += 1) if ((dateKeys[i - 1] ?? 0) > (dateKeys[i] ?? 0)) return false;
  return true;
}

/** Puts rows that are not in date order in date order, in place. */
function sortByDate(rows: PlanRows): void {
  // Files are oldest first (CBOE, Yahoo, Stooq: tradingDayRows sees it) or newest first (Investing.com): reverse, or sort only when needed.
  for (const column of [rows.dateKeys, rows.closeHundredths, rows.openHundredths]) column.reverse();
  if (isAscending(rows.dateKeys)) return;
  const order = Array.from(rows.dateKeys, (_, i) => i).sort((a, b) => (rows.dateKeys[a] ?? 0) - (rows.dateKeys[b] ?? 0));
  for (const column of [rows.dateKeys, rows.closeHundredths, rows.openHundredths]) column.set(order.map((i) => column[i] ?? 0));
}

function asCloseChange(changes: ChangeColumns, i: number): CloseChange {
  const c = changeAt(changes, i);
  const before = c.before?.closeHundredths ?? null;
  const after = c.after?.closeHundredths ?? null;
  return { date: c.date, beforeHundredths: before, afterHundredths: after, changePct: before !== null && after !== null ? 100 * (after / before - 1) : null };
}

/** The changes to stored closes, largest |%| first; the first new (or deleted) dates when no close was replaced. */
export function biggestChanges(changes: ChangeColumns): CloseChange[] {
  const replaced = replacedCloses(changes);
  if (replaced.length > 0) {
    const { beforeClose, afterClose } = changes;
    const pct = (i: number) => Math.abs(100 * ((afterClose[i] ?? 0) / (beforeClose[i] ?? 0) - 1));
    return replaced.map((i) => ({ i, pct: pct(i) })).sort((a, b) => b.pct - a.pct).slice(0, REPORTED).map(({ i }) => asCloseChange(changes, i));
  }
  return newOrDeleted(changes);
}

/** Indices of the changes that replace a stored close with another. */
function replacedCloses({ length, beforeClose, afterClose }: ChangeColumns): number[] {
  const replaced: number[] = [];
  for (let i = 0; i < length; i += 1) {
    const before = beforeClose[i] ?? 0;
    const after = afterClose[i] ?? 0;
    if (before !== 0 && after !== 0 && before !== after) replaced.push(i);
  }
  return replaced;
}

/** The first {@link REPORTED} changes that add or delete a date. */
function newOrDeleted(changes: ChangeColumns): CloseChange[] {
  const { beforeClose, afterClose } = changes;
  const others: CloseChange[] = [];
  for (let i = 0; i < changes.length && others.length < REPORTED; i += 1) {
    if ((beforeClose[i] ?? 0) === 0 || (afterClose[i] ?? 0) === 0) others.push(asCloseChange(changes, i));
  }
  return others;
}

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
  const { order, skipped, skippedDays } = tradingDayRows(input.closes);
  sortByDate(order, input.closes.dateKeys);
  const rows = gather(input.closes, order);
  const { changes, counts } = planChanges(rows, input.stored);
  const [first, last] = [rows.dateKeys[0], rows.dateKeys[rows.dateKeys.length - 1]];
  return {
    changes, ...counts, skipped, skippedDays,
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
    const [beforeClose, beforeOpen] = [stored.closeHundredths[at] ?? 0, stored.openHundredths[at] ?? 0];
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

/** Indices of the file's rows on trading days (or too old to judge), and the count of the others with the first {@link REPORTED_SKIPS} of them and why. */
function tradingDayRows(closes: CloseColumns): { order: number[]; skipped: number; skippedDays: SkippedDay[] } {
  const order: number[] = [];
  const skippedDays: SkippedDay[] = [];
  let skipped = 0;
  for (let i = 0; i < closes.dateKeys.length; i += 1) {
    const key = closes.dateKeys[i] ?? 0;
    const reason = closedReasonOfKey(key);
    if (reason === null) order.push(i);
    else if (++skipped <= REPORTED_SKIPS) skippedDays.push({ date: isoOfKey(key), reason });
  }
  return { order, skipped, skippedDays };
}

/** Puts row indices in date order, in place. */
function sortByDate(order: number[], dateKeys: Int32Array): void {
  // Files are oldest first (CBOE, Yahoo, Stooq) or newest first (Investing.com): reverse or sort only when needed.
  const ascending = () => order.every((row, i) => i === 0 || (dateKeys[order[i - 1] ?? 0] ?? 0) <= (dateKeys[row] ?? 0));
  if (!ascending()) {
    order.reverse();
    if (!ascending()) order.sort((a, b) => (dateKeys[a] ?? 0) - (dateKeys[b] ?? 0));
  }
}

function gather(closes: CloseColumns, order: readonly number[]): PlanRows {
  const pick = (column: Int32Array) => Int32Array.from(order, (row) => column[row] ?? 0);
  return { dateKeys: pick(closes.dateKeys), closeHundredths: pick(closes.closeHundredths), openHundredths: pick(closes.openHundredths) };
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
    const [before, after] = [beforeClose[i] ?? 0, afterClose[i] ?? 0];
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

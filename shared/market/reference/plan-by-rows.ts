/**
 * REFERENCE ONLY (tests): the import plan as it was before the columnar fast path, one object per
 * row, frozen from commit 7eb38b3. market-import.property.test.ts checks that the columnar
 * import-plan.ts / import-checks.ts give exactly its answers on random files. Not for app code.
 */
/**
 * What importing a file would do to the stored closes, computed before anything is written:
 * the preview (`--dry-run`, the UI's confirm step), the refusals, and the exact row changes the
 * import then applies and records as one revision (docs/import.md).
 */
import { CALENDAR_EXACT_FROM, closureReason } from '../../calendar';
import type { CloseChange, ImportRefusal, MarketSymbol, SkippedDay } from '../../domain/types';
import type { ParsedClose } from '../../import/market-csv';
import { importRefusals, type StoredBar } from './checks-by-rows';

/** The median difference from stored closes above which a file is refused, % (a per-import setting). */
export const DEFAULT_TOLERANCE_PCT = 2;
const REPORTED = 10;
const REPORTED_SKIPS = 20;

/** One date's bar before and after a change; null = absent. */
export interface BarChange {
  date: string;
  before: StoredBar | null;
  after: StoredBar | null;
}

export interface ImportPlan {
  changes: BarChange[];
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
  closes: readonly ParsedClose[];
  stored: ReadonlyMap<string, StoredBar>;
  storedDates: readonly string[];
  other: ReadonlyMap<string, number>;
  tolerancePct: number;
}

/** A trading day, or a date too old for the calendar to judge (before 1971 it is not exact). */
function closedReason(date: string): string | null {
  return date < CALENDAR_EXACT_FROM ? null : closureReason(date);
}

export function planImport(input: PlanInput): ImportPlan {
  const { rows, skipped, skippedDays } = tradingDayRows(input.closes);
  sortByDate(rows);
  const plan: ImportPlan = {
    changes: [], added: 0, updated: 0, unchanged: 0, skipped, skippedDays,
    firstDate: rows[0]?.date ?? null, lastDate: rows[rows.length - 1]?.date ?? null, biggestChanges: [], refusals: [],
  };
  for (const row of rows) {
    const before = input.stored.get(row.date) ?? null;
    const after = barAfter(row, before);
    const kind = changeKind(before, after);
    plan[kind] += 1;
    if (kind !== 'unchanged') plan.changes.push({ date: row.date, before, after });
  }
  plan.biggestChanges = biggestChanges(plan.changes);
  plan.refusals = importRefusals({ ...input, rows });
  return plan;
}

/** The file's rows on trading days (or too old to judge), and the count of the others with the first {@link REPORTED_SKIPS} of them and why. */
function tradingDayRows(closes: readonly ParsedClose[]): { rows: ParsedClose[]; skipped: number; skippedDays: SkippedDay[] } {
  const rows: ParsedClose[] = [];
  const skippedDays: SkippedDay[] = [];
  let skipped = 0;
  for (const row of closes) {
    const reason = closedReason(row.date);
    if (reason === null) rows.push(row);
    else if (++skipped <= REPORTED_SKIPS) skippedDays.push({ date: row.date, reason });
  }
  return { rows, skipped, skippedDays };
}

/** Puts rows in date order, in place. */
function sortByDate(rows: ParsedClose[]): void {
  // Files are oldest first (CBOE, Yahoo, Stooq) or newest first (Investing.com): reverse or sort only when needed.
  if (!isAscending(rows)) {
    rows.reverse();
    if (!isAscending(rows)) rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }
}

/** The stored bar a file row leaves; a file without opens keeps the stored open. */
function barAfter(row: ParsedClose, before: StoredBar | null): StoredBar {
  return { closeHundredths: row.closeHundredths, openHundredths: row.openHundredths ?? before?.openHundredths ?? null };
}

/** Whether a date's bar is new, different (close or open), or the same as stored. */
function changeKind(before: StoredBar | null, after: StoredBar): 'added' | 'updated' | 'unchanged' {
  if (before === null) return 'added';
  if (before.closeHundredths !== after.closeHundredths || before.openHundredths !== after.openHundredths) return 'updated';
  return 'unchanged';
}

function isAscending(rows: readonly ParsedClose[]): boolean {
  for (let i = 1; i < rows.length; i += 1) if ((rows[i - 1]?.date ?? '') > (rows[i]?.date ?? '')) return false;
  return true;
}

function asCloseChange(c: BarChange): CloseChange {
  const before = c.before?.closeHundredths ?? null;
  const after = c.after?.closeHundredths ?? null;
  return { date: c.date, beforeHundredths: before, afterHundredths: after, changePct: before !== null && after !== null ? 100 * (after / before - 1) : null };
}

/** The changes to stored closes, largest |%| first; the first new (or deleted) dates when no close was replaced. */
export function biggestChanges(changes: readonly BarChange[]): CloseChange[] {
  const replaced = changes.filter((c) => c.before !== null && c.after !== null && c.before.closeHundredths !== c.after.closeHundredths).map(asCloseChange);
  if (replaced.length > 0) return replaced.sort((a, b) => Math.abs(b.changePct ?? 0) - Math.abs(a.changePct ?? 0)).slice(0, REPORTED);
  const others: CloseChange[] = [];
  for (const c of changes) {
    if (others.length >= REPORTED) break;
    if (c.before === null || c.after === null) others.push(asCloseChange(c));
  }
  return others;
}

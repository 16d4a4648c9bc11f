/**
 * A calendar date as one integer, `yyyymmdd` (2026-07-09 → 20260709): orders like the ISO text,
 * costs no string per row, and turns back into the ISO text only where one is written or shown.
 * The market import keeps its ~25,000 rows in such columns (docs/performance.md).
 */
import { daysFromCivil } from '../dates';

/** `yyyymmdd` of an ISO date `YYYY-MM-DD` (no validation: the date comes from the parser or the database). */
export function dateKey(iso: string): number {
  let key = 0;
  for (let i = 0; i < 10; i += 1) {
    if (i === 4 || i === 7) continue;
    key = key * 10 + (iso.charCodeAt(i) - 48);
  }
  return key;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
/** "-MM-DD" by month × 32 + day, built once: a key becomes its ISO text in one concatenation. */
const MONTH_DAYS: readonly string[] = Array.from({ length: 13 * 32 }, (_, i) => `-${pad2(Math.floor(i / 32))}-${pad2(i % 32)}`);

/** The ISO date `YYYY-MM-DD` of a key (years 1000–9999). */
export function isoOfKey(key: number): string {
  const yearMonth = Math.floor(key / 100);
  return `${Math.floor(yearMonth / 100)}${MONTH_DAYS[(yearMonth % 100) * 32 + (key % 100)] ?? ''}`;
}

/** Days since 1970-01-01 (the same as `dayNumber` in shared/dates.ts: H. Hinnant's days_from_civil). */
export function dayNumberOfKey(key: number): number {
  const year = Math.floor(key / 10000);
  const month = Math.floor(key / 100) % 100;
  const day = key % 100;
  return daysFromCivil(year, month, day);
}

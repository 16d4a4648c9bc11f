/**
 * How much a series moves: its annualised realised volatility over the whole file,
 *   σ = √( Σ ln(Cᵢ / Cᵢ₋₁)² / Σ (tᵢ − tᵢ₋₁) ),  t in years of 365.25 calendar days,
 * over consecutive rows of the file. Dividing by elapsed time (not by the row count × 252) keeps
 * a weekly or monthly file on the same scale as a daily one. SPX and VIX differ by a wide
 * margin: on CBOE history SPX's highest σ over any 250 rows is 0.55 (1932) and over any 60 rows
 * 0.74 (1987); VIX's lowest over any 250 rows is 0.60, its whole file 1.08 (docs/import.md).
 */
import { dateKey, dayNumberOfKey } from './date-key';
import type { MarketSymbol } from '../domain/types';

const DAYS_PER_YEAR = 365.25;

export interface DatedLevel {
  /** YYYY-MM-DD, oldest first. */
  date: string;
  closeHundredths: number;
}

/** Annualised σ of log changes per elapsed year; null with fewer than 2 changes. */
export function annualisedLogVol(rows: readonly DatedLevel[]): number | null {
  return annualisedLogVolOf(rows.map((r) => dateKey(r.date)), rows.map((r) => r.closeHundredths));
}

/** {@link annualisedLogVol} of date-ordered columns (`yyyymmdd` keys, hundredths): the import's form. */
export function annualisedLogVolOf(dateKeys: ArrayLike<number>, closes: ArrayLike<number>): number | null {
  if (dateKeys.length < 3) return null;
  let sumSq = 0;
  let days = 0;
  // Day numbers from the month's first day: the full date arithmetic once a month, not once a row.
  let [month, monthStart] = [-1, 0];
  let previousDay = dayNumberOfKey(dateKeys[0] ?? 0);
  for (let i = 1; i < dateKeys.length; i += 1) {
    const r = Math.log((closes[i] ?? 0) / (closes[i - 1] ?? 0));
    sumSq += r * r;
    const key = dateKeys[i] ?? 0;
    const keyMonth = Math.floor(key / 100);
    if (keyMonth !== month) {
      month = keyMonth;
      monthStart = dayNumberOfKey(keyMonth * 100 + 1);
    }
    const day = monthStart + (key % 100) - 1;
    days += day - previousDay;
    previousDay = day;
  }
  return days > 0 ? Math.sqrt(sumSq / (days / DAYS_PER_YEAR)) : null;
}

/** SPX's limits, with the number of changes each needs to apply (SPX's worst: 0.55 and 0.74). */
export const SPX_VOL_LIMITS = [
  { changes: 250, vol: 0.75, worst: 0.55 },
  { changes: 60, vol: 1.0, worst: 0.74 },
] as const;

/** Why a file's own movement does not fit `symbol`, or null when it fits (or is too short to judge). */
export function signatureMismatch(symbol: MarketSymbol, rows: readonly DatedLevel[]): string | null {
  return signatureMismatchOf(symbol, rows.map((r) => dateKey(r.date)), rows.map((r) => r.closeHundredths));
}

/** {@link signatureMismatch} of date-ordered columns (`yyyymmdd` keys, hundredths). */
export function signatureMismatchOf(symbol: MarketSymbol, dateKeys: ArrayLike<number>, closes: ArrayLike<number>): string | null {
  // No VIX limit: SPX's levels are far outside VIX's range (plausible-levels.ts), and a calm made-up VIX series is fair test data.
  if (symbol !== 'SPX') return null;
  const changes = dateKeys.length - 1;
  const limit = SPX_VOL_LIMITS.find((l) => changes >= l.changes);
  const vol = limit ? annualisedLogVolOf(dateKeys, closes) : null;
  if (!limit || vol === null || vol <= limit.vol) return null;
  const pct = (v: number) => `${Math.round(v * 100)}%`;
  return `its closes move like VIX, not SPX: annualised volatility of log changes ${pct(vol)} over ${changes.toLocaleString('en-US')} changes (SPX's worst over ${limit.changes} rows: ${pct(limit.worst)}; limit ${pct(limit.vol)})`;
}

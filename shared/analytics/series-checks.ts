/** Input checks shared by the indicator functions (EMA, RSI, MACD, realised vol). */
import { requireInteger } from './validate';

/** Throws unless `period` is a whole number ≥ `min`. */
export function requirePeriod(where: string, name: string, period: number, min = 1): void {
  requireInteger(where, name, period, min);
}

/** Throws unless every value is finite (a NaN would silently poison every later value). */
export function requireFiniteSeries(where: string, values: readonly number[]): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`${where}: value #${i} must be a finite number (got ${String(v)})`);
  }
}

/** An all-null array of the input's length (indicator warm-up). */
export function nulls(length: number): (number | null)[] {
  return new Array<number | null>(length).fill(null);
}

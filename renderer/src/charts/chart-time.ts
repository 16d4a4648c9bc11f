/** Conversions between the app's `YYYY-MM-DD` dates and lightweight-charts' `Time`. */
import { isBusinessDay, isUTCTimestamp, type LineData, type Time, type WhitespaceData } from 'lightweight-charts';

/**
 * The ISO date of a chart time. Data goes in as ISO strings; events may hand back a
 * business-day object or a timestamp depending on the library's version, so all three are read.
 */
export function isoFromTime(time: Time | undefined): string | null {
  if (time === undefined) return null;
  if (typeof time === 'string') return time;
  if (isUTCTimestamp(time)) return new Date(time * 1000).toISOString().slice(0, 10);
  if (isBusinessDay(time)) return `${time.year}-${String(time.month).padStart(2, '0')}-${String(time.day).padStart(2, '0')}`;
  return null;
}

/**
 * One point per axis date: a value, or whitespace where the series has none (warm-up, a
 * missing close). Every series of synced charts gets the same axis, so bar i is the same
 * date on every chart and logical ranges can be copied between them.
 */
export function lineData(axis: readonly string[], values: readonly (number | null)[]): (LineData<Time> | WhitespaceData<Time>)[] {
  return axis.map((time, i) => {
    const value = values[i];
    return value === null || value === undefined ? { time } : { time, value };
  });
}

/** The same, coloured by sign (MACD histogram, IV − RV spread). */
export function signedBarData(axis: readonly string[], values: readonly (number | null)[], up: string, down: string, base = 0) {
  return axis.map((time, i) => {
    const value = values[i];
    return value === null || value === undefined ? { time } : { time, value, color: value >= base ? up : down };
  });
}

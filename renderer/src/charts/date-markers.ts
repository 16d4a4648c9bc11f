/** Dated labels (economic events, trades…) as series markers on a date axis. */
import type { SeriesMarker, Time } from 'lightweight-charts';

export interface DatedMark {
  date: string;
  /** Short text shown by the marker, e.g. "FOMC". */
  label: string;
  color: string;
  /** Longer text for legends and tooltips, e.g. the event's note. */
  title?: string;
}

/** Index of the first date ≥ `date` in an ascending list (its length when none). */
export function firstOnOrAfter(dates: readonly string[], date: string): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((dates[mid] ?? '') < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Markers above the bars of `seriesDates` (ascending dates where the series has a value).
 * A mark on a day without a bar (weekend, holiday) sits on the next bar, as long as that bar
 * is within `maxShiftDays` calendar days; marks outside the data are left out. Several marks
 * on one bar are joined ("CPI · FOMC") and take the first one's colour.
 */
export function dateMarkers(marks: readonly DatedMark[], seriesDates: readonly string[], maxShiftDays = 4): SeriesMarker<Time>[] {
  const byBar = new Map<string, DatedMark[]>();
  for (const mark of marks) {
    const bar = seriesDates[firstOnOrAfter(seriesDates, mark.date)];
    if (bar === undefined || daysApart(mark.date, bar) > maxShiftDays) continue;
    byBar.set(bar, [...(byBar.get(bar) ?? []), mark]);
  }
  return [...byBar.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([time, list]) => ({
      time,
      position: 'aboveBar' as const,
      shape: 'arrowDown' as const,
      color: list[0]?.color ?? '#888888',
      text: [...new Set(list.map((m) => m.label))].join(' · '),
      size: 0.8,
    }));
}

function daysApart(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

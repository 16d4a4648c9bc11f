/** Realised P&L bucketed by calendar day and by month (the heat-map's data). */
import { centsToDollars } from '../money';
import type { Realization } from './realizations';
import type { CalendarDay, CalendarMonth } from './types';

/** Day buckets in cents, oldest first, with the layers that realised P&L that day. */
export function dailyCents(realizations: readonly Realization[]): { date: string; cents: number; layerIds: number[] }[] {
  const byDate = new Map<string, { cents: number; layerIds: Set<number> }>();
  for (const r of realizations) {
    const day = byDate.get(r.date) ?? { cents: 0, layerIds: new Set<number>() };
    day.cents += r.cents;
    day.layerIds.add(r.layerId);
    byDate.set(r.date, day);
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, d]) => ({ date, cents: d.cents, layerIds: [...d.layerIds].sort((a, b) => a - b) }));
}

/** Realised P&L per day and per month (YYYY-MM), dollars, from `dailyCents`; only days and months with realisations. */
export function realizedCalendar(days: readonly { date: string; cents: number; layerIds: number[] }[]): { days: CalendarDay[]; months: CalendarMonth[] } {
  const byMonth = new Map<string, number>();
  for (const d of days) byMonth.set(d.date.slice(0, 7), (byMonth.get(d.date.slice(0, 7)) ?? 0) + d.cents);
  return {
    days: days.map((d) => ({ date: d.date, realizedDollars: centsToDollars(d.cents), layerIds: d.layerIds })),
    months: [...byMonth.entries()].map(([month, cents]) => ({ month, realizedDollars: centsToDollars(cents) })),
  };
}

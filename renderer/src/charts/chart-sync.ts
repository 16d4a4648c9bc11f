/**
 * Keeps several time charts in step: zoom/scroll (the visible logical range) and the
 * crosshair follow whichever chart the user is working in. Members must share one date
 * axis (see `lineData`), so a logical index means the same day on every chart.
 */
import type { IChartApi, ISeriesApi, LogicalRange, MouseEventParams, SeriesType, Time } from 'lightweight-charts';
import { isoFromTime } from './chart-time';

export interface SyncMember {
  chart: IChartApi;
  /** The series the crosshair's horizontal line snaps to on this chart. */
  series: ISeriesApi<SeriesType>;
  /** This chart's value at an axis date (for the synced crosshair), if it has one. */
  valueAt(date: string): number | undefined;
}

export interface ChartSync {
  /** Joins a chart; returns the function that removes it again. */
  add(member: SyncMember): () => void;
  /**
   * Fits every member to its data at once. Call it after all members got new data: a chart
   * fitted alone would be pulled back by a member still showing the old range.
   */
  fitContent(): void;
  /** The date under the crosshair on any member, or null. */
  hoveredDate(): string | null;
  /** For `useSyncExternalStore`: called whenever the hovered date changes. */
  subscribe(listener: () => void): () => void;
}

export function createChartSync(): ChartSync {
  const members = new Set<SyncMember>();
  const listeners = new Set<() => void>();
  let hovered: string | null = null;
  // Setting a range on one chart fires its own range event; without this guard the charts
  // would echo the change back and forth.
  let applying = false;

  const setHovered = (date: string | null) => {
    if (date === hovered) return;
    hovered = date;
    listeners.forEach((listener) => listener());
  };

  const spread = (source: SyncMember, apply: (other: SyncMember) => void) => {
    if (applying) return;
    applying = true;
    try {
      for (const other of members) if (other !== source) apply(other);
    } finally {
      applying = false;
    }
  };

  return {
    add(member) {
      const onRange = (range: LogicalRange | null) => {
        if (range !== null) spread(member, (other) => other.chart.timeScale().setVisibleLogicalRange(range));
      };
      const onCrosshair = (param: MouseEventParams<Time>) => {
        const date = param.point === undefined ? null : isoFromTime(param.time);
        setHovered(date);
        spread(member, (other) => {
          const value = date === null ? undefined : other.valueAt(date);
          if (date === null || value === undefined) other.chart.clearCrosshairPosition();
          else other.chart.setCrosshairPosition(value, date, other.series);
        });
      };
      member.chart.timeScale().subscribeVisibleLogicalRangeChange(onRange);
      member.chart.subscribeCrosshairMove(onCrosshair);
      members.add(member);
      return () => {
        member.chart.timeScale().unsubscribeVisibleLogicalRangeChange(onRange);
        member.chart.unsubscribeCrosshairMove(onCrosshair);
        members.delete(member);
      };
    },
    fitContent() {
      applying = true;
      try {
        for (const member of members) member.chart.timeScale().fitContent();
      } finally {
        applying = false;
      }
    },
    hoveredDate: () => hovered,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

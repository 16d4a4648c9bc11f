import type { ReactNode } from 'react';
import { ChartLegend } from '../../charts/chart-legend';
import { firstOnOrAfter, type DatedMark } from '../../charts/date-markers';
import type { ChartSync } from '../../charts/chart-sync';
import { useHoveredDate } from '../../charts/use-sync-member';
import { valueOn } from './market-series';

export interface LegendSpec {
  label: string;
  color: string;
  dashed?: boolean;
  /** The series (aligned with the axis) and how to show one value with its unit. */
  values?: readonly (number | null)[];
  format(value: number | null): string | null;
}

interface MarketLegendProps {
  sync: ChartSync;
  axis: readonly string[];
  specs: readonly LegendSpec[];
  testId?: string;
  /** Marks (events) to name when the hovered day has one. */
  marks?: readonly DatedMark[];
  children?: ReactNode;
}

/**
 * The legend follows the crosshair of any synced chart; with the pointer elsewhere it shows
 * each series' latest value, dated by the first (main) series. Kept apart from the chart so
 * hovering re-renders only this line.
 */
export function MarketLegend({ sync, axis, specs, testId, marks, children }: MarketLegendProps) {
  const hovered = useHoveredDate(sync);
  const items = specs.map((spec) => ({
    label: spec.label,
    color: spec.color,
    dashed: spec.dashed,
    value: spec.format(spec.values ? valueOn(axis, spec.values, hovered) : null),
  }));
  const main = specs[0]?.values ?? [];
  let last = main.length - 1;
  while (last >= 0 && (main[last] === null || main[last] === undefined)) last -= 1;
  // A mark on a closed day sits on the next bar (as its marker does).
  const onDay = hovered === null ? [] : (marks ?? []).filter((m) => axis[firstOnOrAfter(axis, m.date)] === hovered);
  return (
    <ChartLegend date={hovered ?? `latest · ${axis[last] ?? ''}`} items={items} testId={testId}>
      {onDay.map((m) => <span key={`${m.label}-${m.title ?? ''}`} className="chart-legend-mark" style={{ color: m.color }}>▼ {m.label}{m.title ? `: ${m.title}` : ''}</span>)}
      {children}
    </ChartLegend>
  );
}

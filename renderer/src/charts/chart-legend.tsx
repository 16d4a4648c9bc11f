import type { ReactNode } from 'react';

export interface LegendItem {
  label: string;
  /** Formatted value with its unit, or null when there is none on that day. */
  value: string | null;
  color: string;
  /** Dashed swatch for reference lines (thresholds). */
  dashed?: boolean;
}

interface ChartLegendProps {
  /** The day the values belong to (hovered, else the latest). */
  date: string | null;
  items: readonly LegendItem[];
  children?: ReactNode;
  testId?: string;
}

/** A one-line legend above a chart pane: coloured swatch, name, value with unit. */
export function ChartLegend({ date, items, children, testId }: ChartLegendProps) {
  return (
    <div className="chart-legend" data-testid={testId}>
      {date ? <span className="chart-legend-date">{date}</span> : null}
      {items.map((item) => (
        <span key={item.label} className="chart-legend-item">
          <span className={item.dashed ? 'chart-swatch chart-swatch-dashed' : 'chart-swatch'} style={{ borderColor: item.color, background: item.dashed ? 'transparent' : item.color }} aria-hidden="true" />
          <span className="chart-legend-label">{item.label}</span>
          <span className="chart-legend-value">{item.value ?? '—'}</span>
        </span>
      ))}
      {children}
    </div>
  );
}

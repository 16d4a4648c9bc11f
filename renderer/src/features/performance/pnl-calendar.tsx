import { useMemo, type CSSProperties } from 'react';
import type { CalendarDay, CalendarMonth } from '../../../../shared/performance';
import { pnlTone, usd } from './format';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface PnlCalendarProps {
  months: readonly CalendarMonth[];
  days: readonly CalendarDay[];
  selected: string | null;
  onSelect(month: string): void;
}

/** Heat colour: the share of the largest monthly |P&L| sets the opacity of green or red. */
function heat(realized: number, scale: number): CSSProperties {
  if (realized === 0 || scale === 0) return {};
  const alpha = 0.15 + 0.6 * Math.min(1, Math.abs(realized) / scale);
  return { backgroundColor: `color-mix(in srgb, var(${realized > 0 ? '--pos' : '--neg'}) ${Math.round(alpha * 100)}%, transparent)` };
}

/** Realised P&L by month on a year × month grid; a click lists that month's days. */
export function PnlCalendar({ months, days, selected, onSelect }: PnlCalendarProps) {
  const byMonth = useMemo(() => new Map(months.map((m) => [m.month, m.realizedDollars])), [months]);
  const years = useMemo(() => [...new Set(months.map((m) => m.month.slice(0, 4)))].sort(), [months]);
  const scale = Math.max(0, ...months.map((m) => Math.abs(m.realizedDollars)));
  const shownDays = days.filter((d) => d.date.slice(0, 7) === selected);

  return (
    <div className="pnl-calendar">
      <table className="table calendar-grid" data-testid="calendar-grid">
        <caption className="sr-only">Realised P&amp;L by month, dollars</caption>
        <thead>
          <tr><th scope="col">Year</th>{MONTHS.map((m) => <th key={m} scope="col">{m}</th>)}<th scope="col">Year total</th></tr>
        </thead>
        <tbody>
          {years.map((year) => {
            const total = months.filter((m) => m.month.startsWith(year)).reduce((s, m) => s + m.realizedDollars, 0);
            return (
              <tr key={year}>
                <th scope="row">{year}</th>
                {MONTHS.map((_, i) => {
                  const key = `${year}-${String(i + 1).padStart(2, '0')}`;
                  const value = byMonth.get(key);
                  if (value === undefined) return <td key={key} className="calendar-cell calendar-empty" />;
                  return (
                    <td key={key} className="calendar-cell" style={heat(value, scale)}>
                      <button type="button" className={`calendar-button${selected === key ? ' is-selected' : ''}`} aria-pressed={selected === key} onClick={() => onSelect(key)} data-testid={`month-${key}`}>
                        {usd(value)}
                      </button>
                    </td>
                  );
                })}
                <td className={`calendar-total ${pnlTone(total)}`}>{usd(total)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {selected ? (
        <div className="calendar-days" data-testid="calendar-days">
          <h3>Days of {MONTHS[Number(selected.slice(5, 7)) - 1]} {selected.slice(0, 4)}</h3>
          {shownDays.length === 0 ? <p className="muted">Nothing realised this month.</p> : (
            <table className="table">
              <thead><tr><th scope="col">Date</th><th scope="col" className="num">Realised P&amp;L ($)</th><th scope="col">Layers</th></tr></thead>
              <tbody>
                {shownDays.map((d) => (
                  <tr key={d.date}>
                    <td>{d.date}</td>
                    <td className={`num ${pnlTone(d.realizedDollars)}`}>{usd(d.realizedDollars)}</td>
                    <td>{d.layerIds.map((id) => <a key={id} href={`#/layers/${id}`} className="layer-link">#{id}</a>)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      ) : null}
    </div>
  );
}

import { useState } from 'react';
import type { SweepConfigResult, SweepKey, SweepResult } from '../../../../shared/backtest';
import { pct, ratio, SWEEP_KEY_LABELS } from './labels';

interface Column {
  id: string;
  label: string;
  numeric: boolean;
  value(c: SweepConfigResult): number | string | null;
  text(c: SweepConfigResult): string;
}

const sortValue = (key: SweepKey) => (c: SweepConfigResult) => {
  const text = c.values[key] ?? '';
  const n = Number(text.split(/[-/]/)[0]);
  return Number.isFinite(n) ? n : text;
};

function columns(keys: readonly SweepKey[]): Column[] {
  const metric = (sample: 'inSample' | 'outOfSample', name: string, get: (c: SweepConfigResult) => number | null, format: (v: number | null) => string): Column => ({
    id: `${sample}-${name}`, label: `${sample === 'inSample' ? 'In' : 'Out'}: ${name}`, numeric: true, value: get, text: (c) => format(get(c)),
  });
  return [
    { id: 'id', label: '#', numeric: true, value: (c) => c.id + 1, text: (c) => String(c.id + 1) },
    ...keys.map((key): Column => ({ id: key, label: SWEEP_KEY_LABELS[key].label, numeric: true, value: sortValue(key), text: (c) => c.values[key] ?? '' })),
    metric('inSample', 'IRR', (c) => c.inSample.irr, pct),
    metric('inSample', 'Sharpe', (c) => c.inSample.sharpe, ratio),
    metric('inSample', 'Max DD', (c) => c.inSample.maxDrawdown, pct),
    metric('outOfSample', 'IRR', (c) => c.outOfSample.irr, pct),
    metric('outOfSample', 'Sharpe', (c) => c.outOfSample.sharpe, ratio),
    metric('outOfSample', 'Max DD', (c) => c.outOfSample.maxDrawdown, pct),
  ];
}

function compare(a: number | string | null, b: number | string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

/** Every configuration with its in-sample and out-of-sample figures; a header click (or Enter/Space on it) sorts. */
export function SweepTable({ result }: { result: SweepResult }) {
  const cols = columns(result.keys);
  const [sort, setSort] = useState<{ id: string; dir: 1 | -1 }>({ id: `inSample-${result.metric === 'irr' ? 'IRR' : result.metric === 'sharpe' ? 'Sharpe' : 'Max DD'}`, dir: result.metric === 'maxDrawdown' ? 1 : -1 });
  const col = cols.find((c) => c.id === sort.id) ?? cols[0];
  // Nulls always last, whatever the direction.
  const rows = col === undefined ? result.configs : [...result.configs].sort((a, b) => {
    const va = col.value(a);
    const vb = col.value(b);
    if (va === null || vb === null) return compare(va, vb) || a.id - b.id;
    return sort.dir * compare(va, vb) || a.id - b.id;
  });
  const toggle = (id: string) => setSort((s) => (s.id === id ? { id, dir: s.dir === 1 ? -1 : 1 } : { id, dir: id === 'id' || result.keys.includes(id as SweepKey) || id.endsWith('Max DD') ? 1 : -1 }));
  return (
    <div className="bt-scroll bt-sweep-table-wrap">
      <table className="table table-compact bt-sweep-table" data-testid="sweep-table">
        <thead>
          <tr>
            {cols.map((c) => (
              <th key={c.id} scope="col" className={c.numeric ? 'num' : undefined} aria-sort={sort.id === c.id ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
                <button type="button" className="bt-sort" onClick={() => toggle(c.id)} data-testid={`sweep-sort-${c.id}`}>
                  {c.label}<span aria-hidden="true" className="bt-sort-mark">{sort.id === c.id ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-testid="sweep-row">
              {cols.map((c) => <td key={c.id} className={c.numeric ? 'num' : undefined}>{c.text(r)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

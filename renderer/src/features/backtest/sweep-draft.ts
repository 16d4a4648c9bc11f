/**
 * The sweep form: for each grid key, whether it varies and its values as text (the CLI's
 * --grid syntax: "55, 60, 65", "10-15, 15-20", "40/25/15, 30/30/30"), parsed with the same
 * parseGridSpec; the configuration count is known before running.
 */
import { buildGrid, parseGridSpec, SWEEP_KEYS, type SweepKey, type SweepMetric, type SweepSpec } from '../../../../shared/backtest';
import { dateProblem, isIsoDate } from '../../../../shared/dates';

export const MAX_VALUES_PER_KEY = 5;
/** Above this the form asks for a second look (a 36-year run takes about a second per core). */
export const LARGE_SWEEP = 200;

export interface SweepDraft {
  vary: Record<SweepKey, boolean>;
  values: Record<SweepKey, string>;
  /** First out-of-sample day; '' = the 70/30 split. */
  splitDate: string;
  metric: SweepMetric;
}

export const INITIAL_SWEEP: SweepDraft = {
  vary: { rsiThreshold: true, rollPctMaxProfit: true, addLayerSpacing: false, wingMultiplier: true, allocationPct: false },
  values: { rsiThreshold: '55, 60, 65', rollPctMaxProfit: '40, 50, 60', addLayerSpacing: '10-15, 15-20', wingMultiplier: '1, 1.25', allocationPct: '40/25/15, 30/30/30' },
  splitDate: '',
  metric: 'sharpe',
};

export interface ParsedSweep {
  spec: SweepSpec;
  /** Configurations the spec builds (0 while a field is wrong). */
  configs: number;
  errors: Partial<Record<SweepKey | 'splitDate', string>>;
}

export function parseSweepDraft(draft: SweepDraft, range: { from: string; to: string }): ParsedSweep {
  const errors: ParsedSweep['errors'] = {};
  let spec: SweepSpec = {};
  for (const key of SWEEP_KEYS) {
    if (!draft.vary[key]) continue;
    const text = draft.values[key].replace(/\s+/g, '');
    try {
      const one = parseGridSpec([`${key}=${text}`]);
      const count = (one[key] ?? []).length;
      if (count > MAX_VALUES_PER_KEY) errors[key] = `at most ${MAX_VALUES_PER_KEY} values (got ${count})`;
      else spec = { ...spec, ...one };
    } catch (error) {
      errors[key] = (error instanceof Error ? error.message : String(error)).replace(/^sweep grid: /, '');
    }
  }
  if (draft.splitDate !== '') {
    if (!isIsoDate(draft.splitDate)) errors.splitDate = dateProblem(draft.splitDate, 'out-of-sample start') ?? 'enter the date as YYYY-MM-DD';
    else if (!(draft.splitDate > range.from && draft.splitDate <= range.to)) errors.splitDate = `must fall after ${range.from} and on or before ${range.to}`;
  }
  const ok = Object.keys(errors).length === 0;
  return { spec, configs: ok ? buildGrid(spec).length : 0, errors };
}

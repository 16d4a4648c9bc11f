/** Same-day netting of dated cash flows, the first step of XIRR. */
import { DAYS_PER_YEAR, isoDayNumber } from './day-count';
import { requireFinite } from './validate';

/** One dated cash flow: + received, − paid, in any currency unit (the app uses dollars). */
export interface CashFlow {
  /** YYYY-MM-DD */
  date: string;
  amount: number;
}

export interface NetFlows {
  /** Years from the first day, ascending, one per day with a non-zero net amount. */
  times: number[];
  amounts: number[];
  /** Whether any single flow (before netting) is positive / negative. */
  hasIn: boolean;
  hasOut: boolean;
  /** Whether every flow falls on the same day. */
  oneDay: boolean;
}

/** Nets the flows into one bucket per day of the span and appends the non-zero days (years from `first`) in order. */
function denseNet(flows: readonly CashFlow[], days: Float64Array, first: number, span: number, times: number[], amounts: number[]): void {
  const buckets = new Float64Array(span);
  for (let i = 0; i < flows.length; i++) buckets[days[i] - first] += flows[i].amount;
  let nonZero = 0;
  for (let d = 0; d < span; d++) if (buckets[d] !== 0) nonZero++;
  // Sized once: growing by push copies the arrays as they fill (~2,500 days on a long journal).
  times.length = nonZero;
  amounts.length = nonZero;
  let k = 0;
  for (let d = 0; d < span; d++) {
    if (buckets[d] !== 0) {
      times[k] = d / DAYS_PER_YEAR;
      amounts[k++] = buckets[d];
    }
  }
}

/**
 * Validates dated flows and nets them per day, ascending: dense day buckets when the date
 * span is at most ~4 × the number of flows (O(n + span)), else a native sort of numeric keys.
 * Throws a readable Error for a bad date or a non-finite amount.
 */
export function netByDay(flows: readonly CashFlow[]): NetFlows {
  const n = flows.length;
  const days = new Float64Array(n);
  let first = Infinity;
  let last = -Infinity;
  let hasIn = false;
  let hasOut = false;
  for (let i = 0; i < n; i++) {
    const flow = flows[i];
    if (!Number.isFinite(flow.amount)) requireFinite('xirr', `flows[${i}].amount`, flow.amount); // message built only on failure
    const day = isoDayNumber(flow.date, 'xirr');
    days[i] = day;
    if (day < first) first = day;
    if (day > last) last = day;
    if (flow.amount > 0) hasIn = true;
    else if (flow.amount < 0) hasOut = true;
  }
  const times: number[] = [];
  const amounts: number[] = [];
  const span = last - first + 1;
  if (n > 0 && span <= 4 * n + 64) {
    // Dense per-day buckets: O(n + span), no sort.
    denseNet(flows, days, first, span, times, amounts);
  } else if (n > 0) {
    // Sparse dates: sort keys (day offset × n + index) natively, then net runs of equal days.
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = (days[i] - first) * n + i;
    keys.sort();
    let runDay = -1;
    let runSum = 0;
    for (let k = 0; k <= n; k++) {
      const day = k < n ? Math.floor(keys[k] / n) : -2;
      if (day !== runDay) {
        if (runDay >= 0 && runSum !== 0) {
          times.push(runDay / DAYS_PER_YEAR);
          amounts.push(runSum);
        }
        runDay = day;
        runSum = 0;
      }
      if (k < n) runSum += flows[keys[k] - day * n].amount;
    }
  }
  return { times, amounts, hasIn, hasOut, oneDay: n > 0 && first === last };
}

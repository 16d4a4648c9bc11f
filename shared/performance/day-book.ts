/**
 * Realised P&L and fees per calendar day over a set of layers, kept up to date layer by layer:
 * `apply(facts, +1)` adds a layer's realisations and ticket fees, `apply(facts, -1)` takes them
 * out again (integer cents, so the buckets are exact whatever the order). `days(from, to)` is
 * then what `dailyCents(realizationsInRange(layers, from, to))` returns, without merging and
 * sorting every layer's realisations on each call.
 */
import type { LedgerFacts } from './layer-facts';

export interface DayCents {
  date: string;
  cents: number;
  /** Layers that realised P&L that day, ascending. */
  layerIds: number[];
}

interface Bucket {
  cents: number;
  layerIds: Set<number>;
  /** The bucket as handed out, until it next changes. */
  day: DayCents | null;
}

export class DayBook {
  private readonly realized = new Map<string, Bucket>();
  private readonly fees = new Map<string, number>();
  private realizedDates: string[] | null = [];
  private feeDates: string[] | null = [];

  apply(facts: Pick<LedgerFacts, 'realizations' | 'ticketFees'>, sign: 1 | -1): void {
    for (const r of facts.realizations) {
      let bucket = this.realized.get(r.date);
      if (!bucket) {
        bucket = { cents: 0, layerIds: new Set(), day: null };
        this.realized.set(r.date, bucket);
        this.realizedDates = null;
      }
      bucket.cents += sign * r.cents;
      if (sign > 0) bucket.layerIds.add(r.layerId);
      else bucket.layerIds.delete(r.layerId);
      bucket.day = null;
      if (bucket.layerIds.size === 0) {
        this.realized.delete(r.date);
        this.realizedDates = null;
      }
    }
    for (const t of facts.ticketFees) {
      const before = this.fees.get(t.date);
      if (before === undefined) this.feeDates = null;
      this.fees.set(t.date, (before ?? 0) + sign * t.cents);
    }
  }

  /** Days with realised P&L within [from, to] (inclusive; null = open), oldest first. */
  days(from: string | null, to: string | null): DayCents[] {
    this.realizedDates ??= [...this.realized.keys()].sort();
    const dates = this.realizedDates;
    const out: DayCents[] = [];
    for (let i = from === null ? 0 : lowerBound(dates, from); i < dates.length; i += 1) {
      const date = dates[i] as string;
      if (to !== null && date > to) break;
      const bucket = this.realized.get(date);
      if (!bucket) continue;
      bucket.day ??= { date, cents: bucket.cents, layerIds: [...bucket.layerIds].sort((a, b) => a - b) };
      out.push(bucket.day);
    }
    return out;
  }

  /** Fees of tickets dated within [from, to], cents. */
  feesCents(from: string | null, to: string | null): number {
    this.feeDates ??= [...this.fees.keys()].sort();
    const dates = this.feeDates;
    let sum = 0;
    for (let i = from === null ? 0 : lowerBound(dates, from); i < dates.length; i += 1) {
      const date = dates[i] as string;
      if (to !== null && date > to) break;
      sum += this.fees.get(date) ?? 0;
    }
    return sum;
  }
}

/** First index whose date is ≥ `date`. */
function lowerBound(dates: readonly string[], date: string): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((dates[mid] as string) < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

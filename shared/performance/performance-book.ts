/**
 * The layers of one portfolio as performance input, kept up to date layer by layer, so a
 * result after a write costs the changed layers plus the assembly rather than a pass over
 * every layer's ledger: the per-day sums (`DayBook`), the closed layers in close order, and
 * the layers with roll links. `result` equals `computePerformance` over the same layers.
 */
import type { PortfolioSettings } from '../domain/settings';
import { assemblePerformance } from './compute-performance';
import { DayBook } from './day-book';
import type { PerformanceLayer } from './layer-facts';
import { byClose, isClosedIn, tradesOf, type Trade } from './trades';
import type { PerformanceResult } from './types';

export class PerformanceBook {
  private readonly layers = new Map<number, PerformanceLayer>();
  private readonly days = new DayBook();
  /** Closed layers in `byClose` order. */
  private readonly closed: PerformanceLayer[] = [];
  /** The layers a campaign can contain: those with a roll link, and those a link names (a parent whose own link a past date cut). */
  private linked: PerformanceLayer[] | null = [];
  private linkedIds = new Set<number>();
  /** Each closed layer's trade as last handed out (it only changes with the layer or its rules group). */
  private readonly trades = new Map<number, Trade>();

  get(id: number): PerformanceLayer | undefined {
    return this.layers.get(id);
  }

  ids(): IterableIterator<number> {
    return this.layers.keys();
  }

  get size(): number {
    return this.layers.size;
  }

  /** Adds a layer or replaces the one with its id. */
  set(layer: PerformanceLayer): void {
    this.delete(layer.id);
    this.layers.set(layer.id, layer);
    this.days.apply(layer, 1);
    if (isClosedIn(layer, null, null)) this.closed.splice(this.closedIndex(layer), 0, layer);
    if (layer.rolledFromId !== null || layer.rolledToId !== null) this.linked = null;
  }

  delete(id: number): void {
    const old = this.layers.get(id);
    if (!old) return;
    this.layers.delete(id);
    this.trades.delete(id);
    this.days.apply(old, -1);
    if (isClosedIn(old, null, null)) {
      const i = this.closedIndex(old);
      if (this.closed[i] === old) this.closed.splice(i, 1);
      else this.closed.splice(this.closed.indexOf(old), 1);
    }
    if (old.rolledFromId !== null || old.rolledToId !== null || this.linkedIds.has(id)) this.linked = null;
  }

  result(q: { from: string | null; to: string | null; actedLayerIds: ReadonlySet<number>; riskCapitalCents: number; settings: Pick<PortfolioSettings, 'marginCreditsPremium'> }): PerformanceResult {
    const { from, to } = q;
    const start = from === null ? 0 : this.firstClosedOnOrAfter(from);
    const end = to === null ? this.closed.length : this.firstClosedOnOrAfter(`${to}\u{10FFFF}`);
    this.linked ??= this.linkedLayers();
    return assemblePerformance({
      from: from ?? undefined, to: to ?? undefined, riskCapitalCents: q.riskCapitalCents, settings: q.settings,
      trades: this.closed.slice(start, end).map((layer) => this.tradeOf(layer, q.actedLayerIds)),
      campaignLayers: this.linked,
      days: this.days.days(from, to),
      feesCents: this.days.feesCents(from, to),
    });
  }

  /**
   * `result` with some layers swapped (null: left out) — the book as of a past date when it
   * differs from the kept one in few layers — and then put back as they were.
   */
  resultWith(overrides: ReadonlyMap<number, PerformanceLayer | null>, q: Parameters<PerformanceBook['result']>[0]): PerformanceResult {
    const kept = new Map<number, PerformanceLayer>();
    for (const [id, layer] of overrides) {
      const old = this.layers.get(id);
      if (old) kept.set(id, old);
      if (layer) this.set(layer);
      else this.delete(id);
    }
    try {
      return this.result(q);
    } finally {
      for (const id of overrides.keys()) {
        const old = kept.get(id);
        if (old) this.set(old);
        else this.delete(id);
      }
    }
  }

  /**
   * Every layer with a roll link or named by one: the only ones a campaign can contain. A parent
   * is kept even when its own `rolledToId` is null (as of a date its roll ticket is not the last),
   * so a chain does not start at its child, as `rollChains` over all layers would not.
   */
  private linkedLayers(): PerformanceLayer[] {
    const parents = new Set<number>();
    for (const l of this.layers.values()) if (l.rolledFromId !== null) parents.add(l.rolledFromId);
    const linked = [...this.layers.values()].filter((l) => l.rolledFromId !== null || l.rolledToId !== null || parents.has(l.id));
    this.linkedIds = new Set(linked.map((l) => l.id));
    return linked;
  }

  /** `tradesOf` for one layer, reusing the last one while it still applies. */
  private tradeOf(layer: PerformanceLayer, acted: ReadonlySet<number>): Trade {
    const rules = acted.has(layer.id) ? 'followed the rules' : 'not prompted';
    const cached = this.trades.get(layer.id);
    if (cached?.layer === layer && cached.rules === rules) return cached;
    const [trade] = tradesOf([layer], acted);
    if (!trade) throw new Error('tradesOf returned nothing');
    this.trades.set(layer.id, trade);
    return trade;
  }

  /** Where `layer` sits (or would) in the closed list. */
  private closedIndex(layer: PerformanceLayer): number {
    let lo = 0;
    let hi = this.closed.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (byClose(this.closed[mid] as PerformanceLayer, layer) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private firstClosedOnOrAfter(date: string): number {
    let lo = 0;
    let hi = this.closed.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (((this.closed[mid] as PerformanceLayer).closedOn ?? '') < date) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

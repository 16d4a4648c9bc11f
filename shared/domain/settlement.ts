/**
 * Settlement of expired legs (ALVH.md "Payoff"): on and after its expiration a leg is worth its
 * settlement value, never a model price.
 *   SPXW options (PM-settled)            SPX CLOSE of the expiration day;
 *   SPX options expiring on a third      SPX OPEN of that day — an approximation of the special
 *     Friday (AM-settled monthlies)        opening quotation (SOQ), which the stored files lack;
 *   other SPX-root expirations           SPX CLOSE (PM-settled, like SPXW);
 *   VIX options and VX futures           VIX OPEN of the expiration day — an approximation of
 *                                          the VRO (the special opening quotation of the VIX).
 * ETF shares never expire. Values are intrinsic: max(0, S − K) for a call, max(0, K − S) for a
 * put, S for a future; points per contract, signed by the open contracts (+ long, − short).
 */
import type { Leg, MarketSymbol } from './types';
import { weekday } from '../dates';

/** Which stored price settles a leg: the day's OPEN or its CLOSE. */
export type SettlementKind = 'open' | 'close';

/**
 * The price feed for settlement: the stored OPEN or CLOSE of `symbol` on `date` exactly, points,
 * or null when that day's price is not stored. Build it from the market bars
 * ({@link settlementPriceFromBars}) or the store (services/book-state.ts).
 */
export type SettlementPriceFn = (symbol: MarketSymbol, date: string, kind: SettlementKind) => number | null;

/** A bar as the settlement feed reads it (a stored MarketBar); `openHundredths` is null for a closes-only import. */
export interface SettlementBar {
  symbol: MarketSymbol;
  date: string;
  closeHundredths: number;
  openHundredths?: number | null;
}

/** A {@link SettlementPriceFn} over stored bars (any order). */
export function settlementPriceFromBars(bars: readonly SettlementBar[]): SettlementPriceFn {
  // Indexed on the first question: most dashboards have no expired leg to settle and never ask.
  let byKey: Map<string, SettlementBar> | null = null;
  return (symbol, date, kind) => {
    if (byKey === null) {
      byKey = new Map();
      for (const bar of bars) byKey.set(`${bar.symbol}|${bar.date}`, bar);
    }
    const bar = byKey.get(`${symbol}|${date}`);
    if (!bar) return null;
    const hundredths = kind === 'close' ? bar.closeHundredths : (bar.openHundredths ?? null);
    return hundredths === null ? null : hundredths / 100;
  };
}

/** True for the third Friday of its month (the SPX AM-settled monthly expiration). */
export function isThirdFriday(date: string): boolean {
  const day = Number(date.slice(8, 10));
  return weekday(date) === 5 && day >= 15 && day <= 21;
}

/** The index and price that settle a leg, or null for a leg that never expires (ETF shares). */
export function settlementSource(leg: Pick<Leg, 'instrument' | 'underlying' | 'expiration'>): { symbol: MarketSymbol; kind: SettlementKind; label: string } | null {
  if (leg.expiration === null || leg.instrument === 'etf') return null;
  if (leg.underlying === 'VIX' || leg.underlying === 'VX') return { symbol: 'VIX', kind: 'open', label: 'VIX open (≈ VRO)' };
  if (leg.underlying === 'SPX' && isThirdFriday(leg.expiration)) return { symbol: 'SPX', kind: 'open', label: 'SPX open (≈ SOQ, AM-settled)' };
  return { symbol: 'SPX', kind: 'close', label: 'SPX close (PM-settled)' };
}

/** Intrinsic value of one contract of `leg` at settlement level `levelHundredths`, hundredths (exact integers). */
export function intrinsicHundredths(leg: Pick<Leg, 'instrument' | 'right' | 'strikeHundredths'>, levelHundredths: number): number {
  if (leg.instrument !== 'option') return levelHundredths;
  const strike = leg.strikeHundredths ?? 0;
  return leg.right === 'call' ? Math.max(0, levelHundredths - strike) : Math.max(0, strike - levelHundredths);
}

export interface LegSettlement {
  legId: number;
  expiration: string;
  symbol: MarketSymbol;
  kind: SettlementKind;
  /** e.g. "SPX close (PM-settled)". */
  source: string;
  /** The settlement level, points; null when that day's price is not stored. */
  level: number | null;
  /** Signed open contracts (+ long, − short). */
  contracts: number;
  /** Intrinsic value per contract at `level`, points; null without a level. */
  valuePoints: number | null;
  /** contracts × value × multiplier, dollars (a short leg is negative); null without a level. */
  valueDollars: number | null;
}

/** Settlement of every open dated leg; the layer's value is the sum of `valueDollars`. */
export function settleLegs(legs: readonly Leg[], openContracts: Record<number, number>, price: SettlementPriceFn): LegSettlement[] {
  const out: LegSettlement[] = [];
  for (const leg of legs) {
    const contracts = openContracts[leg.id] ?? 0;
    const source = settlementSource(leg);
    if (contracts === 0 || source === null || leg.expiration === null) continue;
    const level = price(source.symbol, leg.expiration, source.kind);
    // Integer hundredths × multiplier × contracts = cents exactly (shared/money.ts), then dollars.
    const value = level === null ? null : intrinsicHundredths(leg, Math.round(level * 100));
    out.push({
      legId: leg.id, expiration: leg.expiration, symbol: source.symbol, kind: source.kind, source: source.label, level, contracts,
      valuePoints: value === null ? null : value / 100,
      valueDollars: value === null ? null : (contracts * value * leg.multiplier) / 100,
    });
  }
  return out;
}

/** Σ leg values, dollars, or null when any leg's settlement price is missing. */
export function settlementValue(settled: readonly LegSettlement[]): number | null {
  let cents = 0;
  for (const leg of settled) {
    if (leg.valueDollars === null) return null;
    cents += Math.round(leg.valueDollars * 100);
  }
  return cents / 100;
}

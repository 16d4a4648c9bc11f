/**
 * What a simulated strategy's capital cost (WACC) and its spread IRR − WACC, with the app's own
 * funding model (shared/dashboard/layer-capital.ts, ALVH.md "WACC in options terms"): each
 * condor's margin, held from opening to closing, is funded by recycled premium, a margin loan and
 * own cash in the portfolio settings' shares and rates. Buy-and-hold ties up the whole capital as
 * own cash, so its WACC is the own-cash rate. See docs/backtest.md.
 */
import { irrMinusWacc, wacc, type CapitalSource } from '../analytics';
import { layerFunding, shapeOf } from '../dashboard/layer-capital';
import { daysBetween } from '../dates';
import type { PortfolioSettings } from '../domain/settings';
import type { LayerBook } from './layer-book';
import { centsToDollars } from '../money';

export interface CapitalCost {
  /** Capital-and-time-weighted annual cost of the margin (decimal); null when nothing was committed. */
  wacc: number | null;
  /** IRR − WACC (decimal per year); null when either is undefined. */
  irrMinusWacc: number | null;
}

/**
 * WACC of a run: every condor layer of `book` (open ones up to `lastDate`), or — with no book,
 * buy-and-hold — `capitalCents` of own cash from `firstDate` to `lastDate`.
 */
export function capitalCost(book: LayerBook | null, settings: PortfolioSettings, capitalCents: number, firstDate: string, lastDate: string, irr: number | null): CapitalCost {
  let sources: CapitalSource[];
  if (book === null) {
    const days = Math.max(0, daysBetween(firstDate, lastDate));
    sources = [{ label: 'own cash', capital: centsToDollars(capitalCents), days, rate: settings.ownCashRatePct / 100 }];
  } else {
    sources = [...book.closed, ...book.open()].flatMap((layer) => layerFunding(shapeOf(layer), settings, lastDate));
  }
  const exposure = sources.reduce((s, x) => s + x.capital * x.days, 0);
  const rate = exposure > 0 ? wacc(sources) : null;
  return { wacc: rate, irrMinusWacc: rate !== null && irr !== null ? irrMinusWacc(irr, rate) : null };
}

/**
 * The documented, stable JSON of `alvh metrics --json` (docs/cli.md): dollars, points, rates
 * as decimals, `null` plus a reason where a figure does not exist.
 */
import type { DashboardData } from './types';

export interface MetricsSummary {
  asOf: string;
  netCredit: number;
  realizedPnl: number;
  openPnl: number;
  maxProfit: number | null;
  maxLoss: number | null;
  breakEvens: number[];
  margin: number;
  irr: number | null;
  irrError: string | null;
  /** P&L ÷ peak margin held, decimal, and the days it was earned over (beside the annualised IRR). */
  holdingPeriodReturn: number | null;
  daysHeld: number;
  /** True below settings.irrMinAgeDays: the annualised IRR is "annualised from daysHeld days". */
  irrYoung: boolean;
  /** The last stored close when asOf is after it, else null. */
  marketDataEnds: string | null;
  wacc: number | null;
  waccError: string | null;
  irrMinusWacc: number | null;
  probabilityOfProfit: number | null;
  greeks: { delta: number; gamma: number; thetaPerDay: number; vegaPerPoint: number } | null;
  layers: { id: number; role: string; status: string; expiration: string | null; dte: number | null; credit: number; mark: number | null; markSource: 'user' | 'model' | null; lastUserMark: { date: string; ageDays: number } | null; settlement: number | null; pctMaxProfit: number | null; pnl: number; irr: number | null; irrError: string | null }[];
}

const cents = (x: number) => Math.round(x * 100) / 100;

export function metricsSummary(d: DashboardData): MetricsSummary {
  return {
    asOf: d.asOf,
    netCredit: cents(d.netCreditDollars),
    realizedPnl: cents(d.realizedPnlDollars),
    openPnl: cents(d.openPnlDollars),
    maxProfit: d.maxProfitDollars === null ? null : cents(d.maxProfitDollars),
    maxLoss: d.maxLossDollars === null ? null : cents(d.maxLossDollars),
    breakEvens: d.breakEvens.map(cents),
    margin: cents(d.marginDollars),
    irr: d.irr.ok ? d.irr.rate : null,
    irrError: d.irr.ok ? null : d.irr.reason,
    holdingPeriodReturn: d.irrHolding.holdingPeriodReturn,
    daysHeld: d.irrHolding.daysHeld,
    irrYoung: d.irrHolding.young,
    marketDataEnds: d.marketDataEnds,
    wacc: d.wacc,
    waccError: d.waccError,
    irrMinusWacc: d.irrMinusWacc,
    probabilityOfProfit: d.probabilityOfProfit,
    greeks: d.greeks ? { delta: d.greeks.deltaPerPoint, gamma: d.greeks.gammaPerPoint, thetaPerDay: d.greeks.thetaPerDay, vegaPerPoint: d.greeks.vegaPerVolPoint } : null,
    layers: d.layers.map((l) => ({
      id: l.id, role: l.role, status: l.status, expiration: l.expiration, dte: l.dte, credit: l.creditPoints,
      mark: l.mark?.pricePoints ?? null, markSource: l.mark?.source ?? null,
      lastUserMark: l.lastUserMark === null ? null : { date: l.lastUserMark.date, ageDays: l.lastUserMark.ageDays }, settlement: l.settlement?.pricePoints ?? null,
      pctMaxProfit: l.pctMaxProfit, pnl: cents(l.pnlDollars), irr: l.irr.ok ? l.irr.rate : null, irrError: l.irr.ok ? null : l.irr.reason,
    })),
  };
}

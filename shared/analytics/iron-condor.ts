/** Expiration metrics of one short iron condor (ALVH.md, "Per iron condor"). */
import { requirePositive } from './validate';

export interface IronCondorInput {
  /** Long put strike K1, points. */
  putLong: number;
  /** Short put strike K2 > K1. */
  putShort: number;
  /** Short call strike K3 > K2. */
  callShort: number;
  /** Long call strike K4 > K3. */
  callLong: number;
  /** Net credit received per condor, points (> 0 and < the wider wing). */
  credit: number;
  /** Condors (> 0); default 1. */
  quantity?: number;
  /** Dollars per point per contract; default 100 (SPX). */
  multiplier?: number;
}

export interface IronCondorMetrics {
  /** Dollars kept if SPX settles between the short strikes: credit × multiplier × quantity. */
  maxProfit: number;
  /** Dollars lost beyond the wider wing: (wider wing − credit) × multiplier × quantity. */
  maxLoss: number;
  /** SPX levels at expiration where the P&L is zero: [K2 − credit, K3 + credit]. */
  breakEvens: [number, number];
  /** Short-spread margin requirement, dollars: wider wing × multiplier × quantity. */
  margin: number;
}

/**
 * Iron condor at expiration (long put K1 < short put K2 < short call K3 < long call K4, sold for a credit):
 *   maxProfit = credit × m × q;  maxLoss = (max(K2 − K1, K4 − K3) − credit) × m × q
 *   breakEvens = [K2 − credit, K3 + credit];  margin = max(K2 − K1, K4 − K3) × m × q
 * The margin is the Cboe short-spread requirement for an iron condor (the greater
 * spread's width; the premium may be applied against it at some brokers — a setting
 * in the app, not here). Dollars. Throws for unordered strikes or a credit that is not
 * between 0 and the wider wing.
 */
export function ironCondor(c: IronCondorInput): IronCondorMetrics {
  const where = 'ironCondor';
  requirePositive(where, 'putLong', c.putLong);
  requirePositive(where, 'putShort', c.putShort);
  requirePositive(where, 'callShort', c.callShort);
  requirePositive(where, 'callLong', c.callLong);
  if (!(c.putLong < c.putShort && c.putShort < c.callShort && c.callShort < c.callLong)) {
    throw new Error(`${where}: strikes must satisfy putLong < putShort < callShort < callLong (got ${c.putLong}/${c.putShort}/${c.callShort}/${c.callLong})`);
  }
  requirePositive(where, 'credit', c.credit);
  const quantity = c.quantity ?? 1;
  const multiplier = c.multiplier ?? 100;
  requirePositive(where, 'quantity', quantity);
  requirePositive(where, 'multiplier', multiplier);
  const widerWing = Math.max(c.putShort - c.putLong, c.callLong - c.callShort);
  if (c.credit >= widerWing) throw new Error(`${where}: a credit of ${c.credit} is not below the wider wing (${widerWing}); check the strikes and the price`);
  const scale = multiplier * quantity;
  return {
    maxProfit: c.credit * scale,
    maxLoss: (widerWing - c.credit) * scale,
    breakEvens: [c.putShort - c.credit, c.callShort + c.credit],
    margin: widerWing * scale,
  };
}

import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { adjustCondor, closeLayer, condorLegs, executionCosts, openLayer, settleExpired } from './execution';
import { LayerBook } from './layer-book';
import { markToModel } from './strategy-run';
import { DEFAULT_BACKTEST_OPTIONS } from './backtest-defaults';
import { closeCostHundredths, dayPricer, legValuePoints } from './valuation';

const settings = { ...DEFAULT_SETTINGS, feePerContractCents: 150 };
const costs = executionCosts(settings, DEFAULT_BACKTEST_OPTIONS); // 0.05 SPX slippage per leg, $1.50 per contract per leg
const OPEN = dayPricer({ date: '2026-01-05', spx: 4000, vix: 16 }, settings);
const EXPIRATION = '2026-02-06';
const strikes = { putLong: 385_000, putShort: 390_000, callShort: 410_000, callLong: 415_000 };

function openCondor(book: LayerBook) {
  const layer = openLayer(book, OPEN, costs, { role: 'base', specs: condorLegs(strikes, EXPIRATION), quantity: 2, reason: 'test', credit: true });
  if (layer === null) throw new Error('condor not opened');
  return layer;
}

function modelCreditHundredths(): number {
  const v = (right: 'put' | 'call', k: number) => legValuePoints(OPEN, { id: 0, layerId: 0, instrument: 'option', underlying: 'SPXW', symbol: null, right, side: 'short', strikeHundredths: k, expiration: EXPIRATION, ratio: 1, multiplier: 100 });
  return Math.round((v('put', strikes.putShort) + v('call', strikes.callShort) - v('put', strikes.putLong) - v('call', strikes.callLong)) * 100);
}

describe('simulated fills and settlement', () => {
  it('opens at model credit less 4 legs of slippage, pays 4 × 2 × $1.50, and marks to model at mid', () => {
    const book = new LayerBook();
    const layer = openCondor(book);
    const net = modelCreditHundredths() - 4 * 5;
    expect(layer.tickets[0]).toMatchObject({ action: 'open', quantity: 2, netPriceHundredths: net, feesCents: 1200, cashCents: net * 100 * 2 - 1200 });
    expect(book.cashCents).toBe(net * 100 * 2 - 1200);
    // Equity on the opening day = capital − slippage (20 hundredths × 100 × 2) − fees, up to the credit's rounding.
    const equity = markToModel(10_000_000, book, OPEN).equityCents;
    expect(Math.abs(equity - (10_000_000 - 4000 - 1200))).toBeLessThanOrEqual(100);
  });

  it('a condor expiring worthless keeps its whole net credit', () => {
    const book = new LayerBook();
    const layer = openCondor(book);
    const opened = book.cashCents;
    settleExpired(book, dayPricer({ date: EXPIRATION, spx: 4000, vix: 30 }, settings));
    expect(layer.tickets[1]).toMatchObject({ action: 'expire', netPriceHundredths: 0, feesCents: 0, cashCents: 0 });
    expect(layer).toMatchObject({ status: 'expired', closedOn: EXPIRATION, openQuantity: 0, netCashCents: opened });
    expect(book.open()).toHaveLength(0);
    expect(book.closed).toEqual([layer]);
  });

  it('a breached condor settles at intrinsic: SPX 3870 costs 30 points, SPX 3000 the full 50-point wing', () => {
    for (const [spx, cost] of [[3870, 3000], [3000, 5000], [4130, 3000]] as const) {
      const book = new LayerBook();
      const layer = openCondor(book);
      const opened = book.cashCents;
      settleExpired(book, dayPricer({ date: EXPIRATION, spx, vix: 30 }, settings));
      expect(layer.tickets[1]).toMatchObject({ action: 'expire', netPriceHundredths: -cost, cashCents: -cost * 100 * 2 });
      expect(book.cashCents).toBe(opened - cost * 200);
      expect(layer.netCashCents).toBe(opened - cost * 200);
    }
  });

  it('does not settle before expiration', () => {
    const book = new LayerBook();
    openCondor(book);
    settleExpired(book, dayPricer({ date: '2026-02-05', spx: 3000, vix: 30 }, settings));
    expect(book.open()).toHaveLength(1);
  });

  it('closes at model cost to close plus slippage and fees', () => {
    const book = new LayerBook();
    const layer = openCondor(book);
    const later = dayPricer({ date: '2026-01-20', spx: 4010, vix: 14 }, settings);
    const cost = closeCostHundredths(later, layer);
    closeLayer(book, later, costs, layer, 'close', 'test');
    expect(layer.tickets[1]).toMatchObject({ action: 'close', netPriceHundredths: -(cost + 20), feesCents: 1200 });
    expect(layer.status).toBe('closed');
    expect(layer.realizedPnlCents).toBe(layer.netCashCents);
  });

  it('tightening trades only the legs that move, as one adjust ticket the ledger reads as a new condor', () => {
    const book = new LayerBook();
    const layer = openCondor(book);
    const moved = { ...strikes, putLong: 380_000, putShort: 385_000 };
    expect(adjustCondor(book, OPEN, costs, layer, moved, 'tighten')).toBe(true);
    expect(layer.tickets[1]).toMatchObject({ action: 'adjust', quantity: 2, feesCents: 4 * 2 * 150 });
    expect(layer.tickets[1]?.legs).toHaveLength(4);
    expect(layer.strikes).toEqual(moved);
    expect(layer.openQuantity).toBe(2);
    expect(adjustCondor(book, OPEN, costs, layer, moved, 'tighten')).toBe(false);
  });

  it('skips a condor whose credit after slippage is not positive', () => {
    const book = new LayerBook();
    const far = { putLong: 100_000, putShort: 100_500, callShort: 900_000, callLong: 900_500 };
    expect(openLayer(book, OPEN, costs, { role: 'base', specs: condorLegs(far, EXPIRATION), quantity: 1, reason: 'test', credit: true })).toBeNull();
    expect(book.open()).toHaveLength(0);
    expect(book.fills).toHaveLength(0);
  });
});

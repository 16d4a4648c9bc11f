import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceFuturesOption, vixForward } from '../analytics';
import { addDays } from '../dates';
import { summarizeLedger } from '../domain/layer-ledger';
import { DEFAULT_SETTINGS } from '../domain/settings';
import type { LayerDetail, Leg, MarketBar, Ticket } from '../domain/types';
import { computeDashboard, type DashboardInput } from './compute-dashboard';

const ASOF = '2026-05-15';

/** A gently oscillating synthetic history (weekdays only) ending on ASOF: SPX around 5725, VIX around 15. */
function bars(): { spx: MarketBar[]; vix: MarketBar[] } {
  const spx: MarketBar[] = [];
  const vix: MarketBar[] = [];
  for (let i = 400; i >= 0; i -= 1) {
    const date = addDays(ASOF, -i);
    const dow = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (dow === 0 || dow === 6) continue;
    const wave = Math.sin(i / 7);
    spx.push({ symbol: 'SPX', date, closeHundredths: Math.round((5725 + 40 * wave) * 100), openHundredths: null });
    vix.push({ symbol: 'VIX', date, closeHundredths: Math.round((15 - 1.5 * wave) * 100), openHundredths: null });
  }
  // The last close is exactly 5725 / 15 so the hand-checked numbers below use round levels.
  spx[spx.length - 1] = { symbol: 'SPX', date: ASOF, closeHundredths: 572_500, openHundredths: null };
  vix[vix.length - 1] = { symbol: 'VIX', date: ASOF, closeHundredths: 1_500, openHundredths: null };
  return { spx, vix };
}

let nextId = 1;
function condor(opts: { openedOn: string; expiration: string; strikes: [number, number, number, number]; qty: number; credit: number; fees: number; role?: LayerDetail['role']; close?: { date: string; debit: number } }): LayerDetail {
  const id = nextId++;
  const sides: [Leg['right'], Leg['side']][] = [['put', 'long'], ['put', 'short'], ['call', 'short'], ['call', 'long']];
  const legs: Leg[] = sides.map(([right, side], i) => ({ id: id * 10 + i, layerId: id, instrument: 'option', underlying: 'SPXW', symbol: null, right, side, strikeHundredths: (opts.strikes[i] ?? 0) * 100, expiration: opts.expiration, ratio: 1, multiplier: 100 }));
  const signed = (q: number) => legs.map((leg) => ({ legId: leg.id, quantity: (leg.side === 'long' ? 1 : -1) * q }));
  const tickets: Ticket[] = [{ id: id * 10, layerId: id, date: opts.openedOn, action: 'open', quantity: opts.qty, netPriceHundredths: opts.credit * 100, multiplier: 100, feesCents: opts.fees * 100, cashCents: opts.credit * 100 * 100 * opts.qty - opts.fees * 100, note: '', legs: signed(opts.qty) }];
  if (opts.close) tickets.push({ id: id * 10 + 1, layerId: id, date: opts.close.date, action: 'close', quantity: opts.qty, netPriceHundredths: -opts.close.debit * 100, multiplier: 100, feesCents: 0, cashCents: -opts.close.debit * 100 * 100 * opts.qty, note: '', legs: signed(-opts.qty) });
  const s = summarizeLedger(legs, tickets);
  return {
    id, portfolioId: 1, role: opts.role ?? 'base', status: s.openQuantity > 0 ? 'open' : 'closed', openedOn: opts.openedOn, closedOn: s.openQuantity > 0 ? null : s.lastDate,
    expiration: s.expiration, dte: null, strikes: s.strikes, openedQuantity: s.openedQuantity, openQuantity: s.openQuantity, openPriceHundredths: s.openPriceHundredths,
    netCashCents: s.netCashCents, realizedPnlCents: s.realizedPnlCents, feesCents: s.feesCents, rolledFromId: null, rolledToId: null, notes: '', tags: [],
    legs, tickets, openContracts: s.openContracts, protectsLayerIds: [],
  };
}

function input(layers: LayerDetail[], patch: Partial<DashboardInput> = {}): DashboardInput {
  return {
    riskCapitalCents: 100_000_00, settings: DEFAULT_SETTINGS, layers, closedHistory: { layers: [], ticketCashByDay: [] }, marks: [], ...bars(),
    options: { asOf: ASOF, volShiftPoints: 0, curveDate: null, scope: 'all', layerId: null, points: 801 },
    ...patch,
  };
}

describe('computeDashboard on a hand-checked position', () => {
  const open = condor({ openedOn: '2026-05-01', expiration: '2026-06-18', strikes: [5500, 5550, 5900, 5950], qty: 2, credit: 12.5, fees: 10 });

  it('expiration figures match the iron-condor arithmetic', () => {
    const d = computeDashboard(input([open]));
    // Max profit = 12.50 × 100 × 2 − $10 fees; max loss = 50 × 100 × 2 − $2,500 + $10.
    expect(d.maxProfitDollars).toBeCloseTo(2490, 6);
    expect(d.maxLossDollars).toBeCloseTo(7510, 6);
    // Break-evens shift by the fees: $10 / (100 × 2) = 0.05 points.
    expect(d.breakEvens).toHaveLength(2);
    expect(d.breakEvens[0]).toBeCloseTo(5537.55, 4);
    expect(d.breakEvens[1]).toBeCloseTo(5912.45, 4);
    expect(d.marginDollars).toBe(10_000);
    expect(d.netCreditDollars).toBe(2490);
    expect(d.market).toMatchObject({ spx: 5725, vix: 15, spxDate: ASOF });
    expect(d.curves.map((c) => c.id)).toEqual(['t0', 'front']);
    expect(d.slots[0]).toMatchObject({ slot: 1, pct: 40, budgetDollars: 40_000, usedDollars: 7500, layerId: open.id });
    expect(d.probabilityOfProfit).toBeGreaterThan(0.5);
    expect(d.probabilityOfProfit).toBeLessThan(1);
    // A short condor centred on spot: short vega, positive theta, near-zero delta.
    expect(d.greeks?.thetaPerDay).toBeGreaterThan(0);
    expect(d.greeks?.vegaPerVolPoint).toBeLessThan(0);
    expect(Math.abs(d.greeks?.deltaPerPoint ?? 99)).toBeLessThan(10);
    expect(d.beta.source).toBe('regression');
    expect(d.warnings).toEqual([]);
  });

  it('a user mark sets % of max profit and P&L on its date; later, the model value is used and labelled', () => {
    const withMark = computeDashboard(input([open], { marks: [{ layerId: open.id, date: ASOF, priceHundredths: 600 }] }));
    const row = withMark.layers[0];
    expect(row?.mark).toEqual({ pricePoints: 6, date: ASOF, source: 'user' });
    expect(row?.lastUserMark).toEqual({ date: ASOF, pricePoints: 6, ageDays: 0 });
    // A mark of the day before prices only that day: today the model prices the layer, the mark's age is shown.
    const stale = computeDashboard(input([open], { marks: [{ layerId: open.id, date: '2026-05-14', priceHundredths: 600 }] })).layers[0];
    expect(stale?.mark?.source).toBe('model');
    expect(stale?.lastUserMark).toEqual({ date: '2026-05-14', pricePoints: 6, ageDays: 1 });
    expect(row?.pctMaxProfit).toBeCloseTo(0.52, 12);
    expect(row?.pnlDollars).toBeCloseTo(2490 - 1200, 9);
  });

  it('without a user mark the model value is used and labelled', () => {
    const modelled = computeDashboard(input([open])).layers[0];
    expect(modelled?.mark?.source).toBe('model');
    // Anchored at the 12.50 fill of 2026-05-01 and moved by 14 days of SPX, VIX and time: within (0, wing).
    expect(modelled?.mark?.pricePoints).toBeGreaterThan(0);
    expect(modelled?.mark?.pricePoints).toBeLessThan(50);
    expect(computeDashboard(input([open])).anchors[open.id]).toMatchObject({ source: 'open', date: '2026-05-01', pricePoints: 12.5, priceOffsetPoints: 0 });
    expect(modelled?.pnlDollars).toBeCloseTo(2490 - (modelled?.mark?.pricePoints ?? 0) * 200, 0);
  });

  it('IRR of a closed layer equals the two-flow closed form; WACC is the own-cash rate', () => {
    const closed = condor({ openedOn: '2026-03-02', expiration: '2026-04-17', strikes: [5500, 5550, 5900, 5950], qty: 2, credit: 12.5, fees: 10, close: { date: '2026-03-22', debit: 5 } });
    const d = computeDashboard(input([closed]));
    // Flows: −10,000 margin + 2,500 − 10 on day 0; −1,000 + 10,000 on day 20 → (9,000 / 7,510)^(365/20) − 1.
    const expected = (9000 / 7510) ** (365 / 20) - 1;
    expect(d.irr.ok && d.irr.rate).toBeCloseTo(expected, 8);
    expect(d.wacc).toBeCloseTo(0.045, 12);
    expect(d.irrMinusWacc).toBeCloseTo(expected - 0.045, 8);
    expect(d.capitalDollarDays).toBe(10_000 * 20);
    expect(d.realizedPnlDollars).toBe(2490 - 1000);
    expect(d.layers).toEqual([]);
    expect(d.curves).toEqual([]);
  });

  it('a closed layer given as netted history gives the same IRR, WACC and realised P&L as in full', () => {
    const closed = condor({ openedOn: '2026-03-02', expiration: '2026-04-17', strikes: [5500, 5550, 5900, 5950], qty: 2, credit: 12.5, fees: 10, close: { date: '2026-03-22', debit: 5 } });
    const other = condor({ openedOn: '2026-03-09', expiration: '2026-04-24', strikes: [5450, 5500, 5950, 6000], qty: 3, credit: 11, fees: 6, close: { date: '2026-03-22', debit: 4 } });
    const full = computeDashboard(input([closed, other, open]));
    const byDay = new Map<string, { premiumCents: number; feesCents: number }>();
    for (const t of [...closed.tickets, ...other.tickets]) {
      const day = byDay.get(t.date) ?? { premiumCents: 0, feesCents: 0 };
      byDay.set(t.date, { premiumCents: day.premiumCents + t.netPriceHundredths * t.multiplier * t.quantity, feesCents: day.feesCents + t.feesCents });
    }
    const history = {
      layers: [closed, other].map((l) => ({ ...l, multiplier: 100 })),
      ticketCashByDay: [...byDay].map(([date, v]) => ({ date, ...v })),
    };
    const reduced = computeDashboard(input([open], { closedHistory: history }));
    expect(reduced.irr.ok && reduced.irr.rate).toBeCloseTo(full.irr.ok ? full.irr.rate : NaN, 10);
    expect(reduced.wacc).toBeCloseTo(full.wacc ?? NaN, 12);
    expect(reduced.realizedPnlDollars).toBe(full.realizedPnlDollars);
    expect(reduced.capitalDollarDays).toBe(full.capitalDollarDays);
  });

  it('any closed layers give the same figures as netted history as in full, under any funding settings (property)', () => {
    const closedLayer = fc.record({
      start: fc.integer({ min: 0, max: 60 }), held: fc.integer({ min: 1, max: 40 }), qty: fc.integer({ min: 1, max: 9 }),
      credit: fc.integer({ min: 1, max: 40 }), debit: fc.integer({ min: 0, max: 60 }), fees: fc.integer({ min: 0, max: 20 }), wing: fc.constantFrom(25, 50, 75),
    });
    const funding = fc.record({ recyclePremium: fc.boolean(), marginCreditsPremium: fc.boolean(), marginLoanSharePct: fc.integer({ min: 0, max: 100 }), marginLoanRatePct: fc.integer({ min: 0, max: 12 }) });
    fc.assert(fc.property(fc.array(closedLayer, { minLength: 1, maxLength: 12 }), funding, (specs, patch) => {
      const settings = { ...DEFAULT_SETTINGS, ...patch };
      const closed = specs.map((c) => {
        const openedOn = addDays('2026-01-02', c.start);
        return condor({ openedOn, expiration: addDays(openedOn, 60), strikes: [5500 - c.wing, 5500, 5900, 5900 + c.wing], qty: c.qty, credit: c.credit, fees: c.fees, close: { date: addDays(openedOn, c.held), debit: c.debit } });
      });
      const byDay = new Map<string, { premiumCents: number; feesCents: number }>();
      for (const t of closed.flatMap((l) => l.tickets)) {
        const day = byDay.get(t.date) ?? { premiumCents: 0, feesCents: 0 };
        byDay.set(t.date, { premiumCents: day.premiumCents + t.netPriceHundredths * t.multiplier * t.quantity, feesCents: day.feesCents + t.feesCents });
      }
      const history = { layers: closed.map((l) => ({ ...l, multiplier: 100 })), ticketCashByDay: [...byDay].map(([date, v]) => ({ date, ...v })) };
      const full = computeDashboard(input([...closed, open], { settings }));
      const reduced = computeDashboard(input([open], { settings, closedHistory: history }));
      expect(reduced.irr.ok).toBe(full.irr.ok);
      if (reduced.irr.ok && full.irr.ok) expect(reduced.irr.rate).toBeCloseTo(full.irr.rate, 8);
      expect(reduced.wacc === null).toBe(full.wacc === null);
      expect(reduced.wacc ?? 0).toBeCloseTo(full.wacc ?? 0, 12);
      expect(reduced.capitalDollarDays).toBeCloseTo(full.capitalDollarDays, 6);
      expect(reduced.realizedPnlDollars).toBeCloseTo(full.realizedPnlDollars, 9);
    }), { numRuns: 60 });
  });

  it('one history object read under new settings gives the new figures, not the first ones', () => {
    const closed = condor({ openedOn: '2026-03-02', expiration: '2026-04-17', strikes: [5500, 5550, 5900, 5950], qty: 2, credit: 12.5, fees: 10, close: { date: '2026-03-22', debit: 5 } });
    const history = { layers: [{ ...closed, multiplier: 100 }], ticketCashByDay: closed.tickets.map((t) => ({ date: t.date, premiumCents: t.netPriceHundredths * t.multiplier * t.quantity, feesCents: t.feesCents })) };
    const cheap = computeDashboard(input([open], { closedHistory: history, settings: { ...DEFAULT_SETTINGS, marginLoanSharePct: 0, ownCashRatePct: 4 } }));
    const dear = computeDashboard(input([open], { closedHistory: history, settings: { ...DEFAULT_SETTINGS, marginLoanSharePct: 0, ownCashRatePct: 9, recyclePremium: false } }));
    expect(cheap.wacc).not.toBeNull();
    expect(dear.wacc).toBeCloseTo(0.09, 12);
    expect(cheap.wacc).toBeLessThan(dear.wacc ?? 0);
  });

  it('IRR undefined comes back as a reason, never NaN', () => {
    const d = computeDashboard(input([]));
    expect(d.irr).toEqual({ ok: false, reason: expect.stringMatching(/IRR undefined/) });
    expect(d.wacc).toBeNull();
    expect(d.waccError).toMatch(/WACC undefined/);
  });

  it('without market data it still draws, centred on the strikes, and says why', () => {
    const d = computeDashboard(input([open], { spx: [], vix: [] }));
    expect(d.curves.length).toBeGreaterThan(0);
    expect(d.warnings.join(' ')).toMatch(/No SPX close/);
    expect(d.warnings.join(' ')).toMatch(/No VIX close/);
    expect(d.curves.every((c) => c.pnlDollars.every(Number.isFinite))).toBe(true);
  });

  it('adding a layer never changes another layer’s own row', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 5, max: 30 }), (qty, credit) => {
      const other = condor({ openedOn: '2026-05-05', expiration: '2026-06-05', strikes: [5450, 5500, 5950, 6000], qty, credit, fees: 4, role: 'time-shift' });
      const alone = computeDashboard(input([open])).layers.find((r) => r.id === open.id);
      const together = computeDashboard(input([open, other])).layers.find((r) => r.id === open.id);
      expect(together).toEqual(alone);
    }), { numRuns: 20 });
  });

  it('the vol-shift what-if moves T+0 and not the expiration curve', () => {
    const base = computeDashboard(input([open]));
    const shifted = computeDashboard(input([open], { options: { ...input([]).options, volShiftPoints: 5 } }));
    const mid = Math.floor(base.grid.length / 2);
    expect(shifted.curves[0]?.pnlDollars[mid]).toBeLessThan(base.curves[0]?.pnlDollars[mid] ?? 0);
    expect(shifted.maxProfitDollars).toBeCloseTo(base.maxProfitDollars ?? 0, 9);
  });
});

describe('computeDashboard: VIX legs off the VIX forward curve', () => {
  /** A long VIX 18/28 call spread, 5 lots bought at 1.00, expiring 2026-06-17 (33 days after ASOF). */
  function vixSpread(): LayerDetail {
    const id = nextId++;
    const legs: Leg[] = [
      { id: id * 10, layerId: id, instrument: 'option', underlying: 'VIX', symbol: null, right: 'call', side: 'long', strikeHundredths: 1800, expiration: '2026-06-17', ratio: 1, multiplier: 100 },
      { id: id * 10 + 1, layerId: id, instrument: 'option', underlying: 'VIX', symbol: null, right: 'call', side: 'short', strikeHundredths: 2800, expiration: '2026-06-17', ratio: 1, multiplier: 100 },
    ];
    const tickets: Ticket[] = [{ id: id * 10, layerId: id, date: '2026-05-01', action: 'open', quantity: 5, netPriceHundredths: -100, multiplier: 100, feesCents: 0, cashCents: -50_000, note: '', legs: [{ legId: id * 10, quantity: 5 }, { legId: id * 10 + 1, quantity: -5 }] }];
    const s = summarizeLedger(legs, tickets);
    return {
      id, portfolioId: 1, role: 'hedge', status: 'open', openedOn: '2026-05-01', closedOn: null, expiration: s.expiration, dte: null, strikes: s.strikes, openedQuantity: 5, openQuantity: 5,
      openPriceHundredths: s.openPriceHundredths, netCashCents: s.netCashCents, realizedPnlCents: s.realizedPnlCents, feesCents: 0, rolledFromId: null, rolledToId: null, notes: '', tags: [],
      legs, tickets, openContracts: s.openContracts, protectsLayerIds: [],
    };
  }

  it('prices the T+0 value off F = θ + (VIX − θ)·e^(−κT); κ = 0 prices off the VIX itself; expiration stays intrinsic', () => {
    const hedge = vixSpread();
    const spread = (forward: number) => {
      const call = (k: number) => priceFuturesOption({ kind: 'call', forward, strike: k, years: 33 / 365, rate: 0.045, vol: 0.9 }).price;
      return 500 * (call(18) - call(28));
    };
    // VIX 15 < θ 19.5 (contango): F = 19.5 − 4.5 × e^(−3 × 33/365) = 19.5 − 4.5 × 0.76241 = 16.069
    const forward = vixForward(15, 33 / 365, { longRunMean: 19.5, reversionPerYear: 3 });
    expect(forward).toBeCloseTo(16.069, 3);
    const withCurve = computeDashboard(input([hedge], { options: { asOf: ASOF, volShiftPoints: 0, curveDate: null, scope: 'all', layerId: null, points: 3 } }));
    const flat = computeDashboard(input([hedge], { settings: { ...DEFAULT_SETTINGS, vixReversionPerYear: 0 }, options: { asOf: ASOF, volShiftPoints: 0, curveDate: null, scope: 'all', layerId: null, points: 3 } }));
    const t0At = (d: typeof flat) => {
      const t0 = d.curves.find((c) => c.id === 't0');
      const i = d.grid.indexOf(5725);
      if (t0 === undefined || i < 0) throw new Error('expected a T+0 curve through spot');
      return t0.pnlDollars[i] ?? Number.NaN;
    };
    expect(t0At(withCurve)).toBeCloseTo(-500 + spread(forward), 6);
    expect(t0At(flat)).toBeCloseTo(-500 + spread(15), 6);
    expect(t0At(withCurve)).toBeGreaterThan(t0At(flat)); // contango: the forward sits above spot
    const last = (d: typeof flat) => d.curves.find((c) => c.id === 'front' || c.id === 'last');
    expect(last(withCurve)?.pnlDollars).toEqual(last(flat)?.pnlDollars);
  });
});

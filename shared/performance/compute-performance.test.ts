import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { xnpv } from '../analytics';
import type { Decision } from '../domain/types';
import { computePerformance } from './compute-performance';
import { condorLayer } from './testing/condor-layer';

/*
 * The book, by hand (dollars; SPX ×100; wings 50 points → margin $5,000 per condor):
 *   #1 base [45dte]      2×, +10.00 on 01-05 (fees 10) → close −5.00 on 01-26 (fees 10): 1,990 − 1,010 = +980, captured 50%, 21 days
 *   #2 time-shift [30dte] 1×, +8.00 on 01-20 (fees 5) → close −20.00 on 02-10 (fees 5): 795 − 2,005 = −1,210, captured −150%, 21 days
 *   #3 base               4×, +6.00 on 02-02 (fees 20) → 1× closed −2.00 on 02-16 (fees 5): −205 + 2,380 × ¼ = +390, still open
 *   #4 base               1×, +10.00 on 03-02 (fees 4) → rolled −4.00 on 03-16 (fees 4): 996 − 404 = +592, captured 60%, 14 days
 *   #5 base (from #4)     1×, +7.00 on 03-16 (fees 4) → close −1.50 on 04-06 (fees 4): 696 − 154 = +542, captured 5.5/7, 21 days
 */
const layers = [
  condorLayer({ id: 1, tags: ['45dte'], tickets: [{ date: '2026-01-05', action: 'open', quantity: 2, price: 10, fees: 10 }, { date: '2026-01-26', action: 'close', quantity: 2, price: -5, fees: 10 }] }),
  condorLayer({ id: 2, role: 'time-shift', tags: ['30dte'], tickets: [{ date: '2026-01-20', action: 'open', quantity: 1, price: 8, fees: 5 }, { date: '2026-02-10', action: 'close', quantity: 1, price: -20, fees: 5 }] }),
  condorLayer({ id: 3, tickets: [{ date: '2026-02-02', action: 'open', quantity: 4, price: 6, fees: 20 }, { date: '2026-02-16', action: 'close', quantity: 1, price: -2, fees: 5 }] }),
  condorLayer({ id: 4, rolledToId: 5, tickets: [{ date: '2026-03-02', action: 'open', quantity: 1, price: 10, fees: 4 }, { date: '2026-03-16', action: 'roll', quantity: 1, price: -4, fees: 4 }] }),
  condorLayer({ id: 5, rolledFromId: 4, tickets: [{ date: '2026-03-16', action: 'open', quantity: 1, price: 7, fees: 4 }, { date: '2026-04-06', action: 'close', quantity: 1, price: -1.5, fees: 4 }] }),
];

const decision = (id: number, layerId: number, kind: Decision['decision']): Decision => ({
  id, portfolioId: 1, ruleId: 'roll', subject: `layer-${layerId}`, evaluatedOn: '2026-01-26', decision: kind, snoozeUntil: null, reason: '', prompt: {}, layerId, createdAt: '',
});
const decisions = [decision(1, 1, 'acted'), decision(2, 4, 'acted'), decision(3, 2, 'dismissed')];

describe('computePerformance on a hand-computed book', () => {
  const p = computePerformance({ layers, decisions, riskCapitalCents: 100_000_00 });

  it('realises closes on their dates and a partial close pro rata', () => {
    expect(p.equity).toEqual([
      { date: '2026-01-26', realizedDollars: 980, realizedCumulativeDollars: 980 },
      { date: '2026-02-10', realizedDollars: -1210, realizedCumulativeDollars: -230 },
      { date: '2026-02-16', realizedDollars: 390, realizedCumulativeDollars: 160 },
      { date: '2026-03-16', realizedDollars: 592, realizedCumulativeDollars: 752 },
      { date: '2026-04-06', realizedDollars: 542, realizedCumulativeDollars: 1294 },
    ]);
    expect(p.totals).toEqual({ realizedDollars: 1294, closedLayers: 4, feesDollars: 20 + 10 + 25 + 8 + 8 });
  });

  it('measures the drawdown from the running peak', () => {
    expect(p.drawdown.map((d) => d.drawdownDollars)).toEqual([0, -1210, -820, -228, 0]);
    expect(p.maxDrawdown).toEqual({ amountDollars: 1210, pct: 1210 / (100_000 + 980), peakDate: '2026-01-26', troughDate: '2026-02-10' });
  });

  it('buckets by day and month', () => {
    expect(p.calendar.months).toEqual([{ month: '2026-01', realizedDollars: 980 }, { month: '2026-02', realizedDollars: -820 }, { month: '2026-03', realizedDollars: 592 }, { month: '2026-04', realizedDollars: 542 }]);
    expect(p.calendar.days.map((d) => [d.date, d.layerIds])).toEqual([['2026-01-26', [1]], ['2026-02-10', [2]], ['2026-02-16', [3]], ['2026-03-16', [4]], ['2026-04-06', [5]]]);
  });

  it('computes the overall statistics over closed layers', () => {
    const s = p.stats.overall;
    expect(s).toMatchObject({ count: 4, wins: 3, losses: 1, winRate: 0.75, averageDaysHeld: 19.25 });
    expect(s).toMatchObject({ averageLossDollars: -1210, expectancyDollars: 226, totalDollars: 904 });
    expect(s.averageWinDollars).toBeCloseTo(2114 / 3, 10);
    expect(s.profitFactor.value).toBeCloseTo(2114 / 1210, 12);
    expect(s.averageCaptured).toBeCloseTo((0.5 - 1.5 + 0.6 + 5.5 / 7) / 4, 12);
  });

  it('groups by role, tag and rules followed; no losses gives a null profit factor with a reason', () => {
    expect(p.stats.byRole.map((g) => [g.key, g.stats.count, g.stats.totalDollars])).toEqual([['base', 3, 2114], ['time-shift', 1, -1210]]);
    expect(p.stats.byRole[0]?.stats.profitFactor).toEqual({ value: null, reason: 'no losing trades (∞)' });
    expect(p.stats.byTag.map((g) => [g.key, g.stats.totalDollars])).toEqual([['(untagged)', 1134], ['30dte', -1210], ['45dte', 980]]);
    expect(p.stats.byRules.map((g) => [g.key, g.stats.count, g.stats.totalDollars])).toEqual([['followed the rules', 2, 1572], ['not prompted', 2, -668]]);
  });

  it('joins a roll chain into one campaign with its IRR over margin, premiums and fees', () => {
    expect(p.campaigns).toHaveLength(1);
    const c = p.campaigns[0];
    expect(c).toMatchObject({ id: 4, layerIds: [4, 5], openedOn: '2026-03-02', closedOn: '2026-04-06', status: 'closed', realizedDollars: 1134, feesDollars: 16 });
    // −5,000 + 1,000 − 4 on 03-02; the roll nets 5,000 − 404 − 5,000 + 696 = +292 on 03-16; 5,000 − 154 on 04-06.
    const flows = [{ date: '2026-03-02', amount: -4004 }, { date: '2026-03-16', amount: 292 }, { date: '2026-04-06', amount: 4846 }];
    expect(c?.irr.ok).toBe(true);
    if (c?.irr.ok) {
      expect(c.irr.rate).toBeCloseTo(13.875141343, 6); // solved independently (scipy brentq)
      expect(xnpv(c.irr.rate, flows)).toBeCloseTo(0, 6);
    }
  });

  it('clips to a date range', () => {
    const feb = computePerformance({ layers, decisions, from: '2026-02-01', to: '2026-02-28' });
    expect(feb.equity.map((e) => e.realizedCumulativeDollars)).toEqual([-1210, -820]);
    expect(feb.stats.overall.count).toBe(1);
    expect(feb.campaigns).toEqual([]);
    expect(feb.maxDrawdown).toMatchObject({ amountDollars: 1210, pct: null, peakDate: null });
  });

  it('says why an open campaign has no IRR, and an empty book is empty', () => {
    const open = computePerformance({ layers: [layers[3], condorLayer({ id: 5, rolledFromId: 4, tickets: [{ date: '2026-03-16', action: 'open', quantity: 1, price: 7, fees: 4 }] })].flatMap((l) => (l ? [l] : [])), decisions: [] });
    expect(open.campaigns[0]?.irr).toMatchObject({ ok: false, reason: expect.stringContaining('still open') as unknown });
    const empty = computePerformance({ layers: [], decisions: [] });
    expect(empty).toMatchObject({ equity: [], maxDrawdown: null, campaigns: [], stats: { overall: { count: 0, winRate: null, profitFactor: { value: null, reason: 'no closed trades' } } } });
  });
});

describe('computePerformance properties', () => {
  const ticketArb = fc.record({ quantity: fc.integer({ min: 1, max: 5 }), price: fc.integer({ min: -3000, max: 3000 }), fees: fc.integer({ min: 0, max: 5000 }) });
  const layerArb = fc.record({
    open: ticketArb,
    openDay: fc.integer({ min: 0, max: 400 }),
    closes: fc.array(fc.record({ t: ticketArb, days: fc.integer({ min: 0, max: 60 }) }), { maxLength: 3 }),
  });

  it('the months sum to the layers\' realised P&L', () => {
    fc.assert(fc.property(fc.array(layerArb, { maxLength: 8 }), (specs) => {
      const book = specs.map((s, i) => {
        const start = Date.UTC(2025, 0, 1) + s.openDay * 86_400_000;
        const day = (offset: number) => new Date(start + offset * 86_400_000).toISOString().slice(0, 10);
        let left = s.open.quantity;
        let offset = 0;
        const closes = s.closes.flatMap(({ t, days }) => {
          const quantity = Math.min(t.quantity, left);
          if (quantity === 0) return [];
          left -= quantity;
          offset += days;
          return [{ date: day(offset), action: 'close' as const, quantity, price: t.price / 100, fees: t.fees / 100 }];
        });
        return condorLayer({ id: i + 1, tickets: [{ date: day(0), action: 'open', quantity: s.open.quantity, price: Math.abs(s.open.price) / 100, fees: s.open.fees / 100 }, ...closes] });
      });
      const p = computePerformance({ layers: book, decisions: [] });
      const monthsCents = p.calendar.months.reduce((sum, m) => sum + Math.round(m.realizedDollars * 100), 0);
      const layersCents = book.reduce((sum, l) => sum + l.realizedPnlCents, 0);
      expect(monthsCents).toBe(layersCents);
      expect(Math.round((p.equity.at(-1)?.realizedCumulativeDollars ?? 0) * 100)).toBe(layersCents);
    }));
  });
});

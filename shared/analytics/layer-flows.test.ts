import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { irrReport, type LayerCashInput, layerCashFlows, portfolioCashFlows, tryXirr } from './layer-flows';
import { xirr } from './xirr';

const BASE: LayerCashInput = {
  layerId: 'L1',
  openedOn: '2026-01-05',
  closedOn: '2026-02-02',
  margin: 5000,
  tickets: [
    { date: '2026-01-05', premium: 1250, fees: 6.6 },
    { date: '2026-02-02', premium: -600, fees: 6.6 },
  ],
};

describe('layerCashFlows', () => {
  it('posts margin at open, books premiums and fees, releases margin at close (ALVH.md)', () => {
    expect(layerCashFlows(BASE, '2026-03-01').map(({ date, amount, kind }) => [date, amount, kind])).toEqual([
      ['2026-01-05', -5000, 'margin-posted'],
      ['2026-01-05', 1250, 'premium'],
      ['2026-01-05', -6.6, 'fee'],
      ['2026-02-02', -600, 'premium'],
      ['2026-02-02', -6.6, 'fee'],
      ['2026-02-02', 5000, 'margin-released'],
    ]);
    // Net +636.80 on 5,000 for 28 days: (1 + r)^(28/365) = 5636.8 / 5000 − …, solved exactly by xirr.
    const rate = xirr(layerCashFlows(BASE, '2026-03-01'));
    expect(-3756.6 + 4393.4 * Math.pow(1 + rate, -28 / 365)).toBeCloseTo(0, 9);
  });

  it('ends an open layer with margin + liquidation value on the valuation date, ignoring later entries', () => {
    const open: LayerCashInput = { ...BASE, closedOn: null, liquidationValue: -300 };
    const flows = layerCashFlows(open, '2026-01-20');
    expect(flows.map(({ date, amount, kind }) => [date, amount, kind])).toEqual([
      ['2026-01-05', -5000, 'margin-posted'],
      ['2026-01-05', 1250, 'premium'],
      ['2026-01-05', -6.6, 'fee'],
      ['2026-01-20', 5000, 'margin-released'],
      ['2026-01-20', -300, 'liquidation'],
    ]);
    // A layer closed after the valuation date is still open as of that date.
    expect(layerCashFlows({ ...BASE, liquidationValue: -300 }, '2026-01-20')).toEqual(flows);
    expect(layerCashFlows({ ...BASE, openedOn: '2026-04-01' }, '2026-03-01')).toEqual([]);
  });

  it('explains missing or invalid inputs', () => {
    expect(() => layerCashFlows({ ...BASE, closedOn: null }, '2026-01-20')).toThrow(/L1.*is open on 2026-01-20 and needs a liquidation value/);
    expect(() => layerCashFlows({ ...BASE, margin: -1 }, '2026-03-01')).toThrow(/margin must be zero or a positive number/);
    expect(() => layerCashFlows({ ...BASE, tickets: [{ date: '2026-01-05', premium: 10, fees: -1 }] }, '2026-03-01')).toThrow(/fees must be zero or a positive number/);
  });
});

describe('irrReport', () => {
  const layerArb: fc.Arbitrary<LayerCashInput> = fc
    .record({
      id: fc.uuid(),
      openDay: fc.integer({ min: 0, max: 200 }),
      length: fc.integer({ min: 1, max: 60 }),
      open: fc.boolean(),
      margin: fc.integer({ min: 1000, max: 20000 }),
      credit: fc.integer({ min: 50, max: 900 }),
      close: fc.integer({ min: -1500, max: 0 }),
    })
    .map((r) => {
      const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10);
      return {
        layerId: r.id,
        openedOn: day(r.openDay),
        closedOn: r.open ? null : day(r.openDay + r.length),
        margin: r.margin,
        tickets: [{ date: day(r.openDay), premium: r.credit, fees: 2.6 }, ...(r.open ? [] : [{ date: day(r.openDay + r.length), premium: r.close, fees: 2.6 }])],
        liquidationValue: r.open ? r.close : undefined,
      };
    });

  it("adding a layer never changes another layer's own IRR", () => {
    fc.assert(
      fc.property(fc.array(layerArb, { minLength: 1, maxLength: 6 }), layerArb, (layers, extra) => {
        const before = irrReport(layers, '2025-12-31');
        const after = irrReport([...layers, extra], '2025-12-31');
        expect(after.layers.slice(0, layers.length)).toEqual(before.layers);
      }),
    );
  });

  it('combines all layers into the portfolio IRR and reports an undefined IRR as a reason', () => {
    const second: LayerCashInput = { ...BASE, layerId: 'L2', openedOn: '2026-01-20', closedOn: null, tickets: [{ date: '2026-01-20', premium: 900 }], liquidationValue: -450 };
    const report = irrReport([BASE, second], '2026-02-10');
    expect(report.portfolio).toEqual(tryXirr(portfolioCashFlows([BASE, second], '2026-02-10')));
    expect(report.portfolio.ok).toBe(true);
    const noMargin: LayerCashInput = { layerId: 'L3', openedOn: '2026-01-05', closedOn: '2026-01-20', margin: 0, tickets: [{ date: '2026-01-05', premium: 100 }] };
    const undefinedIrr = irrReport([noMargin], '2026-02-10').layers[0];
    expect(undefinedIrr).toEqual({ layerId: 'L3', irr: { ok: false, reason: expect.stringMatching(/^IRR undefined: the cash flows are all inflows/) } });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CashFlow, xirr, xnpv } from './xirr';

// Microsoft Support, "XIRR function" and "XNPV function" (Excel), the documented example.
const EXCEL_FLOWS: CashFlow[] = [
  { date: '2008-01-01', amount: -10000 },
  { date: '2008-03-01', amount: 2750 },
  { date: '2008-10-30', amount: 4250 },
  { date: '2009-02-15', amount: 3250 },
  { date: '2009-04-01', amount: 2750 },
];

describe('xirr / xnpv — Excel reference', () => {
  it("matches Excel's XIRR example: 0.373362535", () => {
    // Excel shows 0.373362535 (it stops at ~1e-8); the exact root, from a 40-digit mpmath
    // solve of the same equation, is 0.373362533518831510 (0.37336253351883153 as a double).
    const rate = xirr(EXCEL_FLOWS);
    expect(rate).toBeCloseTo(0.373362535, 8);
    expect(Math.abs(rate - 0.37336253351883153)).toBeLessThan(1e-14);
  });

  it("matches Excel's XNPV example: rate 9% → 2,086.65", () => {
    expect(xnpv(0.09, EXCEL_FLOWS)).toBeCloseTo(2086.65, 2);
  });

  it('does not depend on the order of the flows and nets same-day flows', () => {
    const shuffled = [EXCEL_FLOWS[3], EXCEL_FLOWS[0], EXCEL_FLOWS[4], EXCEL_FLOWS[2], EXCEL_FLOWS[1]];
    expect(xirr(shuffled)).toBeCloseTo(0.37336253351883153, 12);
    const split = [...EXCEL_FLOWS.slice(1), { date: '2008-01-01', amount: -4000 }, { date: '2008-01-01', amount: -6000 }];
    expect(xirr(split)).toBeCloseTo(0.37336253351883153, 12);
  });
});

describe('xirr — properties', () => {
  const flowsArb = fc
    .array(
      fc.record({ day: fc.integer({ min: 0, max: 2000 }), amount: fc.double({ min: -1e6, max: 1e6, noNaN: true }) }),
      { minLength: 1, maxLength: 40 },
    )
    .map((rows) => [{ day: 0, amount: -Math.abs(rows[0].amount) - 1 }, ...rows.slice(1), { day: 2001, amount: Math.abs(rows[0].amount) + 1 }])
    .map((rows) => rows.map((r) => ({ date: new Date(Date.UTC(2020, 0, 1 + r.day)).toISOString().slice(0, 10), amount: r.amount })));

  it('xnpv(xirr(f), f) ≈ 0 whenever an IRR is returned', () => {
    fc.assert(
      fc.property(flowsArb, (flows) => {
        let rate: number;
        try {
          rate = xirr(flows);
        } catch (error) {
          expect(String(error)).toMatch(/IRR undefined/);
          return;
        }
        // −1 is the floor: the root lies where 1 + r underflows, and the flows do change sign.
        if (rate === -1) return;
        // Relative to the size of the discounted terms (near r = −100% they dwarf the amounts), plus
        // the conditioning of (1 + r)^t itself: r is a double, so 1 + r carries a relative error of
        // ε/(1 + r), which the exponent t multiplies.
        const years = flows.map((f) => (Date.parse(f.date) - Date.parse(flows[0].date)) / 86_400_000 / 365);
        const scale = flows.reduce((s, f, i) => s + Math.abs(f.amount) * Math.pow(1 + rate, -years[i]), 0);
        const conditioning = (Number.EPSILON / (1 + rate)) * Math.max(...years);
        expect(Math.abs(xnpv(rate, flows))).toBeLessThanOrEqual((1e-9 + 10 * conditioning) * scale);
      }),
    );
  });

  it('recovers the rate that generated a conventional flow pattern', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.95, max: 50, noNaN: true }), fc.integer({ min: 1, max: 3650 }), (rate, days) => {
        const flows = [
          { date: '2021-03-01', amount: -1000 },
          { date: new Date(Date.UTC(2021, 2, 1 + days)).toISOString().slice(0, 10), amount: 1000 * Math.pow(1 + rate, days / 365) },
        ];
        expect(Math.abs(xirr(flows) - rate)).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(rate)));
      }),
    );
  });
});

describe('xirr — edges', () => {
  it('throws "IRR undefined" when the flows never change sign', () => {
    expect(() => xirr([{ date: '2024-01-01', amount: 100 }, { date: '2024-06-01', amount: 50 }])).toThrow(/^IRR undefined: the cash flows are all inflows/);
    expect(() => xirr([{ date: '2024-01-01', amount: -100 }, { date: '2024-06-01', amount: -50 }])).toThrow(/^IRR undefined: the cash flows are all outflows/);
    expect(() => xirr([])).toThrow(/^IRR undefined: there are no non-zero cash flows/);
  });

  it('throws "IRR undefined" when all flows fall on one day', () => {
    expect(() => xirr([{ date: '2024-01-01', amount: -100 }, { date: '2024-01-01', amount: 120 }])).toThrow(/^IRR undefined: all cash flows fall on one day/);
  });

  it('solves very large and very small rates', () => {
    // Doubling money in one day: (1 + r)^(1/365) = 2 → r = 2^365 − 1 ≈ 7.5e109.
    const huge = xirr([{ date: '2024-01-01', amount: -100 }, { date: '2024-01-02', amount: 200 }]);
    expect(huge / (Math.pow(2, 365) - 1)).toBeCloseTo(1, 10);
    // Losing 99.99% in a year.
    const tiny = xirr([{ date: '2023-01-01', amount: -10000 }, { date: '2024-01-01', amount: 1 }]);
    expect(tiny).toBeCloseTo(1e-4 - 1, 12);
    // Receiving first and paying later (a credit kept as a loan): the rate is the cost of that money.
    // 2024 is a leap year, so the 366 days are 366/365 years: 1 + r = 1.1^(365/366).
    expect(xirr([{ date: '2024-01-01', amount: 500 }, { date: '2025-01-01', amount: -550 }])).toBeCloseTo(Math.pow(1.1, 365 / 366) - 1, 12);
  });

  it('finds a rate when two rates share one scan interval (no sign change between scan points)', () => {
    // (v − 1/1.5)(v − 1/1.6) with v = 1/(1 + r): rates of exactly 50% and 60%, 365-day years.
    const flows = [
      { date: '2021-01-01', amount: 1000 / 2.4 },
      { date: '2022-01-01', amount: -1000 * (1 / 1.5 + 1 / 1.6) },
      { date: '2023-01-01', amount: 1000 },
    ];
    const rate = xirr(flows);
    expect(Math.min(Math.abs(rate - 0.5), Math.abs(rate - 0.6))).toBeLessThan(1e-9);
    expect(Math.abs(xnpv(rate, flows))).toBeLessThan(1e-9);
  });

  it('throws "IRR undefined" for a rate beyond the solver range, and rejects bad input', () => {
    expect(() => xirr([{ date: '2024-01-01', amount: -1 }, { date: '2024-01-02', amount: 1e300 }])).toThrow(/^IRR undefined: no rate/);
    expect(() => xirr([{ date: '2024-02-30', amount: -1 }, { date: '2024-03-01', amount: 2 }])).toThrow(/2024-02-30 is not a calendar date/);
    expect(() => xirr([{ date: '03/01/2024', amount: -1 }, { date: '2024-03-01', amount: 2 }])).toThrow(/date must be YYYY-MM-DD/);
    expect(() => xirr([{ date: '2024-03-01', amount: Number.NaN }, { date: '2024-03-02', amount: 2 }])).toThrow(/amount must be a finite number/);
    expect(() => xnpv(-1, EXCEL_FLOWS)).toThrow(/rate must be greater than −1/);
  });
});

import { describe, expect, it } from 'vitest';
import { newPortfolioDraft, parsePortfolioDraft } from './portfolio-draft';

describe('portfolio draft', () => {
  it('turns the default form into API input with the 40/25/15 schedule', () => {
    const parsed = parsePortfolioDraft({ ...newPortfolioDraft(), name: ' Main ', riskCapital: '100,000' });
    expect(parsed.input).toEqual({ name: 'Main', riskCapitalCents: 10_000_000, settings: { allocationPct: [40, 25, 15], hedgeBudgetPct: 5 } });
    expect(parsed.reservePct).toBe(15);
  });

  it('ties each problem to its field', () => {
    const parsed = parsePortfolioDraft({ ...newPortfolioDraft(), riskCapital: 'lots', slots: ['60', '30', '20'] });
    expect(parsed.input).toBeNull();
    expect(parsed.issues.map((i) => i.path)).toEqual(['name', 'riskCapitalCents', 'settings.allocationPct']);
  });
});

import { describe, expect, it } from 'vitest';
import { parseCondorCore, type CondorCoreDraft } from './condor-core';
import { condorMetrics } from './condor-metrics';
import { previewIssues } from './condor-metrics-panel';

const draft: CondorCoreDraft = {
  expiration: '2026-03-20',
  strikes: { putLong: '5500', putShort: '5550', callShort: '5900', callLong: '5950' },
  quantity: '2',
  credit: '12.50',
};

describe('condor entry', () => {
  it('parses a valid condor into exact integers', () => {
    const parsed = parseCondorCore(draft, '2026-02-03', 'openedOn');
    expect(parsed.issues).toEqual([]);
    expect(parsed.entry).toEqual({
      openedOn: '2026-02-03', expiration: '2026-03-20', quantity: 2, creditHundredths: 1250,
      strikes: { putLong: 550_000, putShort: 555_000, callShort: 590_000, callLong: 595_000 },
    });
  });

  it('reports the shared rules on the field they concern', () => {
    const parsed = parseCondorCore({ ...draft, strikes: { ...draft.strikes, putShort: '5400' }, expiration: '2026-01-01' }, '2026-02-03', 'openedOn');
    expect(parsed.issues.map((i) => i.path)).toEqual(['strikes.putLong', 'expiration']);
  });

  it('reports a 950-point credit on a 50-wide condor together with a bad expiration, not one per Save', () => {
    const parsed = parseCondorCore({ ...draft, credit: '950', expiration: '2026-01-01' }, '2026-02-03', 'openedOn');
    expect(parsed.issues.map((i) => i.path)).toEqual(['expiration', 'creditHundredths']);
    expect(previewIssues(parsed.issues).map((i) => i.message)).toEqual(['must be after the open date 2026-02-03', 'the credit must be below the wider wing (50 points): the most the condor can ever cost to close is the wing, so a larger credit is an arbitrage']);
  });

  it('lists typed mistakes in the preview, not fields still empty', () => {
    const parsed = parseCondorCore({ ...draft, credit: '', strikes: { ...draft.strikes, callLong: '' } }, '2026-02-03', 'openedOn');
    expect(parsed.issues.length).toBe(2);
    expect(previewIssues(parsed.issues)).toEqual([]);
  });

  it('checks the credit against the wider wing', () => {
    const parsed = parseCondorCore({ ...draft, credit: '50' }, '2026-02-03', 'openedOn');
    expect(parsed.issues.map((i) => i.path)).toEqual(['creditHundredths']);
  });

  it('does not blame the strikes for a blank field elsewhere', () => {
    const parsed = parseCondorCore({ ...draft, strikes: { ...draft.strikes, callLong: '' } }, '', 'date');
    expect(parsed.issues.map((i) => i.path)).toEqual(['date', 'strikes.callLong']);
  });
});

describe('condor metrics', () => {
  it('computes the ALVH per-condor figures in cents', () => {
    const m = condorMetrics({ putLong: 550_000, putShort: 555_000, callShort: 590_000, callLong: 597_500 }, 1250, 2);
    expect(m.widerWingHundredths).toBe(7500);
    expect(m.creditPerCondorCents).toBe(125_000);
    expect(m.maxProfitCents).toBe(250_000);
    expect(m.maxLossCents).toBe((7500 - 1250) * 100 * 2);
    expect(m.breakEvenLowHundredths).toBe(553_750);
    expect(m.breakEvenHighHundredths).toBe(591_250);
    expect(m.marginCents).toBe(7500 * 100 * 2);
  });
});

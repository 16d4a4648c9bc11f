import { describe, expect, it } from 'vitest';
import { evaluateRules } from './evaluate';
import { busyScenario } from './testing/scenario';
import type { RulesDecision } from './types';

describe('evaluateRules on a busy portfolio', () => {
  const { input, market } = busyScenario();
  const result = evaluateRules(input, market);

  it('fires the expected prompts, sorted by severity then rule order', () => {
    expect(result.prompts.map((p) => `${p.severity} ${p.key}`)).toEqual([
      'critical loyalty-trap:layer-1',
      'critical over-allocation:portfolio',
      'warning tighten:layer-2',
      // Layer 1's short put 5,900 sits above SPX 5,890: its |Δ| is far above 0.30.
      'warning threatened-layer:layer-1',
      'warning vix-hedge:portfolio',
      'warning roll:layer-2',
      'warning late-dte:layer-1',
      'info event-guard:event-2026-06-09',
    ]);
    expect(result.unavailable).toEqual([]);
  });

  it('gives every prompt a stable key, a layer id where it concerns one, and no snooze', () => {
    for (const p of result.prompts) {
      expect(p.key).toBe(`${p.rule}:${p.subject}`);
      expect(p.snoozedUntil).toBeNull();
      if (p.subject.startsWith('layer-')) expect(p.layerId).toBe(Number(p.subject.slice(6)));
    }
  });
});

describe('decisions', () => {
  const { input, market } = busyScenario();
  const keys = (decisions: RulesDecision[]) => evaluateRules({ ...input, decisions }, market).prompts;
  const decision = (d: Partial<RulesDecision>): RulesDecision => ({ ruleId: 'tighten', subject: 'layer-2', decision: 'snoozed', snoozeUntil: null, evaluatedOn: '2026-06-05', ...d });

  it('marks a snoozed prompt while the snooze runs (snoozeUntil after asOf)', () => {
    const snoozed = keys([decision({ snoozeUntil: '2026-06-08', evaluatedOn: '2026-06-03' })]).find((p) => p.key === 'tighten:layer-2');
    expect(snoozed?.snoozedUntil).toBe('2026-06-08');
    expect(keys([decision({ snoozeUntil: '2026-06-05', evaluatedOn: '2026-06-03' })]).find((p) => p.key === 'tighten:layer-2')?.snoozedUntil).toBeNull();
  });

  it('takes the latest snooze and ignores decisions made after asOf', () => {
    const ds = [decision({ snoozeUntil: '2026-06-08' }), decision({ snoozeUntil: '2026-06-12', evaluatedOn: '2026-06-04' }), decision({ snoozeUntil: '2026-07-01', evaluatedOn: '2026-06-06' })];
    expect(keys(ds).find((p) => p.key === 'tighten:layer-2')?.snoozedUntil).toBe('2026-06-12');
  });

  it('drops a prompt dismissed the same evaluation day only', () => {
    const today = keys([decision({ decision: 'dismissed', evaluatedOn: '2026-06-05' })]);
    expect(today.some((p) => p.key === 'tighten:layer-2')).toBe(false);
    expect(today).toHaveLength(7);
    expect(keys([decision({ decision: 'dismissed', evaluatedOn: '2026-06-04' })]).some((p) => p.key === 'tighten:layer-2')).toBe(true);
  });

  it('leaves other keys alone and ignores acted decisions', () => {
    expect(keys([decision({ subject: 'layer-1', decision: 'dismissed' }), decision({ decision: 'acted' })])).toEqual(keys([]));
  });
});

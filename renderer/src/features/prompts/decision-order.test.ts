import { describe, expect, it } from 'vitest';
import type { Decision } from '../../../../shared/domain/types';
import { newestFirst, promptTitle } from './decision-order';

const d = (id: number, evaluatedOn: string, prompt: Record<string, unknown> = {}): Decision => ({
  id, portfolioId: 1, ruleId: 'tighten', subject: 'layer-1', evaluatedOn, decision: 'dismissed', snoozeUntil: null, reason: '', prompt, layerId: 1, createdAt: '',
});

describe('decisions journal order', () => {
  it('sorts by evaluation date, newest first, then by id', () => {
    expect(newestFirst([d(1, '2024-01-02'), d(3, '2024-01-01'), d(2, '2024-01-02')]).map((x) => x.id)).toEqual([2, 1, 3]);
  });

  it('reads the stored prompt title, else the key', () => {
    expect(promptTitle(d(1, '2024-01-01', { title: 'Tighten #1' }))).toBe('Tighten #1');
    expect(promptTitle(d(1, '2024-01-01'))).toBe('tighten:layer-1');
  });
});

import { describe, expect, it } from 'vitest';
import { importBatches } from './import-batches';

const t = (orderNumber: string, brokerKeys?: string[]) => ({ orderNumber, brokerKeys });

describe('importBatches', () => {
  it('cuts every `size` tickets', () => {
    expect(importBatches([t('1'), t('2'), t('3'), t('4'), t('5')], 2).map((b) => b.map((x) => x.orderNumber))).toEqual([['1', '2'], ['3', '4'], ['5']]);
  });

  it('never separates the tickets of one order (a roll and the condor it opens) nor of one expiration row', () => {
    const roll = [t('1'), t('2'), t('2'), t('3')];
    expect(importBatches(roll, 2).map((b) => b.length)).toEqual([3, 1]);
    const expiries = [t('1'), t('', ['day:A', 'day:B']), t('', ['day:B']), t('4')];
    expect(importBatches(expiries, 2).map((b) => b.length)).toEqual([3, 1]);
  });

  it('keeps every ticket once, in order', () => {
    const tickets = Array.from({ length: 37 }, (_, i) => t(String(Math.floor(i / 3))));
    const batches = importBatches(tickets, 5);
    expect(batches.flat()).toEqual(tickets);
    for (const batch of batches) expect(batch.length).toBeGreaterThan(0);
  });
});

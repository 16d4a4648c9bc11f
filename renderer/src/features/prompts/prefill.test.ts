import { describe, expect, it } from 'vitest';
import type { RollSuggestion, VixHedgeSuggestion } from '../../../../shared/rules';
import { actTarget, hedgePrefill } from './prefill';
import { suggestionFacts } from './suggestion-facts';

const hedge: VixHedgeSuggestion = {
  kind: 'vix-hedge', structure: 'call-spread', underlying: 'VIX', expiration: '2024-05-22', longStrikeHundredths: 1900, shortStrikeHundredths: 2900,
  contracts: 7, costPerContractCents: 18_449, totalCostCents: 129_143, budgetCents: 500_000, budgetScale: 0.5, existingHedgeCents: 0, funding: 'capital-budget', volOfVol: 0.9, forwardPoints: 17.2,
};

const open = {
  kind: 'open-condor', underlying: 'SPXW', expiration: '2024-06-21', dte: 45, strikes: { putLong: 470_000, putShort: 475_000, callShort: 540_000, callLong: 545_000 },
  wingWidthHundredths: 5000, shortPutDelta: 0.15, shortCallDelta: 0.14, creditHundredths: 1235, maxLossPerContractCents: 376_500, marginPerContractCents: 500_000,
  riskPerContractCents: 376_500, quantity: 3, role: 'base', slotIndex: null, slotPct: null, budgetCents: null,
} as const;

describe('prefill', () => {
  it('closes a hedge for profit (hedge-exit) as a credit closing ticket: a cost to close of −10.00 sells the spread for 10.00', () => {
    const target = actTarget({ kind: 'close-or-adjust', layerId: 9, reasons: ['hedge-take-profit'], closePriceHundredths: -1000, closeSource: 'model', quantity: 3 }, 'why');
    expect(target).toEqual({ form: 'close', layerId: 9, initial: { kind: 'close', price: '10.00', direction: 'credit', note: 'why' } });
    const facts = suggestionFacts({ kind: 'close-or-adjust', layerId: 9, reasons: ['hedge-take-profit'], closePriceHundredths: -1000, closeSource: 'model', quantity: 3 });
    expect(facts.headline).toBe('Close hedge layer #9 for profit (hedge-take-profit)');
    expect(facts.facts[1]).toEqual(['cost to close', '10 pts credit per unit (model) = $3,000.00 credit']);
  });

  it('turns a VIX hedge into a long/short call spread bought at the estimated debit', () => {
    const draft = hedgePrefill(hedge, [1, 2], 'why');
    expect(draft.legs?.map((l) => [l.underlying, l.right, l.side, l.strike, l.expiration])).toEqual([
      ['VIX', 'call', 'long', '19', '2024-05-22'],
      ['VIX', 'call', 'short', '29', '2024-05-22'],
    ]);
    expect(draft).toMatchObject({ role: 'hedge', quantity: '7', price: '1.84', direction: 'debit', protects: [1, 2], notes: 'why' });
  });

  it('closes a roll at the cost to close as a debit and opens the proposed condor', () => {
    const roll: RollSuggestion = { kind: 'roll', layerId: 4, closePriceHundredths: 420, closeSource: 'model', markDate: null, quantity: 3, open };
    const target = actTarget(roll, '');
    expect(target).toMatchObject({
      form: 'roll', layerId: 4,
      initial: { closePrice: '4.20', closeDirection: 'debit', expiration: '2024-06-21', quantity: '3', credit: '12.35', strikes: { putLong: '4700', callLong: '5450' } },
    });
  });

  it('records without a form when there is nothing to trade', () => {
    expect(actTarget(null, '').form).toBe('none');
    expect(actTarget({ kind: 'hold-new-layers', events: [], holdUntil: '2024-05-02' }, '').form).toBe('none');
  });
});

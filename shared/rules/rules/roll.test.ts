import { describe, expect, it } from 'vitest';
import type { LayerDetail } from '../../domain/types';
import { evaluateRules } from '../evaluate';
import { condorLayer } from '../testing/layer-builder';
import { flatMarket, rulesInput } from '../testing/market-builder';
import type { RollSuggestion, RulesMark } from '../types';

const asOf = '2026-06-05';
const market = flatMarket({ last: asOf, vix: 16 });
// Credit 4.00: 50% captured when it costs 2.00 to close.
const front = condorLayer({ id: 1, openedOn: '2026-05-01', expiration: '2026-06-26', strikes: [5400, 5450, 6550, 6600], credit: 4, quantity: 3 });
const back = condorLayer({ id: 2, role: 'time-shift', openedOn: '2026-05-20', expiration: '2026-07-17', strikes: [5400, 5450, 6550, 6600], credit: 4, quantity: 2 });

function roll(marks: RulesMark[], layers: LayerDetail[] = [front]) {
  const result = evaluateRules(rulesInput(asOf, { layers, marks }), market);
  return result.prompts.filter((p) => p.rule === 'roll');
}

describe('roll at ≥ 50% of max profit', () => {
  it('fires at exactly 50% from a mark and not at 49.75%', () => {
    expect(roll([{ layerId: 1, date: asOf, priceHundredths: 200 }])).toHaveLength(1);
    expect(roll([{ layerId: 1, date: asOf, priceHundredths: 201 }])).toEqual([]);
  });

  it('uses the mark of asOf itself, never an earlier (stale) or a later one', () => {
    const marks = [
      { layerId: 1, date: '2026-06-01', priceHundredths: 300 },
      { layerId: 1, date: asOf, priceHundredths: 150 },
      { layerId: 1, date: '2026-06-08', priceHundredths: 390 },
    ];
    const [prompt] = roll(marks);
    expect(prompt?.inputs).toMatchObject({ costToCloseHundredths: 150, costSource: 'mark', markDate: asOf, capturedShare: 0.625 });
    expect(prompt?.explanation).toContain(`has captured 62.5% ≥ 50% of its max profit: credit 4.00, cost to close 1.50 (mark of ${asOf})`);
    // A mark of 06-04 does not price 06-05: the model does.
    expect(roll([{ layerId: 1, date: '2026-06-04', priceHundredths: 390 }])[0]?.inputs.costSource).toBe('model');
  });

  it('falls back to the model value without a mark', () => {
    const [prompt] = roll([]); // far OTM at VIX 16 with 21 DTE: worth well under half the credit
    expect(prompt?.inputs.costSource).toBe('model');
    expect(Number(prompt?.inputs.capturedShare)).toBeGreaterThan(0.5);
  });

  it('the model value is anchored at the fill: on the opening day it costs the credit to close (0% captured), as the dashboard says', () => {
    // A condor sold at 4.00 on asOf itself, flat SPX/VIX: without the anchor the smile's own price (not 4.00) would set % captured.
    const fresh = condorLayer({ id: 3, openedOn: asOf, expiration: '2026-07-17', strikes: [5400, 5450, 6550, 6600], credit: 4, quantity: 1 });
    const result = evaluateRules(rulesInput(asOf, { layers: [fresh], marks: [], settings: { ...rulesInput(asOf, {}).settings, rollPctMaxProfit: 0 } }), market);
    const [prompt] = result.prompts.filter((p) => p.rule === 'roll');
    expect(prompt?.inputs).toMatchObject({ costSource: 'model', costToCloseHundredths: 400, capturedShare: 0 });
  });

  it('ignores a mark older than the layer’s last ticket (it priced another structure)', () => {
    const adjusted: LayerDetail = { ...front, tickets: [...front.tickets, { ...(front.tickets[0] as LayerDetail['tickets'][number]), id: 199, date: '2026-06-03', action: 'adjust', quantity: 0, netPriceHundredths: 0, cashCents: 0, legs: [] }] };
    const [prompt] = roll([{ layerId: 1, date: '2026-06-02', priceHundredths: 390 }], [adjusted]);
    expect(prompt?.inputs.costSource).toBe('model');
  });

  it('lists qualifying layers shortest-dated first and proposes a same-size condor further out', () => {
    const marks = [{ layerId: 1, date: asOf, priceHundredths: 100 }, { layerId: 2, date: asOf, priceHundredths: 100 }];
    const prompts = roll(marks, [back, front]);
    expect(prompts.map((p) => p.key)).toEqual(['roll:layer-1', 'roll:layer-2']);
    const s = prompts[0]?.suggestion as RollSuggestion;
    expect(s).toMatchObject({ kind: 'roll', layerId: 1, closePriceHundredths: 100, closeSource: 'mark', quantity: 3 });
    expect(s.open).toMatchObject({ kind: 'open-condor', role: 'base', quantity: 3, slotPct: null, expiration: '2026-07-20', wingWidthHundredths: 4000 }); // base wing 0.65% × 6,000 = 39 → 40 on the grid
    expect((prompts[1]?.suggestion as RollSuggestion).open.dte).toBeLessThanOrEqual(31);
  });
});

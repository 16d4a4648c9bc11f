import { describe, expect, it } from 'vitest';
import { evaluateRules } from '../evaluate';
import { condorLayer } from '../testing/layer-builder';
import { flatMarket, rulesInput } from '../testing/market-builder';

const asOf = '2026-06-05';
const layerExpiring = (expiration: string, id = 1) => condorLayer({ id, openedOn: '2026-04-20', expiration, strikes: [5450, 5500, 6500, 6550], credit: 4 });

function late(...layers: ReturnType<typeof layerExpiring>[]) {
  return evaluateRules(rulesInput(asOf, { layers }), flatMarket({ last: asOf })).prompts.filter((p) => p.rule === 'late-dte');
}

describe('late-dte: ≤ 21 calendar days to expiration', () => {
  it('fires at 21 DTE and not at 22', () => {
    expect(late(layerExpiring('2026-06-26'))[0]?.inputs.dte).toBe(21);
    expect(late(layerExpiring('2026-06-27'))).toEqual([]);
  });

  it('covers expiration day; an expired layer not yet booked gets book-expiration instead (never a negative DTE)', () => {
    expect(late(layerExpiring('2026-06-05'))[0]?.explanation).toContain('expires today');
    expect(late(layerExpiring('2026-06-03'))).toEqual([]);
    const all = evaluateRules(rulesInput(asOf, { layers: [layerExpiring('2026-06-03')] }), flatMarket({ last: asOf })).prompts.filter((p) => p.layerId === 1);
    expect(all.map((p) => p.rule)).toEqual(['book-expiration']);
  });

  it('lists the nearest expiration first', () => {
    expect(late(layerExpiring('2026-06-19', 1), layerExpiring('2026-06-12', 2)).map((p) => p.layerId)).toEqual([2, 1]);
  });
});

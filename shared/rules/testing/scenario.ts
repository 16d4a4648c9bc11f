/**
 * A busy portfolio on 2026-06-05 on which most rules fire at once (for ordering, decision,
 * disabling and determinism tests).
 */
import type { LayerDetail } from '../../domain/types';
import type { MarketContext } from '../market-context';
import type { RulesInput } from '../types';
import { condorLayer, vixHedgeLayer } from './layer-builder';
import { flatMarket, rulesInput } from './market-builder';

export const SCENARIO_AS_OF = '2026-06-05';

export function busyLayers(): LayerDetail[] {
  return [
    condorLayer({ id: 1, openedOn: '2026-04-24', expiration: '2026-06-19', strikes: [5850, 5900, 6300, 6350], credit: 5, quantity: 10 }),
    condorLayer({ id: 2, role: 'time-shift', openedOn: '2026-05-20', expiration: '2026-07-10', strikes: [5400, 5450, 6550, 6600], credit: 4, quantity: 8 }),
    vixHedgeLayer({ id: 3, openedOn: '2026-05-20', expiration: '2026-06-17', strikes: [20, 30], debit: 0.8, quantity: 5 }),
  ];
}

/** RSI 70, IV − RV −4, SPX 5890 (below layer 1's short put), a CPI in 2 trading days. */
export function busyScenario(): { input: RulesInput; market: MarketContext } {
  return {
    input: rulesInput(SCENARIO_AS_OF, {
      riskCapitalCents: 5_000_000,
      layers: busyLayers(),
      marks: [{ layerId: 2, date: SCENARIO_AS_OF, priceHundredths: 150 }],
      events: [{ date: '2026-06-09', kind: 'CPI', note: 'May CPI' }],
    }),
    market: flatMarket({ last: SCENARIO_AS_OF, spx: 5890, vix: 20, rsi: 70, realizedVol: 0.24 }),
  };
}

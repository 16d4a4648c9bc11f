import { useMemo } from 'react';
import type { PortfolioSettings } from '../../../../shared/domain/settings';
import type { MarketBar } from '../../../../shared/domain/types';
import { prepareMarket, type MarketContext } from '../../../../shared/rules/market-context';
import { api } from '../../api/transport';
import { useLoad, type Loaded } from '../../api/use-load';

export interface MarketBars {
  spx: MarketBar[];
  vix: MarketBar[];
}

export interface MarketData {
  bars: Loaded<MarketBars>;
  /** Closes with RSI, MACD and RV over the whole history; null until loaded. */
  market: MarketContext | null;
  /** The stored close for a symbol and date (hundredths), if any. */
  storedClose(symbol: 'SPX' | 'VIX', date: string): number | null;
}

/**
 * Every stored SPX and VIX close, prepared once per load and per indicator setting with the
 * rules engine's own `prepareMarket` (tens of thousands of bars take a few milliseconds).
 */
export function useMarketData(settings: Pick<PortfolioSettings, 'rsiPeriod' | 'realizedVolWindow'>): MarketData {
  const bars = useLoad<MarketBars>(async () => {
    const [spx, vix] = await Promise.all([api.send('market/list', { symbol: 'SPX' }), api.send('market/list', { symbol: 'VIX' })]);
    return { spx, vix };
  }, 'market-bars');
  const { rsiPeriod, realizedVolWindow } = settings;
  const data = bars.data;
  const market = useMemo(() => (data ? prepareMarket(data.spx, data.vix, { rsiPeriod, realizedVolWindow }) : null), [data, rsiPeriod, realizedVolWindow]);
  const index = useMemo(() => {
    const map = new Map<string, number>();
    for (const bar of [...(data?.spx ?? []), ...(data?.vix ?? [])]) map.set(`${bar.symbol}:${bar.date}`, bar.closeHundredths);
    return map;
  }, [data]);
  return { bars, market, storedClose: (symbol, date) => index.get(`${symbol}:${date}`) ?? null };
}

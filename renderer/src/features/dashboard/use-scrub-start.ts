import { useEffect, useState } from 'react';
import { api } from '../../api/transport';

/**
 * Where the as-of slider starts: the opening date of the portfolio's first layer, or — with no
 * layer yet — the first stored SPX close; null when there is neither. Read again when `revision`
 * changes (the dashboard reloaded after a trade or a refresh).
 */
export function useScrubStart(portfolioId: number, revision: number): string | null {
  const [start, setStart] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    firstBookDate(portfolioId).then(
      (date) => { if (live) setStart(date); },
      () => { if (live) setStart(null); }, // the slider is a convenience: the date field still works
    );
    return () => { live = false; };
  }, [portfolioId, revision]);
  return start;
}

async function firstBookDate(portfolioId: number): Promise<string | null> {
  // layer/options lists every layer (memoised by the backend until the next write), newest first.
  const layers = await api.send('layer/options', { portfolioId });
  if (layers.length > 0) return layers.reduce((first, l) => (l.openedOn < first ? l.openedOn : first), layers[0]?.openedOn ?? '');
  // No layer: the whole SPX history (memoised until market data changes), oldest first.
  const closes = await api.send('market/list', { symbol: 'SPX' });
  return closes[0]?.date ?? null;
}

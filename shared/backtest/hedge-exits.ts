/**
 * When the simulated trader closes a VIX hedge before expiration (settings, ALVH.md): when its
 * model value reaches hedgeTakeProfitMultiple × what it cost (fees included), or when VIX RSI falls
 * back below hedgeExitRsi while the spread is in profit (value above its cost). 0 turns either off.
 */
import type { PortfolioSettings } from '../domain/settings';

export type HedgeExit = 'hedge-take-profit' | 'hedge-rsi-exit' | null;

/** Why a hedge worth `valueCents` that cost `costCents` should close today, or null to hold it. */
export function hedgeExit(settings: Pick<PortfolioSettings, 'hedgeTakeProfitMultiple' | 'hedgeExitRsi'>, valueCents: number, costCents: number, vixRsi: number | null): HedgeExit {
  if (costCents <= 0) return null;
  if (settings.hedgeTakeProfitMultiple > 0 && valueCents >= settings.hedgeTakeProfitMultiple * costCents) return 'hedge-take-profit';
  if (settings.hedgeExitRsi > 0 && vixRsi !== null && vixRsi < settings.hedgeExitRsi && valueCents > costCents) return 'hedge-rsi-exit';
  return null;
}

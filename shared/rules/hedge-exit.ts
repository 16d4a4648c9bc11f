/**
 * When a VIX hedge is closed for profit (ALVH.md "Hedge pot", settings): when its model value
 * reaches hedgeTakeProfitMultiple × what it cost (fees included), or when VIX RSI falls back
 * below hedgeExitRsi while the spread is in profit (value above its cost). 0 turns either off.
 * The one definition both the app's `hedge-exit` prompt and the backtest's hedge exits use.
 */
import type { PortfolioSettings } from '../domain/settings';

/** Which trigger fired: the take-profit multiple, or the RSI fall-back with the spread in profit. */
export type HedgeExitTrigger = 'hedge-take-profit' | 'hedge-rsi-exit';
export type HedgeExit = HedgeExitTrigger | null;

/** The settings the exit reads. */
export type HedgeExitSettings = Pick<PortfolioSettings, 'hedgeTakeProfitMultiple' | 'hedgeExitRsi'>;

/**
 * Why a hedge worth `valueCents` (model liquidation value of its open legs) that cost `costCents`
 * (premium paid and not recovered, fees included) should close today, or null to hold it.
 * Take-profit is inclusive (value ≥ multiple × cost); the RSI exit is strict on both sides
 * (RSI < hedgeExitRsi and value > cost). A hedge that cost nothing never fires.
 */
export function hedgeExit(settings: HedgeExitSettings, valueCents: number, costCents: number, vixRsi: number | null): HedgeExit {
  if (costCents <= 0) return null;
  if (settings.hedgeTakeProfitMultiple > 0 && valueCents >= settings.hedgeTakeProfitMultiple * costCents) return 'hedge-take-profit';
  if (settings.hedgeExitRsi > 0 && vixRsi !== null && vixRsi < settings.hedgeExitRsi && valueCents > costCents) return 'hedge-rsi-exit';
  return null;
}

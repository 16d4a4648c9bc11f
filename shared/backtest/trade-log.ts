/**
 * The trade log as CSV (`alvh backtest --trades FILE.csv`): one row per fill of every strategy,
 * with the instrument (SPX = AM-settled monthly, SPXW = PM-settled, VIX), the strikes traded
 * (+ bought / − sold per strike), the expiration, quantity, net price per unit in points
 * (+ credit, − debit, after slippage), fees and cash in dollars, and the reason (the rule, or the
 * simulator's own: monthly-open, expiration, hedge-take-profit, hedge-rsi-exit, ruin…).
 */
import type { BacktestResult, Fill, FillLeg } from './types';

export const TRADE_LOG_HEADER = ['strategy', 'date', 'layer', 'role', 'action', 'reason', 'instrument', 'legs', 'expiration', 'quantity', 'price_points', 'fees_usd', 'cash_usd'] as const;

const strike = (hundredths: number) => (hundredths / 100).toFixed(2).replace(/\.00$/, '');

/** "+1 P 5450 / -1 P 5500 / …": contracts per unit of the fill, right, strike. */
function legsText(legs: readonly FillLeg[], quantity: number): string {
  return legs.map((l) => `${l.contracts > 0 ? '+' : '-'}${Math.abs(l.contracts) / Math.max(1, quantity)} ${l.right === 'put' ? 'P' : 'C'} ${strike(l.strikeHundredths)}`).join(' / ');
}

function row(strategy: string, f: Fill): string[] {
  const instruments = [...new Set(f.legs.map((l) => l.underlying))].join('+');
  const expirations = [...new Set(f.legs.map((l) => l.expiration))].join('+');
  const money = (hundredths: number): string => (hundredths / 100).toFixed(2);
  return [
    strategy, f.date, String(f.layerId), f.role, f.action, f.reason, instruments, legsText(f.legs, f.quantity), expirations,
    String(f.quantity), money(f.netPriceHundredths), money(f.feesCents), money(f.cashCents),
  ];
}

/** Every fill of every strategy as CSV text (header first, rows in strategy then fill order). */
export function tradeLogCsv(result: BacktestResult): string {
  const lines = [TRADE_LOG_HEADER.join(',')];
  for (const s of result.strategies) for (const f of s.fills) lines.push(row(s.id, f).join(','));
  return `${lines.join('\n')}\n`;
}

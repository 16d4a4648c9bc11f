import type { Leg } from '../../../shared/domain/types';
import { formatStrike } from './points';

/** "SPXW 5600 put", "VX future", "VXX shares": what the leg is, without side or size. */
export function describeInstrument(leg: Pick<Leg, 'instrument' | 'underlying' | 'symbol' | 'right' | 'strikeHundredths'>): string {
  if (leg.instrument === 'etf') return `${leg.symbol ?? 'ETF'} shares`;
  if (leg.instrument === 'future') return `${leg.underlying} future`;
  const strike = leg.strikeHundredths === null ? '?' : formatStrike(leg.strikeHundredths);
  return `${leg.underlying} ${strike} ${leg.right ?? ''}`.trim();
}

/** "Short SPXW 5600 put 2025-12-19". */
export function describeLeg(leg: Leg): string {
  const side = leg.side === 'long' ? 'Long' : 'Short';
  return [side, describeInstrument(leg), leg.expiration ?? ''].filter(Boolean).join(' ');
}

/** "+VIX 20 call · −VIX 30 call": a non-condor position in one line. */
export function describeLegs(legs: readonly Leg[]): string {
  return legs.map((leg) => `${leg.side === 'long' ? '+' : '−'}${leg.ratio > 1 ? leg.ratio : ''}${describeInstrument(leg)}`).join(' · ');
}

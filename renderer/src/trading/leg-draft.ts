/**
 * One row of the leg editor and its conversion to the API's leg input. The multiplier is
 * not typed: it follows from the instrument (options ×100, VIX futures ×1000, ETF shares ×1).
 */
import type { ApiInput } from '../../../shared/api/contract';
import type { ApiIssue } from '../../../shared/api/errors';
import { dateProblem } from '../../../shared/dates';
import type { Instrument, Underlying } from '../../../shared/domain/types';
import { parseQuantity, parseStrike } from '../forms/parse-number';

export type LegInput = ApiInput<'layer/create'>['legs'][number];

export interface LegDraft {
  /** React key only. */
  key: number;
  instrument: Instrument;
  underlying: Underlying;
  symbol: string;
  right: 'put' | 'call';
  side: 'long' | 'short';
  strike: string;
  expiration: string;
  ratio: string;
}

const MULTIPLIERS: Record<Instrument, number> = { option: 100, future: 1000, etf: 1 };
const UNDERLYINGS_BY_INSTRUMENT: Record<Instrument, readonly Underlying[]> = { option: ['VIX', 'SPXW', 'SPX'], future: ['VX'], etf: ['ETF'] };

export function multiplierFor(instrument: Instrument): number {
  return MULTIPLIERS[instrument];
}

export function underlyingsFor(instrument: Instrument): readonly Underlying[] {
  return UNDERLYINGS_BY_INSTRUMENT[instrument];
}

let nextKey = 1;

export function newLeg(patch: Partial<Omit<LegDraft, 'key'>> = {}): LegDraft {
  return { key: nextKey++, instrument: 'option', underlying: 'VIX', symbol: '', right: 'call', side: 'long', strike: '', expiration: '', ratio: '1', ...patch };
}

/** Switching the instrument resets the underlying to one that instrument trades on. */
export function withInstrument(leg: LegDraft, instrument: Instrument): LegDraft {
  const allowed = underlyingsFor(instrument);
  return { ...leg, instrument, underlying: allowed.includes(leg.underlying) ? leg.underlying : (allowed[0] ?? 'VIX') };
}

export const LEG_FIELDS = ['instrument', 'underlying', 'symbol', 'right', 'side', 'strikeHundredths', 'expiration', 'ratio', 'multiplier'] as const;

export function parseLeg(leg: LegDraft, path: string): { input: LegInput | null; issues: ApiIssue[] } {
  const issues: ApiIssue[] = [];
  const add = (field: string, message: string) => issues.push({ path: `${path}.${field}`, message });
  const isOption = leg.instrument === 'option';
  const strike = isOption ? parseStrike(leg.strike) : null;
  if (isOption && strike === null) add('strikeHundredths', 'Enter the strike, e.g. 20');
  const dated = leg.instrument !== 'etf';
  const expirationIssue = dated ? dateProblem(leg.expiration, 'expiration') : null;
  if (expirationIssue) add('expiration', expirationIssue);
  const symbol = leg.symbol.trim().toUpperCase();
  if (leg.instrument === 'etf' && !/^[A-Z]{1,6}$/.test(symbol)) add('symbol', 'Enter the ticker, e.g. VXX');
  const ratio = parseQuantity(leg.ratio);
  if (ratio === null || ratio > 1000) add('ratio', 'A whole number from 1');
  if (issues.length > 0 || ratio === null) return { input: null, issues };
  return {
    input: {
      instrument: leg.instrument,
      underlying: leg.underlying,
      symbol: leg.instrument === 'etf' ? symbol : null,
      right: isOption ? leg.right : null,
      side: leg.side,
      strikeHundredths: strike,
      expiration: dated ? leg.expiration : null,
      ratio,
      multiplier: multiplierFor(leg.instrument),
    },
    issues,
  };
}

/**
 * What a leg of a custom layer (or a leg an adjust ticket adds) must look like for its
 * instrument. Pure: the handlers throw these issues and a form can show the same ones.
 */
import type { ApiIssue } from '../api/errors';
import type { Leg } from './types';

/** The fields of a leg as the API receives it (`layer/create` legs, `ticket/add` newLegs). */
export type LegInput = Pick<Leg, 'instrument' | 'underlying' | 'right' | 'strikeHundredths' | 'expiration' | 'multiplier' | 'symbol'>;

type Add = (field: string, message: string) => void;

function optionIssues(leg: LegInput, add: Add): void {
  if (!['SPX', 'SPXW', 'VIX'].includes(leg.underlying)) add('underlying', 'options are on SPX, SPXW or VIX');
  if (leg.right === null) add('right', 'an option needs put or call');
  if (leg.strikeHundredths === null) add('strikeHundredths', 'an option needs a strike');
  if (leg.expiration === null) add('expiration', 'an option needs an expiration');
  if (leg.multiplier !== 100) add('multiplier', 'SPX and VIX options have a multiplier of 100');
}

function futureIssues(leg: LegInput, add: Add): void {
  if (leg.underlying !== 'VX') add('underlying', 'futures are VIX futures (VX)');
  if (leg.expiration === null) add('expiration', 'a future needs an expiration');
  if (leg.right !== null || leg.strikeHundredths !== null) add('right', 'a future has no right or strike');
  if (leg.multiplier !== 1000) add('multiplier', 'VIX futures have a multiplier of 1000');
}

function etfIssues(leg: LegInput, add: Add): void {
  if (leg.underlying !== 'ETF') add('underlying', 'an ETF leg has underlying ETF');
  if (leg.symbol === null) add('symbol', 'an ETF leg needs its ticker');
  if (leg.right !== null || leg.strikeHundredths !== null || leg.expiration !== null) add('expiration', 'ETF shares have no right, strike or expiration');
  if (leg.multiplier !== 1) add('multiplier', 'ETF shares have a multiplier of 1');
}

const BY_INSTRUMENT: Record<LegInput['instrument'], (leg: LegInput, add: Add) => void> = { option: optionIssues, future: futureIssues, etf: etfIssues };

/** Shape rules per instrument: options need right/strike/expiration, futures an expiration, ETFs a ticker. */
export function legIssues(leg: LegInput, path: string, openedOn: string): ApiIssue[] {
  const issues: ApiIssue[] = [];
  const add: Add = (field, message) => issues.push({ path: `${path}.${field}`, message });
  BY_INSTRUMENT[leg.instrument](leg, add);
  if (leg.expiration !== null && leg.expiration <= openedOn) add('expiration', `must be after the open date ${openedOn}`);
  return issues;
}

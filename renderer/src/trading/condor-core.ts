/**
 * The fields an iron condor entry shares between "Add iron condor" and "Roll": expiration,
 * four strikes, quantity and credit. Parsing is pure so the live checks are unit-tested and
 * match the backend's (both run `condorEntryIssues` from shared/).
 */
import type { ApiIssue } from '../../../shared/api/errors';
import { dateProblem, isIsoDate } from '../../../shared/dates';
import { condorEntryIssues, type CondorEntry } from '../../../shared/domain/condor-rules';
import type { CondorStrikes } from '../../../shared/domain/types';
import { parseHundredths } from '../../../shared/money';
import { parseQuantity, parseStrike } from '../forms/parse-number';
import { pointsText } from '../format/points';

export const STRIKE_KEYS = ['putLong', 'putShort', 'callShort', 'callLong'] as const;
export type StrikeKey = (typeof STRIKE_KEYS)[number];

/** Stored strikes as the form's text, e.g. 590000 → "5900". */
export function strikesText(s: CondorStrikes): Record<StrikeKey, string> {
  return { putLong: pointsText(s.putLong), putShort: pointsText(s.putShort), callShort: pointsText(s.callShort), callLong: pointsText(s.callLong) };
}

export interface CondorCoreDraft {
  expiration: string;
  strikes: Record<StrikeKey, string>;
  quantity: string;
  /** Net credit per condor in points, e.g. "12.50". */
  credit: string;
}

export interface ParsedCondorCore {
  strikes: Partial<Record<StrikeKey, number>>;
  quantity: number | null;
  creditHundredths: number | null;
  /** Set when every field parses and the entry passes the shared rules. */
  entry: CondorEntry | null;
  issues: ApiIssue[];
}

export const strikePath = (key: StrikeKey) => `strikes.${key}`;
export const CONDOR_CORE_PATHS: readonly string[] = ['expiration', ...STRIKE_KEYS.map(strikePath), 'quantity', 'creditHundredths'];

function allStrikes(strikes: Partial<Record<StrikeKey, number>>): CondorStrikes | null {
  const { putLong, putShort, callShort, callLong } = strikes;
  return putLong !== undefined && putShort !== undefined && callShort !== undefined && callLong !== undefined ? { putLong, putShort, callShort, callLong } : null;
}

/** Parses the shared fields; `openedOn` is the trade date, reported at `openedOnPath` when missing. */
export function parseCondorCore(draft: CondorCoreDraft, openedOn: string, openedOnPath: string): ParsedCondorCore {
  const issues: ApiIssue[] = [];
  const datesOk = isIsoDate(openedOn) && isIsoDate(draft.expiration);
  const openedOnIssue = dateProblem(openedOn, 'trade date');
  const expirationIssue = dateProblem(draft.expiration, 'expiration date');
  if (openedOnIssue) issues.push({ path: openedOnPath, message: openedOnIssue });
  if (expirationIssue) issues.push({ path: 'expiration', message: expirationIssue });
  const strikes: Partial<Record<StrikeKey, number>> = {};
  for (const key of STRIKE_KEYS) {
    const value = parseStrike(draft.strikes[key]);
    if (value === null) issues.push({ path: strikePath(key), message: 'Enter the strike in points, e.g. 5600' });
    else strikes[key] = value;
  }
  const quantity = parseQuantity(draft.quantity);
  if (quantity === null) issues.push({ path: 'quantity', message: 'Enter a whole number of condors (1 or more)' });
  const credit = parseHundredths(draft.credit);
  const creditHundredths = credit !== null && credit > 0 ? credit : null;
  if (creditHundredths === null) issues.push({ path: 'creditHundredths', message: 'Enter the net credit per condor in points, e.g. 12.50' });

  // The shared rules need every number; fill the gaps with neutral values and drop what they would report.
  const known = allStrikes(strikes);
  const ruleIssues = condorEntryIssues({
    openedOn: datesOk ? openedOn : '0000-01-01',
    expiration: datesOk ? draft.expiration : '9999-12-31',
    strikes: known ?? { putLong: 1, putShort: 2, callShort: 3, callLong: 4 },
    quantity: quantity ?? 1,
    creditHundredths: creditHundredths ?? 0,
  }).filter((issue) => known !== null || !(issue.path.startsWith('strikes.') || issue.path === 'creditHundredths'));
  issues.push(...ruleIssues);

  const entry = issues.length === 0 && known !== null && quantity !== null && creditHundredths !== null
    ? { openedOn, expiration: draft.expiration, strikes: known, quantity, creditHundredths }
    : null;
  return { strikes, quantity, creditHundredths, entry, issues };
}

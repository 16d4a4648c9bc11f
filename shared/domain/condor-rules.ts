/** Entry checks for an iron condor, shared by the form (live feedback) and the backend (authority). */
import type { ApiIssue } from '../api/errors';
import type { CondorStrikes } from './types';

export interface CondorEntry {
  openedOn: string;
  expiration: string;
  strikes: CondorStrikes;
  quantity: number;
  creditHundredths: number;
}

/** Every problem with a condor entry, each tied to its field; empty when valid. */
export function condorEntryIssues(entry: CondorEntry, prefix = ''): ApiIssue[] {
  const issues: ApiIssue[] = [];
  const { putLong, putShort, callShort, callLong } = entry.strikes;
  const at = (field: string) => `${prefix}${field}`;
  if (!(putLong < putShort)) issues.push({ path: at('strikes.putLong'), message: 'the long put must be below the short put (K1 < K2)' });
  if (!(putShort < callShort)) issues.push({ path: at('strikes.putShort'), message: 'the short put must be below the short call (K2 < K3)' });
  if (!(callShort < callLong)) issues.push({ path: at('strikes.callLong'), message: 'the long call must be above the short call (K3 < K4)' });
  // The credit is judged against the wings as soon as the strikes are in order, whatever else is
  // wrong, so the trader sees every problem at once rather than one per Save.
  const strikesOrdered = issues.length === 0;
  if (!(entry.expiration > entry.openedOn)) issues.push({ path: at('expiration'), message: `must be after the open date ${entry.openedOn}` });
  const widerWing = Math.max(putShort - putLong, callLong - callShort);
  if (strikesOrdered && entry.creditHundredths >= widerWing) {
    issues.push({ path: at('creditHundredths'), message: `the credit must be below the wider wing (${widerWing / 100} points)` });
  }
  return issues;
}

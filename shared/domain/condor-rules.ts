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
  // No-arbitrage bounds: the short condor pays out between 0 and the wider wing at expiration,
  // so a fair credit lies strictly between them. Any price inside is accepted, however far from
  // the model: the layer is anchored at it (shared/dashboard/layer-anchor.ts).
  if (!(entry.creditHundredths > 0)) {
    issues.push({ path: at('creditHundredths'), message: 'the credit must be above 0: an iron condor is sold for a credit (a debit would pay for a position that can only lose)' });
  } else if (strikesOrdered && entry.creditHundredths >= widerWing) {
    issues.push({ path: at('creditHundredths'), message: `the credit must be below the wider wing (${widerWing / 100} points): the most the condor can ever cost to close is the wing, so a larger credit is an arbitrage` });
  }
  return issues;
}

/**
 * A mark (cost to close one condor, hundredths, + debit) outside its no-arbitrage bounds
 * [0, wider wing]: the reason, or null when it is fair. Strikes in hundredths.
 */
export function condorMarkIssue(strikes: CondorStrikes, priceHundredths: number): string | null {
  const widerWing = Math.max(strikes.putShort - strikes.putLong, strikes.callLong - strikes.callShort);
  if (priceHundredths < 0) return 'a cost to close an iron condor cannot be below 0 (its payout at expiration is never negative)';
  if (priceHundredths > widerWing) return `a cost to close cannot exceed the wider wing (${widerWing / 100} points): the condor never pays out more`;
  return null;
}

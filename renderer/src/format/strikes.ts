import type { CondorStrikes } from '../../../shared/domain/types';
import { formatStrike } from './points';

/** "5500/5550 · 5900/5950": the put spread, then the call spread. */
export function formatCondorStrikes(strikes: CondorStrikes): string {
  const { putLong, putShort, callShort, callLong } = strikes;
  return `${formatStrike(putLong)}/${formatStrike(putShort)} · ${formatStrike(callShort)}/${formatStrike(callLong)}`;
}

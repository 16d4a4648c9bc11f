/**
 * Concrete strikes for `tighten`: each short strike is moved out to the strike whose model
 * |delta| equals settings.targetShortDelta at the current vol (σ = VIX/100 + skew), on the
 * 5-point grid away from spot. A rising VIX lifts the delta of the existing shorts; this
 * brings them back to the target. A short already at or beyond its target-delta strike stays
 * (tightening never moves a short toward the money). Each long strike keeps its wing width.
 */
import type { CondorStrikes } from '../domain/types';
import { STRIKE_GRID_HUNDREDTHS } from './condor-proposal';
import type { CondorLayerView } from './portfolio-view';
import { gridStrikeAtDelta, valueOption, yearsTo, type PricingEnv } from './pricing';
import type { TightenSuggestion } from './types';

/** The tighten suggestion for a condor layer with strikes and an expiration, else null. */
export function tightenProposal(env: PricingEnv, layer: CondorLayerView, targetDelta: number): TightenSuggestion | null {
  const current = layer.strikes;
  if (current === null || layer.expiration === null) return null;
  const years = yearsTo(env, layer.expiration);
  const grid = STRIKE_GRID_HUNDREDTHS;
  const putTarget = gridStrikeAtDelta(env, 'put', years, targetDelta, grid);
  const callTarget = gridStrikeAtDelta(env, 'call', years, targetDelta, grid);
  const putShort = Math.min(current.putShort, putTarget);
  const callShort = Math.max(current.callShort, callTarget);
  const proposed: CondorStrikes = {
    putLong: putShort - (current.putShort - current.putLong),
    putShort,
    callShort,
    callLong: callShort + (current.callLong - current.callShort),
  };
  const delta = (kind: 'put' | 'call', k: number) => Math.abs(valueOption(env, kind, k / 100, years).delta);
  return {
    kind: 'tighten',
    layerId: layer.id,
    expiration: layer.expiration,
    currentStrikes: current,
    proposedStrikes: proposed,
    currentShortPutDelta: delta('put', current.putShort),
    currentShortCallDelta: delta('call', current.callShort),
    proposedShortPutDelta: delta('put', putShort),
    proposedShortCallDelta: delta('call', callShort),
    changed: putShort !== current.putShort || callShort !== current.callShort,
  };
}

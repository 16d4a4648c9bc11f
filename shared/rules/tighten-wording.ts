/**
 * What a `tighten` prompt says it changes, leg by leg. "Tighten" here means cutting the risk the
 * VIX spike added by moving the short strikes FURTHER from the money, back to the target delta
 * (many traders read "tighten" the other way), so the prompt names each move, the delta it
 * restores and why: "move the short put 7,145 → 6,850 (Δ 0.31 → 0.16)…".
 */
import { num, points } from './format';
import type { TightenSuggestion } from './types';

export function tightenMoves(s: TightenSuggestion, targetDelta: number, vix: number): string {
  const moves: string[] = [];
  if (s.proposedStrikes.putShort !== s.currentStrikes.putShort) {
    moves.push(`the short put ${points(s.currentStrikes.putShort)} → ${points(s.proposedStrikes.putShort)} (Δ ${num(s.currentShortPutDelta)} → ${num(s.proposedShortPutDelta)})`);
  }
  if (s.proposedStrikes.callShort !== s.currentStrikes.callShort) {
    moves.push(`the short call ${points(s.currentStrikes.callShort)} → ${points(s.proposedStrikes.callShort)} (Δ ${num(s.currentShortCallDelta)} → ${num(s.proposedShortCallDelta)})`);
  }
  const wings = 'each long wing moves with its short, same width';
  return `Move ${moves.join(' and ')}, back to ${num(targetDelta * 100, 0)} Δ at VIX ${num(vix)}, to cut the risk the VIX rise added — further from the money, not closer (${wings}).`;
}

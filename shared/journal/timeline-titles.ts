/** One-line titles of timeline items, shared by the backend (search results) and any printout. */
import type { DecisionKind, TicketAction } from '../domain/types';

export const ACTION_TITLES: Record<TicketAction, string> = {
  open: 'Open',
  adjust: 'Adjust',
  close: 'Close',
  roll: 'Roll',
  expire: 'Expire',
  settle: 'Settle',
};

const DECISION_WORDS: Record<DecisionKind, string> = { acted: 'acted on', dismissed: 'dismissed', snoozed: 'snoozed' };

/** "Rule roll acted on", "Rule tighten snoozed until 2026-05-04". */
export function decisionTitle(ruleId: string, decision: DecisionKind, snoozeUntil: string | null): string {
  const until = decision === 'snoozed' && snoozeUntil !== null ? ` until ${snoozeUntil}` : '';
  return `Rule ${ruleId} ${DECISION_WORDS[decision]}${until}`;
}

/** "Note on ticket #5 of layer #12", "Note on layer #12", "Day note". */
export function noteTitle(layerId: number | null, ticketId: number | null): string {
  if (ticketId !== null) return layerId !== null ? `Note on ticket #${ticketId} of layer #${layerId}` : `Note on ticket #${ticketId}`;
  return layerId !== null ? `Note on layer #${layerId}` : 'Day note';
}

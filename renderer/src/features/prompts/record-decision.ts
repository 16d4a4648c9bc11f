import type { Decision, DecisionKind } from '../../../../shared/domain/types';
import type { Prompt } from '../../../../shared/rules';
import { api } from '../../api/transport';

export interface DecisionArgs {
  portfolioId: number;
  prompt: Prompt;
  asOf: string;
  decision: DecisionKind;
  reason: string;
  snoozeUntil?: string;
}

/** Journals the reaction to a prompt, with the prompt as it was shown. */
export function recordDecision({ portfolioId, prompt, asOf, decision, reason, snoozeUntil }: DecisionArgs): Promise<Decision> {
  return api.send('decision/record', {
    portfolioId,
    ruleId: prompt.rule,
    subject: prompt.subject,
    evaluatedOn: asOf,
    decision,
    snoozeUntil: decision === 'snoozed' ? (snoozeUntil ?? null) : null,
    reason: reason.trim(),
    prompt: { ...prompt },
    layerId: prompt.layerId,
  });
}

/**
 * How recorded decisions change the prompt list. Only decisions evaluated on or before
 * asOf count (no look-ahead). For a prompt key (`rule:subject`):
 * - a `dismissed` decision evaluated on asOf drops the prompt for that day only;
 * - a `snoozed` decision whose snoozeUntil is after asOf keeps the prompt but marks it
 *   `snoozedUntil` (the latest such date), so the UI can grey it;
 * - `acted` changes nothing here (the portfolio itself changed).
 */
import type { Prompt, RulesDecision } from './types';

/** `rule:subject`, the key prompts and decisions are matched on. */
export function promptKey(rule: string, subject: string): string {
  return `${rule}:${subject}`;
}

/** Prompts with dismissed ones removed and snoozes applied. */
export function applyDecisions(prompts: readonly Prompt[], decisions: readonly RulesDecision[], asOf: string): Prompt[] {
  const dismissed = new Set<string>();
  const snoozed = new Map<string, string>();
  for (const d of decisions) {
    if (d.evaluatedOn > asOf) continue;
    const key = promptKey(d.ruleId, d.subject);
    if (d.decision === 'dismissed' && d.evaluatedOn === asOf) dismissed.add(key);
    if (d.decision === 'snoozed' && d.snoozeUntil !== null && d.snoozeUntil > asOf) {
      const current = snoozed.get(key);
      if (current === undefined || d.snoozeUntil > current) snoozed.set(key, d.snoozeUntil);
    }
  }
  return prompts.filter((p) => !dismissed.has(p.key)).map((p) => ({ ...p, snoozedUntil: snoozed.get(p.key) ?? null }));
}

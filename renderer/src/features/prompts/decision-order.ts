import type { Decision } from '../../../../shared/domain/types';

/** Newest evaluation date first; same date: the later recorded first. */
export function newestFirst(decisions: readonly Decision[]): Decision[] {
  return [...decisions].sort((a, b) => (a.evaluatedOn === b.evaluatedOn ? b.id - a.id : a.evaluatedOn < b.evaluatedOn ? 1 : -1));
}

/** The title of the prompt as it was shown, from the stored prompt object. */
export function promptTitle(decision: Decision): string {
  const title = decision.prompt['title'];
  return typeof title === 'string' ? title : `${decision.ruleId}:${decision.subject}`;
}

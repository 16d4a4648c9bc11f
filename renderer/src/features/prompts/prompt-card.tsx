import type { Prompt } from '../../../../shared/rules';
import { PromptInputs } from './prompt-inputs';
import { SeverityChip } from './severity-chip';
import { SuggestionSummary } from './suggestion-summary';

export type PromptAction = 'act' | 'dismissed' | 'snoozed';

interface PromptCardProps {
  prompt: Prompt;
  onAction(action: PromptAction): void;
}

/** One fired rule: what fired, on which inputs, what it suggests, and the three reactions. */
export function PromptCard({ prompt, onAction }: PromptCardProps) {
  const snoozed = prompt.snoozedUntil !== null;
  const titleId = `prompt-title-${prompt.key.replace(/[^a-z0-9-]/gi, '-')}`;
  return (
    <article className={`prompt-card prompt-${prompt.severity}${snoozed ? ' prompt-snoozed' : ''}`} data-testid={`prompt-${prompt.rule}`}
      data-key={prompt.key} aria-labelledby={titleId}>
      <header className="prompt-header">
        <SeverityChip severity={prompt.severity} />
        <code className="prompt-rule">{prompt.rule}</code>
        <h3 id={titleId} className="prompt-title">{prompt.title}</h3>
        {snoozed ? <span className="prompt-snooze-note" data-testid="snoozed-note">snoozed until {prompt.snoozedUntil}</span> : null}
      </header>
      <p className="prompt-explanation">{prompt.explanation}</p>
      <PromptInputs inputs={prompt.inputs} />
      {prompt.suggestion ? <SuggestionSummary suggestion={prompt.suggestion} /> : null}
      <div className="prompt-actions">
        <button type="button" className="button button-primary" data-testid={`act-${prompt.rule}`} onClick={() => onAction('act')}>
          {prompt.suggestion && !['hold-new-layers', 'reduce'].includes(prompt.suggestion.kind) ? 'Act…' : 'Record acted…'}
        </button>
        <button type="button" className="button" data-testid={`dismiss-${prompt.rule}`} onClick={() => onAction('dismissed')}>Dismiss…</button>
        <button type="button" className="button" data-testid={`snooze-${prompt.rule}`} onClick={() => onAction('snoozed')}>Snooze…</button>
      </div>
    </article>
  );
}

import { useState, type FormEvent } from 'react';
import type { DecisionKind } from '../../../../shared/domain/types';
import { addTradingDays } from '../../../../shared/calendar';
import { dateProblem, isIsoDate } from '../../../../shared/dates';
import type { Prompt } from '../../../../shared/rules';
import { useAction } from '../../api/use-action';
import { FormError } from '../../components/form-error';
import { Modal } from '../../components/modal';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { recordDecision } from './record-decision';

interface DecisionDialogProps {
  portfolioId: number;
  prompt: Prompt;
  asOf: string;
  decision: DecisionKind;
  onRecorded(): void;
  onClose(): void;
}

const TITLES: Record<DecisionKind, string> = { acted: 'Record as acted', dismissed: 'Dismiss', snoozed: 'Snooze' };

/** Snoozes end on a trading day: three sessions out unless the user picks another date. */
export function defaultSnoozeUntil(asOf: string): string {
  return addTradingDays(asOf, 3);
}

/** Asks for an optional reason (and the end date of a snooze), then journals the decision. */
export function DecisionDialog({ portfolioId, prompt, asOf, decision, onRecorded, onClose }: DecisionDialogProps) {
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState(() => defaultSnoozeUntil(asOf));
  const [tried, setTried] = useState(false);
  const action = useAction();
  const untilError = decision !== 'snoozed' ? undefined : !isIsoDate(until) ? dateProblem(until, 'date the snooze ends') ?? undefined : until <= asOf ? `Must be after ${asOf}` : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (untilError) return;
    const saved = await action.run(() => recordDecision({ portfolioId, prompt, asOf, decision, reason, snoozeUntil: until }));
    if (saved) onRecorded();
  };

  return (
    <Modal title={`${TITLES[decision]}: ${prompt.rule}`} onClose={onClose} testId="decision-dialog" locked={action.busy}>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <p className="muted decision-subject">{prompt.title} · evaluated {asOf}</p>
        {decision === 'snoozed' ? (
          <TextField id="decision-until" label="Snooze until" type="date" value={until} onChange={setUntil} autoFocus
            error={tried ? untilError : undefined} hint="the prompt shows greyed until this date (default: 3 trading days)" testId="decision-until" />
        ) : null}
        <TextAreaField id="decision-reason" label="Reason (optional)" value={reason} onChange={setReason} rows={3} testId="decision-reason"
          placeholder={decision === 'dismissed' ? 'e.g. RSI spike on a single print' : 'what you did or why'} />
        <FormError error={action.error} lead="Not recorded." />
        <div className="form-actions">
          <span className="form-keys">Ctrl+Enter saves · Esc cancels</span>
          <button type="button" className="button" onClick={onClose} disabled={action.busy}>Cancel</button>
          <button type="submit" className="button button-primary" disabled={action.busy} data-testid="decision-save">{action.busy ? 'Saving…' : TITLES[decision]}</button>
        </div>
      </form>
    </Modal>
  );
}

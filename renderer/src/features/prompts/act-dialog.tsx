import { useState } from 'react';
import type { Portfolio } from '../../../../shared/domain/types';
import type { Prompt } from '../../../../shared/rules';
import { useAction } from '../../api/use-action';
import { FormError } from '../../components/form-error';
import { Modal } from '../../components/modal';
import { TextField } from '../../components/text-field';
import { ActForm } from './act-form';
import type { ActTarget } from './prefill';
import { recordDecision } from './record-decision';

interface ActDialogProps {
  portfolio: Portfolio;
  prompt: Prompt;
  target: Exclude<ActTarget, { form: 'none' }>;
  asOf: string;
  onDone(): void;
  onClose(): void;
}

const TITLES: Record<ActDialogProps['target']['form'], string> = {
  condor: 'Open the suggested iron condor',
  roll: 'Roll the layer',
  hedge: 'Add the VIX hedge',
  close: 'Close the layer',
  'book-expiration': 'Book the expiration',
};

/**
 * "Act": the matching entry form, pre-filled. Once the trade is saved the decision is
 * journalled as `acted`; if that fails the trade stays saved and the user can retry.
 */
export function ActDialog({ portfolio, prompt, target, asOf, onDone, onClose }: ActDialogProps) {
  const [reason, setReason] = useState('');
  const [traded, setTraded] = useState(false);
  const action = useAction();

  const record = async () => {
    const saved = await action.run(() => recordDecision({ portfolioId: portfolio.id, prompt, asOf, decision: 'acted', reason }));
    if (saved) onDone();
  };
  const afterTrade = () => {
    setTraded(true);
    void record();
  };

  return (
    <Modal title={`${TITLES[target.form]} · ${prompt.rule}`} onClose={traded ? onDone : onClose} size="wide" testId="act-dialog" locked={action.busy}>
      <TextField id="act-reason" label="Reason for the journal (optional)" value={reason} onChange={setReason} className="act-reason"
        placeholder={`why you act on ${prompt.rule} now`} testId="act-reason" />
      {traded ? (
        <div className="act-after">
          <FormError error={action.error} lead="The trade is saved, but the decision was not recorded." />
          {action.error ? <button type="button" className="button button-primary" onClick={() => void record()}>Record again</button> : <p className="muted">Recording the decision…</p>}
        </div>
      ) : (
        <ActForm target={target} portfolio={portfolio} asOf={asOf} onSaved={afterTrade} onCancel={onClose} />
      )}
    </Modal>
  );
}

import type { LayerDetail, Portfolio } from '../../../shared/domain/types';
import { api } from '../api/transport';
import { FormFooter } from '../components/form-footer';
import { SelectField } from '../components/select-field';
import { TextAreaField } from '../components/text-area-field';
import { TextField } from '../components/text-field';
import { useDraftForm } from '../forms/use-draft-form';
import { ROLE_LABELS } from '../format/labels';
import { formatCentsCompact } from '../format/money';
import type { StrikeKey } from './condor-core';
import { CONDOR_PATHS, CONDOR_ROLES, newCondorDraft, parseNewCondor, type CondorRole, type NewCondorDraft } from './condor-draft';
import { condorMetrics } from './condor-metrics';
import { CondorMetricsPanel } from './condor-metrics-panel';
import { ExpirationField } from './expiration-field';
import { StrikeFields } from './strike-fields';
import { proposalText, useCondorProposal } from './use-condor-proposal';
import { decimalText } from '../../../shared/format/money';
import { useAppState } from '../state/use-app-state';

interface CondorFormProps {
  portfolio: Portfolio;
  today: string;
  defaultRole: CondorRole;
  /** Values to start from (a rule's suggestion); the rest are the usual defaults. */
  initial?: Partial<NewCondorDraft>;
  onSaved(layer: LayerDetail): void;
  onCancel(): void;
}

const isField = (path: string) => CONDOR_PATHS.includes(path);
const roleOptions = CONDOR_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
const rootOptions = [{ value: 'SPXW', label: 'SPXW (weekly, PM)' }, { value: 'SPX', label: 'SPX (monthly, AM)' }] as const;

/** One dialog for a whole iron condor: four strikes, one net credit, live risk figures. */
export function CondorForm({ portfolio, today, defaultRole, initial, onSaved, onCancel }: CondorFormProps) {
  const feePerContract = portfolio.settings.feePerContractCents;
  const { draft, setDraft, parsed, feedback, action, formRef, edit, field, submitWith } = useDraftForm(
    (): NewCondorDraft => ({ ...newCondorDraft(today, defaultRole), ...initial }), (d) => parseNewCondor(d, feePerContract), [feePerContract]);
  // A prompt's Act brings its own strikes; a condor typed from scratch starts at the model's.
  const proposal = useCondorProposal(portfolio.id, draft, initial === undefined, (fields) => setDraft((d) => ({ ...d, ...fields })));
  const proposalLine = proposalText(proposal);
  const modelCredit = proposal?.suggestion ? decimalText(proposal.suggestion.creditHundredths) : '12.50';
  const metrics = condorMetrics(parsed.core.strikes, parsed.core.creditHundredths, parsed.core.quantity);

  const editStrike = (key: StrikeKey, text: string) => {
    // The ordering rules report on neighbouring fields, so any strike edit clears them all.
    ['putLong', 'putShort', 'callShort', 'callLong'].forEach((k) => feedback.edited(`strikes.${k}`));
    setDraft((d) => ({ ...d, strikes: { ...d.strikes, [key]: text } }));
  };
  const { rememberEntryDate } = useAppState();
  const submit = submitWith((input) => api.send('layer/createCondor', { portfolioId: portfolio.id, ...input }), (layer) => { rememberEntryDate(draft.openedOn); onSaved(layer); });

  const creditHint = metrics.creditPerCondorCents !== null ? `= ${formatCentsCompact(metrics.creditPerCondorCents)} per condor` : 'points per condor, e.g. 12.50';
  const feesHint = draft.fees === null ? `default: 4 legs × ${parsed.core.quantity ?? '?'} × ${formatCentsCompact(feePerContract)}` : 'dollars, all legs';

  return (
    <form ref={formRef} className="form form-with-aside" data-testid="condor-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="form-main">
        <div className="form-grid form-grid-4">
          <TextField id="condor-opened-on" label="Open date" type="date" value={draft.openedOn} onChange={(v) => edit('openedOn', { openedOn: v })} {...field('openedOn')} />
          <ExpirationField id="condor-expiration" openedOn={draft.openedOn} value={draft.expiration} onChange={(v) => edit('expiration', { expiration: v })}
            suggestedDte={[portfolio.settings.baseDte, portfolio.settings.nextLayerDte]} {...field('expiration')} />
          <SelectField id="condor-role" label="Role" value={draft.role} options={roleOptions} onChange={(v) => edit('role', { role: v })} error={feedback.errorFor('role')} />
          <SelectField id="condor-underlying" label="Root" value={draft.underlying} options={rootOptions} onChange={(v) => edit('underlying', { underlying: v })} error={feedback.errorFor('underlying')} />
        </div>
        {proposalLine ? <p className="form-note muted" data-testid="condor-proposal">{proposalLine}</p> : null}
        <StrikeFields idPrefix="condor" values={draft.strikes} onChange={editStrike} onBlur={feedback.touch} errorFor={feedback.errorFor} />
        <div className="form-grid form-grid-3">
          <TextField id="condor-quantity" label="Quantity" inputMode="numeric" suffix="condors" value={draft.quantity} onChange={(v) => edit('quantity', { quantity: v })} {...field('quantity')} />
          <TextField id="condor-credit" label="Net credit" inputMode="decimal" suffix="pts" value={draft.credit} placeholder={modelCredit}
            onChange={(v) => edit('creditHundredths', { credit: v })} hint={creditHint} {...field('creditHundredths')} />
          <TextField id="condor-fees" label="Fees" prefix="$" inputMode="decimal" value={parsed.feesText} onChange={(v) => edit('feesCents', { fees: v })} hint={feesHint} {...field('feesCents')} />
        </div>
        <div className="form-grid form-grid-2">
          <TextAreaField id="condor-notes" label="Notes" value={draft.notes} onChange={(v) => edit('notes', { notes: v })} error={feedback.errorFor('notes')} placeholder="Why this layer, why now" />
          <TextField id="condor-tags" label="Tags" value={draft.tags} onChange={(v) => edit('tags', { tags: v })} error={feedback.errorFor('tags')} placeholder="comma separated, e.g. macd-ok, pre-fomc" />
        </div>
      </div>
      <CondorMetricsPanel metrics={metrics} quantity={parsed.core.quantity} riskCapitalCents={portfolio.riskCapitalCents} issues={parsed.issues} />
      <FormFooter action={action} isField={isField} keys="Enter saves · Esc cancels" onCancel={onCancel} submitLabel="Save condor" />
    </form>
  );
}

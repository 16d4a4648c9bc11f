import { LAYER_ROLES, type LayerDetail, type Portfolio } from '../../../shared/domain/types';
import { api } from '../api/transport';
import { FormFooter } from '../components/form-footer';
import { NetPriceField } from '../components/net-price-field';
import { SelectField } from '../components/select-field';
import { TextField } from '../components/text-field';
import { parseFees } from '../forms/fees';
import { useDraftForm } from '../forms/use-draft-form';
import { ROLE_LABELS } from '../format/labels';
import { formatCentsCompact } from '../format/money';
import type { StrikeKey } from './condor-core';
import { condorMetrics } from './condor-metrics';
import { CondorMetricsPanel } from './condor-metrics-panel';
import { ExpirationField } from './expiration-field';
import { StrikeFields } from './strike-fields';
import { newRollDraft, parseRoll, ROLL_PATHS, type RollDraft } from './roll-draft';
import { RollSummary } from './roll-summary';
import { useAppState } from '../state/use-app-state';

interface RollFormProps {
  layer: LayerDetail;
  portfolio: Portfolio;
  today: string;
  /** Values to start from (a rule's suggestion); the rest come from the layer. */
  initial?: Partial<RollDraft>;
  onRolled(result: { closed: LayerDetail; opened: LayerDetail }): void;
  onCancel(): void;
}

const isField = (path: string) => ROLL_PATHS.includes(path);
const roleOptions = LAYER_ROLES.filter((r) => r !== 'hedge').map((role) => ({ value: role, label: ROLE_LABELS[role] }));

/** Close this condor and open its successor in one step, so the two stay linked. */
export function RollForm({ layer, portfolio, today, initial, onRolled, onCancel }: RollFormProps) {
  const fee = portfolio.settings.feePerContractCents;
  const { draft, setDraft, parsed, feedback, action, formRef, edit, field, submitWith } = useDraftForm(
    (): RollDraft => ({ ...newRollDraft(layer, today), ...initial }), (d) => parseRoll(d, layer, fee), [layer, fee]);
  const metrics = condorMetrics(parsed.core.strikes, parsed.core.creditHundredths, parsed.core.quantity);

  const editStrike = (key: StrikeKey, text: string) => {
    ['putLong', 'putShort', 'callShort', 'callLong'].forEach((k) => feedback.edited(`strikes.${k}`));
    setDraft((d) => ({ ...d, strikes: { ...d.strikes, [key]: text } }));
  };
  const { rememberEntryDate } = useAppState();
  const submit = submitWith((input) => api.send('layer/roll', { layerId: layer.id, ...input }), (rolled) => { rememberEntryDate(draft.date); onRolled(rolled); });

  const closeFees = parseFees(parsed.closeFeesText);
  const openFees = parseFees(parsed.openFeesText);
  const creditHint = metrics.creditPerCondorCents !== null ? `= ${formatCentsCompact(metrics.creditPerCondorCents)} per condor` : 'points per condor';

  return (
    <form ref={formRef} className="form form-with-aside" data-testid="roll-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="form-main">
        <fieldset className="fieldset">
          <legend>Close layer #{layer.id} <span className="legend-note">{layer.openQuantity} open unit{layer.openQuantity === 1 ? '' : 's'}</span></legend>
          <div className="form-grid form-grid-3">
            <TextField id="roll-date" label="Roll date" type="date" value={draft.date} onChange={(v) => edit('date', { date: v })} {...field('date')} />
            <NetPriceField id="roll-close-price" label="Close price" text={draft.closePrice} direction={draft.closeDirection} hint="per condor; buying back is a debit"
              onText={(v) => edit('closePriceHundredths', { closePrice: v })} onDirection={(d) => edit('closePriceHundredths', { closeDirection: d })} {...field('closePriceHundredths')} />
            <TextField id="roll-close-fees" label="Close fees" prefix="$" inputMode="decimal" value={parsed.closeFeesText} onChange={(v) => edit('closeFeesCents', { closeFees: v })} {...field('closeFeesCents')} />
          </div>
        </fieldset>
        <fieldset className="fieldset">
          <legend>Open the new condor</legend>
          <div className="form-grid form-grid-3">
            <ExpirationField id="roll-expiration" openedOn={draft.date} value={draft.expiration} onChange={(v) => edit('expiration', { expiration: v })}
              suggestedDte={[portfolio.settings.baseDte, portfolio.settings.nextLayerDte]} {...field('expiration')} />
            <TextField id="roll-quantity" label="Quantity" suffix="condors" inputMode="numeric" value={draft.quantity} onChange={(v) => edit('quantity', { quantity: v })} {...field('quantity')} />
            <SelectField id="roll-role" label="Role" value={draft.role} options={roleOptions} onChange={(v) => edit('role', { role: v })} error={feedback.errorFor('role')} />
          </div>
          <StrikeFields idPrefix="roll" values={draft.strikes} onChange={editStrike} onBlur={feedback.touch} errorFor={feedback.errorFor} />
          <div className="form-grid form-grid-3">
            <TextField id="roll-credit" label="Net credit" suffix="pts" inputMode="decimal" value={draft.credit} placeholder="12.50" hint={creditHint}
              onChange={(v) => edit('creditHundredths', { credit: v })} {...field('creditHundredths')} />
            <TextField id="roll-open-fees" label="Open fees" prefix="$" inputMode="decimal" value={parsed.openFeesText} onChange={(v) => edit('openFeesCents', { openFees: v })} {...field('openFeesCents')} />
            <TextField id="roll-note" label="Note" value={draft.note} onChange={(v) => edit('note', { note: v })} error={feedback.errorFor('note')} placeholder="e.g. 50% of max profit" />
          </div>
        </fieldset>
        <RollSummary closeUnits={layer.openQuantity} closePriceHundredths={parsed.closePriceHundredths} openUnits={parsed.core.quantity}
          creditHundredths={parsed.core.creditHundredths} feesCents={closeFees !== null && openFees !== null ? closeFees + openFees : null} />
      </div>
      <CondorMetricsPanel metrics={metrics} quantity={parsed.core.quantity} riskCapitalCents={portfolio.riskCapitalCents} title="New condor" issues={parsed.issues} />
      <FormFooter action={action} isField={isField} keys="Enter rolls · Esc cancels" onCancel={onCancel} submitLabel="Roll layer" busyLabel="Rolling…" />
    </form>
  );
}

import { LAYER_ROLES, type LayerDetail, type LayerSummary, type Portfolio } from '../../../shared/domain/types';
import { ticketCashCents } from '../../../shared/money';
import { api } from '../api/transport';
import { FormFooter } from '../components/form-footer';
import { NetPriceField } from '../components/net-price-field';
import { SelectField } from '../components/select-field';
import { TextAreaField } from '../components/text-area-field';
import { TextField } from '../components/text-field';
import { useDraftForm } from '../forms/use-draft-form';
import { ROLE_LABELS } from '../format/labels';
import { formatCentsCompact } from '../format/money';
import { newCustomLayerDraft, parseCustomLayer, type CustomLayerDraft } from './custom-layer-draft';
import { LegEditor } from './leg-editor';
import { ProtectsField } from './protects-field';
import { useProtectCandidates } from './use-protect-candidates';
import { useAppState } from '../state/use-app-state';

interface CustomLayerFormProps {
  portfolio: Portfolio;
  today: string;
  /** Open condor layers a hedge may protect. */
  candidates: readonly LayerSummary[];
  /** Values to start from (a rule's suggestion); the rest are the usual defaults. */
  initial?: Partial<CustomLayerDraft>;
  onSaved(layer: LayerDetail): void;
  onCancel(): void;
}

const FIXED_PATHS = ['openedOn', 'role', 'legs', 'quantity', 'netPriceHundredths', 'feesCents', 'protectsLayerIds', 'notes', 'tags'];
const isField = (path: string) => FIXED_PATHS.includes(path) || /^legs\.\d+\.\w+$/.test(path);
const roleOptions = LAYER_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

/** Any position that is not a plain iron condor: VIX hedges, ratio spreads, futures, ETF shares. */
export function CustomLayerForm({ portfolio, today, candidates, initial, onSaved, onCancel }: CustomLayerFormProps) {
  const feePerContract = portfolio.settings.feePerContractCents;
  const { draft, parsed, feedback, action, formRef, edit, field, submitWith } = useDraftForm(
    (): CustomLayerDraft => ({ ...newCustomLayerDraft(today), ...initial }), (d) => parseCustomLayer(d, feePerContract), [feePerContract]);

  const { rememberEntryDate } = useAppState();
  const protectable = useProtectCandidates(portfolio.id, draft.openedOn, candidates);
  const submit = submitWith((input) => api.send('layer/create', { portfolioId: portfolio.id, ...input }), (layer) => { rememberEntryDate(draft.openedOn); onSaved(layer); });

  const { multiplier, netPriceHundredths: price, quantity } = parsed;
  const perUnit = multiplier !== null && price !== null ? ticketCashCents(Math.abs(price), multiplier, 1) : null;
  const priceHint = perUnit === null ? 'per unit (one set of legs at their ratios)'
    : `= ${formatCentsCompact(perUnit)} ${draft.direction} per unit${quantity !== null && quantity > 1 ? ` · ${formatCentsCompact(perUnit * quantity)} total` : ''}`;

  return (
    <form ref={formRef} className="form" data-testid="custom-layer-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="form-grid form-grid-4">
        <TextField id="custom-opened-on" label="Open date" type="date" value={draft.openedOn} onChange={(v) => edit('openedOn', { openedOn: v })} {...field('openedOn')} />
        <SelectField id="custom-role" label="Role" value={draft.role} options={roleOptions} onChange={(v) => edit('role', { role: v })} error={feedback.errorFor('role')} />
        <TextField id="custom-quantity" label="Quantity" suffix="units" inputMode="numeric" value={draft.quantity} onChange={(v) => edit('quantity', { quantity: v })} {...field('quantity')} />
        <TextField id="custom-fees" label="Fees" prefix="$" inputMode="decimal" value={parsed.feesText} onChange={(v) => edit('feesCents', { fees: v })}
          hint={draft.fees === null ? 'portfolio default per contract' : 'dollars, all legs'} {...field('feesCents')} />
      </div>
      <fieldset className="fieldset">
        <legend>Legs <span className="legend-note">per unit; the multiplier follows the instrument</span></legend>
        <LegEditor legs={draft.legs} onChange={(legs) => edit('legs', { legs })} pathBase="legs" idPrefix="custom-leg" errorFor={feedback.errorFor} />
      </fieldset>
      <div className="form-grid form-grid-2">
        <NetPriceField id="custom-price" label="Net price" text={draft.price} direction={draft.direction} hint={priceHint}
          onText={(v) => edit('netPriceHundredths', { price: v })} onDirection={(d) => edit('netPriceHundredths', { direction: d })} {...field('netPriceHundredths')} />
        <ProtectsField idPrefix="custom" candidates={protectable} selected={draft.protects} onChange={(ids) => edit('protectsLayerIds', { protects: ids })}
          disabled={draft.role !== 'hedge'} error={feedback.errorFor('protectsLayerIds')} />
      </div>
      <div className="form-grid form-grid-2">
        <TextAreaField id="custom-notes" label="Notes" value={draft.notes} onChange={(v) => edit('notes', { notes: v })} error={feedback.errorFor('notes')} placeholder="e.g. VIX RSI 64, IV−RV spread negative" />
        <TextField id="custom-tags" label="Tags" value={draft.tags} onChange={(v) => edit('tags', { tags: v })} error={feedback.errorFor('tags')} placeholder="comma separated" />
      </div>
      <FormFooter action={action} isField={isField} keys="Enter saves · Esc cancels" onCancel={onCancel} submitLabel="Save layer" />
    </form>
  );
}

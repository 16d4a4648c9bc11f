import type { LayerDetail, Portfolio } from '../../../shared/domain/types';
import { api } from '../api/transport';
import { FormFooter } from '../components/form-footer';
import { NetPriceField } from '../components/net-price-field';
import { SelectField } from '../components/select-field';
import { TextAreaField } from '../components/text-area-field';
import { TextField } from '../components/text-field';
import { useDraftForm } from '../forms/use-draft-form';
import { formatCents } from '../../../shared/format/money';
import { LegEditor } from './leg-editor';
import { AdjustLegsFields } from './adjust-legs-fields';
import { newTicketDraft, parseTicket, withKind, type TicketDraft, type TicketKind } from './ticket-draft';
import { useAppState } from '../state/use-app-state';

interface TicketFormProps {
  layer: LayerDetail;
  portfolio: Portfolio;
  /** The date the ticket starts at (the as-of or last entry date). */
  today: string;
  /** Values to start from (a rule's suggestion); the rest are the usual defaults. */
  initial?: Partial<TicketDraft>;
  onSaved(layer: LayerDetail): void;
  onCancel(): void;
}

const KIND_OPTIONS: { value: TicketKind; label: string }[] = [
  { value: 'close', label: 'Close all' },
  { value: 'partial', label: 'Partial close' },
  { value: 'adjust', label: 'Adjust (name legs)' },
  { value: 'expire', label: 'Expire worthless' },
  { value: 'settle', label: 'Cash settle' },
];
const FIXED = ['date', 'action', 'quantity', 'netPriceHundredths', 'feesCents', 'note', 'legs', 'newLegs'];
const isField = (path: string) => FIXED.includes(path) || /^(legs|newLegs)\.\d+\.\w+$/.test(path);

/** Once units and price parse, the ticket's cash before fees; until then, how to read the price. */
function priceHintFor(units: number | null, price: number | null, multiplier: number): string {
  const cash = units !== null && price !== null ? price * multiplier * units : null;
  return cash === null ? 'per unit; a buy-to-close is a debit' : `${formatCents(cash)} before fees (${units} × ${multiplier})`;
}

/** A partial close, and an adjustment that opens new legs, say how many units; the others take all open units. */
function asksQuantity(draft: TicketDraft): boolean {
  return draft.kind === 'partial' || (draft.kind === 'adjust' && draft.newLegs.length > 0);
}

export function TicketForm({ layer, portfolio, today, initial, onSaved, onCancel }: TicketFormProps) {
  const fee = portfolio.settings.feePerContractCents;
  const { draft, setDraft, parsed, feedback, action, formRef, edit, field, submitWith } = useDraftForm(
    (): TicketDraft => ({ ...newTicketDraft(layer, today), ...initial }), (d) => parseTicket(d, layer, fee), [layer, fee]);
  const multiplier = layer.legs[0]?.multiplier ?? 100;

  const { rememberEntryDate, info } = useAppState();
  const realToday = info?.today ?? today;
  const submit = submitWith((input) => api.send('ticket/add', { layerId: layer.id, ...input }), (saved) => { rememberEntryDate(draft.date); onSaved(saved); });

  const priceHint = priceHintFor(parsed.units, parsed.netPriceHundredths, multiplier);
  const showQuantity = asksQuantity(draft);

  return (
    <form ref={formRef} className="form" data-testid="ticket-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="form-grid form-grid-4">
        <SelectField id="ticket-kind" label="Ticket" value={draft.kind} options={KIND_OPTIONS} testId="ticket-kind"
          onChange={(kind) => { feedback.edited('date'); setDraft((d) => withKind(d, kind, layer, today)); }} />
        <TextField id="ticket-date" label="Date" type="date" value={draft.date} onChange={(v) => edit('date', { date: v })}
          hint={draft.date > realToday ? `After today (${realToday})` : undefined} {...field('date')} />
        {showQuantity ? (
          <TextField id="ticket-quantity" label={draft.kind === 'partial' ? 'Units to close' : 'Units (new legs)'} inputMode="numeric" value={draft.quantity}
            hint={`${layer.openQuantity} open`} onChange={(v) => edit('quantity', { quantity: v })} {...field('quantity')} />
        ) : (
          <div className="field field-static"><span className="field-static-label">Units</span><span>{layer.openQuantity} (all open)</span></div>
        )}
        <TextField id="ticket-fees" label="Fees" prefix="$" inputMode="decimal" value={parsed.feesText} onChange={(v) => edit('feesCents', { fees: v })}
          hint={draft.fees === null ? 'portfolio default per contract' : 'dollars'} {...field('feesCents')} />
      </div>
      {draft.kind === 'adjust' ? (
        <fieldset className="fieldset">
          <legend>Legs traded</legend>
          <AdjustLegsFields layer={layer} values={draft.legQuantities} legPaths={parsed.legPaths} errorFor={feedback.errorFor}
            onChange={(legId, text) => edit(parsed.legPaths[legId] ?? 'legs', { legQuantities: { ...draft.legQuantities, [legId]: text } })} />
          <LegEditor legs={draft.newLegs} onChange={(newLegs) => edit('newLegs', { newLegs })} pathBase="newLegs" idPrefix="ticket-new-leg"
            errorFor={feedback.errorFor} allowEmpty presets={false} />
          {feedback.errorFor('legs') ? <p className="field-error">{feedback.errorFor('legs')}</p> : null}
        </fieldset>
      ) : null}
      <div className="form-grid form-grid-2">
        <NetPriceField id="ticket-price" label="Net price per unit" text={draft.price} direction={draft.direction} hint={priceHint}
          onText={(v) => edit('netPriceHundredths', { price: v })} onDirection={(d) => edit('netPriceHundredths', { direction: d })} {...field('netPriceHundredths')} />
        <TextAreaField id="ticket-note" label="Note" value={draft.note} onChange={(v) => edit('note', { note: v })} error={feedback.errorFor('note')} placeholder="e.g. 52% of max profit, rolling next" />
      </div>
      <FormFooter action={action} isField={isField} keys="Enter saves · Esc cancels" onCancel={onCancel} submitLabel="Add ticket" />
    </form>
  );
}

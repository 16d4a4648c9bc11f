import { useMemo, useRef, useState, type FormEvent } from 'react';
import type { ApiIssue } from '../../../shared/api/errors';
import { dateProblem } from '../../../shared/dates';
import { QUANTITY_EDITABLE_ACTIONS, quantityEditIssue } from '../../../shared/domain/ticket-quantity-edit';
import { ticketMoveIssues } from '../../../shared/domain/ticket-rules';
import type { LayerDetail, Ticket } from '../../../shared/domain/types';
import { api } from '../api/transport';
import { useAction } from '../api/use-action';
import { FormFooter } from '../components/form-footer';
import { NetPriceField } from '../components/net-price-field';
import { TextAreaField } from '../components/text-area-field';
import { TextField } from '../components/text-field';
import { FEES_MESSAGE, parseFees } from '../forms/fees';
import { focusFirstInvalid } from '../forms/focus-first-invalid';
import { useFormFeedback } from '../forms/use-form-feedback';
import { dollarsText } from '../format/money';
import { splitNetPrice, type PriceDirection } from '../format/points';
import { signedPrice } from './custom-layer-draft';

interface EditTicketFormProps {
  layer: LayerDetail;
  ticket: Ticket;
  onSaved(layer: LayerDetail): void;
  onCancel(): void;
}

const PATHS = ['date', 'quantity', 'netPriceHundredths', 'feesCents', 'note'];
const isField = (path: string) => PATHS.includes(path);

/**
 * Corrects a ticket's date, price, fees or note, and an opening or closing ticket's quantity
 * (its legs rescale per unit); an adjust's or roll's legs stay as entered.
 */
export function EditTicketForm({ layer, ticket, onSaved, onCancel }: EditTicketFormProps) {
  const initialPrice = splitNetPrice(ticket.netPriceHundredths);
  const [date, setDate] = useState(ticket.date);
  const quantityEditable = QUANTITY_EDITABLE_ACTIONS.has(ticket.action);
  const [quantityText, setQuantityText] = useState(String(ticket.quantity));
  const quantity = /^\s*\d+\s*$/.test(quantityText) ? Number(quantityText) : NaN;
  const [price, setPrice] = useState(initialPrice.text);
  const [direction, setDirection] = useState<PriceDirection>(initialPrice.direction);
  const [fees, setFees] = useState(dollarsText(ticket.feesCents));
  const [note, setNote] = useState(ticket.note);
  const netPrice = signedPrice(price, direction);
  const feesCents = parseFees(fees);
  const issues = useMemo(() => {
    const list: ApiIssue[] = [];
    const dateIssue = dateProblem(date, 'trade date');
    if (dateIssue) list.push({ path: 'date', message: dateIssue });
    else list.push(...ticketMoveIssues(layer, ticket.id, date));
    const quantityIssue = quantityEditable ? quantityEditIssue(layer.tickets, ticket.id, quantity) : null;
    if (quantityIssue) list.push({ path: 'quantity', message: quantityIssue });
    if (netPrice === null) list.push({ path: 'netPriceHundredths', message: 'Enter the net price per unit in points' });
    if (feesCents === null) list.push({ path: 'feesCents', message: FEES_MESSAGE });
    return list;
  }, [date, netPrice, feesCents, quantityEditable, layer, ticket.id, quantity]);
  const feedback = useFormFeedback(issues);
  const action = useAction(feedback.acceptServerError);
  const formRef = useRef<HTMLFormElement>(null);
  const change = <T,>(path: string, set: (value: T) => void) => (value: T) => { feedback.edited(path); set(value); };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!feedback.attempt() || netPrice === null || feesCents === null) return focusFirstInvalid(formRef.current);
    const saved = await action.run(() => api.send('ticket/update', {
      ticketId: ticket.id, date, ...(quantityEditable && quantity !== ticket.quantity ? { quantity } : {}),
      netPriceHundredths: netPrice, feesCents, note: note.trim(),
    }));
    if (saved) onSaved(saved);
  };

  return (
    <form ref={formRef} className="form" data-testid="edit-ticket-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="form-grid form-grid-4">
        <TextField id="edit-ticket-date" label="Date" type="date" value={date} onChange={change('date', setDate)} onBlur={() => feedback.touch('date')} error={feedback.errorFor('date')} />
        {quantityEditable ? (
          <TextField id="edit-ticket-quantity" label="Units" inputMode="numeric" value={quantityText} onChange={change('quantity', setQuantityText)}
            hint={quantity !== ticket.quantity && Number.isFinite(quantity) ? `was ${ticket.quantity}; legs rescale per unit` : 'condors (units)'}
            onBlur={() => feedback.touch('quantity')} error={feedback.errorFor('quantity')} />
        ) : (
          <div className="field field-static"><span className="field-static-label">Units</span><span>{ticket.quantity} (legs as entered)</span></div>
        )}
        <NetPriceField id="edit-ticket-price" label="Net price per unit" text={price} direction={direction} onText={change('netPriceHundredths', setPrice)}
          onDirection={change('netPriceHundredths', setDirection)} onBlur={() => feedback.touch('netPriceHundredths')} error={feedback.errorFor('netPriceHundredths')} />
        <TextField id="edit-ticket-fees" label="Fees" prefix="$" inputMode="decimal" value={fees} onChange={change('feesCents', setFees)}
          onBlur={() => feedback.touch('feesCents')} error={feedback.errorFor('feesCents')} />
      </div>
      <TextAreaField id="edit-ticket-note" label="Note" value={note} onChange={change('note', setNote)} error={feedback.errorFor('note')} />
      <FormFooter action={action} isField={isField} onCancel={onCancel} submitLabel="Save ticket" />
    </form>
  );
}

import { useMemo, useRef, useState, type FormEvent } from 'react';
import { closureReason, nextTradingDay } from '../../../../shared/calendar';
import { isIsoDate } from '../../../../shared/dates';
import { MARKET_SYMBOLS, type MarketBar, type MarketSymbol } from '../../../../shared/domain/types';
import { formatHundredths } from '../../../../shared/format/money';
import { api } from '../../api/transport';
import { useAction } from '../../api/use-action';
import { FormError } from '../../components/form-error';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { focusFirstInvalid } from '../../forms/focus-first-invalid';
import { useFormFeedback } from '../../forms/use-form-feedback';
import { CLOSE_PATHS, parseCloseDraft, type CloseDraft } from './close-draft';

interface CloseEntryFormProps {
  today: string;
  /** The close already stored for a symbol and date (hundredths), to say what a save replaces. */
  storedClose(symbol: MarketSymbol, date: string): number | null;
  onSaved(bar: MarketBar): void;
}

const symbolOptions = MARKET_SYMBOLS.map((s) => ({ value: s, label: s }));
const isField = (path: string) => CLOSE_PATHS.includes(path);

/**
 * Type one daily close by hand (the day's SPX or VIX close from your broker). After a save the
 * form starts over on the next trading day, ready for the next close.
 */
export function CloseEntryForm(props: CloseEntryFormProps) {
  const [start, setStart] = useState<{ key: number; symbol: MarketSymbol; date: string }>({ key: 0, symbol: 'SPX', date: props.today });
  const saved = (bar: MarketBar) => {
    setStart((s) => ({ key: s.key + 1, symbol: bar.symbol, date: nextTradingDay(bar.date) }));
    props.onSaved(bar);
  };
  return <CloseEntryFields key={start.key} {...props} initial={start} onSaved={saved} />;
}

function CloseEntryFields({ initial, storedClose, onSaved }: CloseEntryFormProps & { initial: { symbol: MarketSymbol; date: string } }) {
  const [draft, setDraft] = useState<CloseDraft>({ symbol: initial.symbol, date: initial.date, close: '' });
  const parsed = useMemo(() => parseCloseDraft(draft), [draft]);
  const feedback = useFormFeedback(parsed.issues);
  const action = useAction(feedback.acceptServerError);
  const formRef = useRef<HTMLFormElement>(null);

  const edit = (path: string, patch: Partial<CloseDraft>) => {
    feedback.edited(path);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!feedback.attempt() || parsed.input === null) return focusFirstInvalid(formRef.current);
    const input = parsed.input;
    const bar = await action.run(() => api.send('market/upsert', input));
    if (bar) onSaved(bar);
  };

  const closed = isIsoDate(draft.date) ? closureReason(draft.date) : null;
  const stored = isIsoDate(draft.date) ? storedClose(draft.symbol, draft.date) : null;
  const dateHint = closed ? `NYSE closed (${closed}): charts and rules skip this day.` : 'Exchange date (New York).';
  const closeHint = stored !== null ? `Replaces the stored ${formatHundredths(stored)} pts.` : 'Index points, e.g. 5612.35 (VIX: 18.25).';

  return (
    <section className="market-card" aria-labelledby="close-entry-title">
      <h2 id="close-entry-title">Add a daily close</h2>
      <form ref={formRef} className="form" data-testid="close-entry-form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-grid close-entry-grid">
          <SelectField id="close-symbol" label="Index" value={draft.symbol} options={symbolOptions} onChange={(v) => edit('symbol', { symbol: v })} />
          <TextField id="close-date" label="Date" type="date" value={draft.date} onChange={(v) => edit('date', { date: v })}
            onBlur={() => feedback.touch('date')} error={feedback.errorFor('date')} hint={dateHint} />
          <TextField id="close-value" label="Close" suffix="pts" inputMode="decimal" value={draft.close} placeholder="5612.35"
            onChange={(v) => edit('closeHundredths', { close: v })} onBlur={() => feedback.touch('closeHundredths')} error={feedback.errorFor('closeHundredths')} hint={closeHint} />
        </div>
        <FormError error={action.error} isField={isField} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={action.busy}>{action.busy ? 'Saving…' : stored !== null ? 'Replace close' : 'Save close'}</button>
        </div>
      </form>
    </section>
  );
}

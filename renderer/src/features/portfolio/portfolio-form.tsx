import { useMemo, useRef, useState, type FormEvent } from 'react';
import type { Portfolio } from '../../../../shared/domain/types';
import { api } from '../../api/transport';
import { useAction } from '../../api/use-action';
import { FormFooter } from '../../components/form-footer';
import { TextField } from '../../components/text-field';
import { focusFirstInvalid } from '../../forms/focus-first-invalid';
import { useFormFeedback } from '../../forms/use-form-feedback';
import { formatCentsCompact } from '../../format/money';
import { parsePct } from '../../forms/parse-number';
import { draftFromPortfolio, newPortfolioDraft, parsePortfolioDraft, PORTFOLIO_PATHS, SCHEDULE_PATH, SLOT_PATHS, type PortfolioDraft } from './portfolio-draft';

interface PortfolioFormProps {
  /** The portfolio to edit; absent to create one. */
  portfolio?: Portfolio;
  onSaved(portfolio: Portfolio): void;
  onCancel?(): void;
}

const isField = (path: string) => PORTFOLIO_PATHS.includes(path);

export function PortfolioForm({ portfolio, onSaved, onCancel }: PortfolioFormProps) {
  const [draft, setDraft] = useState<PortfolioDraft>(() => (portfolio ? draftFromPortfolio(portfolio) : newPortfolioDraft()));
  const parsed = useMemo(() => parsePortfolioDraft(draft), [draft]);
  const feedback = useFormFeedback(parsed.issues);
  const action = useAction(feedback.acceptServerError);
  const formRef = useRef<HTMLFormElement>(null);

  const edit = (path: string, patch: Partial<PortfolioDraft>) => {
    feedback.edited(path);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const editSlot = (i: 0 | 1 | 2, text: string) => {
    feedback.edited(SCHEDULE_PATH);
    edit(SLOT_PATHS[i], { slots: draft.slots.map((s, j) => (j === i ? text : s)) as PortfolioDraft['slots'] });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!feedback.attempt() || parsed.input === null) return focusFirstInvalid(formRef.current);
    const input = parsed.input;
    const saved = await action.run(() => (portfolio ? api.send('portfolio/update', { portfolioId: portfolio.id, ...input }) : api.send('portfolio/create', input)));
    if (saved) onSaved(saved);
  };

  const slotAmount = (text: string) => {
    const pct = parsePct(text);
    return parsed.riskCapitalCents !== null && pct !== null ? `= ${formatCentsCompact(Math.round((parsed.riskCapitalCents * pct) / 100))}` : undefined;
  };
  const scheduleError = feedback.errorFor(SCHEDULE_PATH);

  return (
    <form ref={formRef} className="form" data-testid="portfolio-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="form-grid form-grid-2">
        <TextField id="portfolio-name" label="Name" value={draft.name} autoFocus placeholder="e.g. Main SPX condors"
          onChange={(v) => edit('name', { name: v })} onBlur={() => feedback.touch('name')} error={feedback.errorFor('name')} />
        <TextField id="portfolio-risk-capital" label="Risk capital" prefix="$" inputMode="decimal" value={draft.riskCapital} placeholder="100000"
          onChange={(v) => edit('riskCapitalCents', { riskCapital: v })} onBlur={() => feedback.touch('riskCapitalCents')}
          error={feedback.errorFor('riskCapitalCents')} hint="The capital the layers may put at risk (max loss)." />
      </div>
      <fieldset className="fieldset">
        <legend>Allocation schedule <span className="legend-note">% of risk capital per condor layer</span></legend>
        <div className="form-grid form-grid-4">
          {([0, 1, 2] as const).map((i) => (
            <TextField key={i} id={`portfolio-slot-${i + 1}`} label={`Layer ${i + 1}`} suffix="%" inputMode="decimal" value={draft.slots[i]}
              onChange={(v) => editSlot(i, v)} onBlur={() => feedback.touch(SLOT_PATHS[i])} error={feedback.errorFor(SLOT_PATHS[i])} hint={slotAmount(draft.slots[i])} />
          ))}
          <TextField id="portfolio-hedge-budget" label="VIX hedge budget" suffix="%" inputMode="decimal" value={draft.hedgeBudget}
            onChange={(v) => edit('settings.hedgeBudgetPct', { hedgeBudget: v })} onBlur={() => feedback.touch('settings.hedgeBudgetPct')}
            error={feedback.errorFor('settings.hedgeBudgetPct')} hint={slotAmount(draft.hedgeBudget)} />
        </div>
        {scheduleError ? <p className="field-error" role="alert">{scheduleError}</p> : null}
        {parsed.reservePct !== null ? (
          <p className={parsed.reservePct < 0 ? 'field-warning' : 'field-hint'}>
            {parsed.reservePct < 0
              ? `Layers and hedge budget together exceed the risk capital by ${-parsed.reservePct}%.`
              : `Unallocated reserve: ${parsed.reservePct}%${draft.extraSlots.length > 0 ? ` (plus ${draft.extraSlots.length} more slot(s) set elsewhere)` : ''}.`}
          </p>
        ) : null}
      </fieldset>
      <FormFooter action={action} isField={isField} onCancel={onCancel} submitLabel={portfolio ? 'Save portfolio' : 'Create portfolio'} />
    </form>
  );
}

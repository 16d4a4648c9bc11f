import { useState } from 'react';
import type { DecisionKind, Portfolio } from '../../../../shared/domain/types';
import type { Prompt } from '../../../../shared/rules';
import { api } from '../../api/transport';
import { useLoad } from '../../api/use-load';
import { FormError } from '../../components/form-error';
import { useToast } from '../../toast/use-toast';
import { ActDialog } from './act-dialog';
import { DecisionDialog } from './decision-dialog';
import { actTarget, promptNote } from './prefill';
import { PromptCard, type PromptAction } from './prompt-card';
import { UnavailableList } from './unavailable-list';

interface PromptsPanelProps {
  portfolio: Portfolio;
  /** Evaluation date: the rules read only data dated on or before it. */
  asOf: string;
  /** A decision was recorded or a trade saved: whatever shows portfolio data should reload. */
  onChanged(): void;
  /** Change it to re-evaluate after data changed elsewhere (e.g. a layer saved on the dashboard). */
  refreshKey?: string | number;
}

type Open = { prompt: Prompt; action: PromptAction };

/** The rule prompts for one date, most severe first, with Act / Dismiss / Snooze. */
export function PromptsPanel({ portfolio, asOf, onChanged, refreshKey }: PromptsPanelProps) {
  const result = useLoad(() => api.send('rules/prompts', { portfolioId: portfolio.id, asOf }), `${portfolio.id}:${asOf}:${portfolio.riskCapitalCents}:${JSON.stringify(portfolio.settings)}:${refreshKey ?? ''}`);
  const [open, setOpen] = useState<Open | null>(null);
  const toast = useToast();
  const close = () => setOpen(null);
  const done = (message: string) => () => {
    setOpen(null);
    toast(message);
    result.reload();
    onChanged();
  };

  const data = result.data;
  const dialog = (() => {
    if (open === null) return null;
    const { prompt, action } = open;
    const target = action === 'act' ? actTarget(prompt.suggestion, promptNote(prompt, asOf)) : null;
    if (target !== null && target.form !== 'none') {
      return <ActDialog portfolio={portfolio} prompt={prompt} target={target} asOf={asOf} onDone={done(`Acted on ${prompt.rule}: trade saved and journalled`)} onClose={close} />;
    }
    const decision: DecisionKind = action === 'act' ? 'acted' : action;
    return <DecisionDialog portfolioId={portfolio.id} prompt={prompt} asOf={asOf} decision={decision} onRecorded={done(`${prompt.rule} ${decision}`)} onClose={close} />;
  })();

  return (
    <section className="prompts-panel" data-testid="prompts-panel" aria-label={`Rule prompts as of ${asOf}`}>
      <FormError error={result.error} lead="Prompts not evaluated." />
      {result.loading && data === null ? <p className="muted">Evaluating the rules as of {asOf}…</p> : null}
      {data ? (
        <>
          <p className="prompts-asof muted">
            Evaluated as of <strong>{data.asOf}</strong> · {data.prompts.length === 0 ? 'no rule fired' : `${data.prompts.length} prompt${data.prompts.length === 1 ? '' : 's'}`}
          </p>
          <div className="prompts-list">
            {data.prompts.map((p) => <PromptCard key={p.key} prompt={p} onAction={(action) => setOpen({ prompt: p, action })} />)}
          </div>
          <UnavailableList items={data.unavailable} />
        </>
      ) : null}
      {dialog}
    </section>
  );
}

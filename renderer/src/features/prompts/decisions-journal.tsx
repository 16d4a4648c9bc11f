import { useState } from 'react';
import type { Decision } from '../../../../shared/domain/types';
import { RULE_IDS } from '../../../../shared/domain/settings';
import { api } from '../../api/transport';
import { useLoad } from '../../api/use-load';
import { FormError } from '../../components/form-error';
import { SelectField } from '../../components/select-field';
import { newestFirst, promptTitle } from './decision-order';

interface DecisionsJournalProps {
  portfolioId: number;
  /** Bumped after a decision is recorded. */
  refreshKey: number;
}

type RuleFilter = 'all' | (typeof RULE_IDS)[number];
const FILTER_OPTIONS: { value: RuleFilter; label: string }[] = [{ value: 'all', label: 'All rules' }, ...RULE_IDS.map((r) => ({ value: r, label: r }))];
const LABELS: Record<Decision['decision'], string> = { acted: 'Acted', dismissed: 'Dismissed', snoozed: 'Snoozed' };

/** Every reaction to a prompt, newest first, filterable by rule. */
export function DecisionsJournal({ portfolioId, refreshKey }: DecisionsJournalProps) {
  const decisions = useLoad(() => api.send('decision/list', { portfolioId }), `${portfolioId}:${refreshKey}`);
  const [rule, setRule] = useState<RuleFilter>('all');
  const rows = newestFirst(decisions.data ?? []).filter((d) => rule === 'all' || d.ruleId === rule);

  return (
    <section className="panel decisions-journal" aria-labelledby="decisions-title">
      <header className="decisions-header">
        <h2 id="decisions-title">Decisions journal</h2>
        <SelectField<RuleFilter> id="decisions-rule" label="Rule" value={rule} options={FILTER_OPTIONS} onChange={setRule} testId="decisions-rule" className="decisions-filter" />
      </header>
      <FormError error={decisions.error} lead="Decisions not loaded." />
      {decisions.data && rows.length === 0 ? <p className="muted" data-testid="decisions-empty">{rule === 'all' ? 'No decision recorded yet.' : `No decision on ${rule}.`}</p> : null}
      {rows.length > 0 ? (
        <table className="table decisions-table" data-testid="decisions-table">
          <thead>
            <tr><th scope="col">Evaluated</th><th scope="col">Rule</th><th scope="col">Decision</th><th scope="col">Snoozed until</th><th scope="col">Reason</th><th scope="col">Prompt</th></tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.id} data-testid={`decision-${d.id}`}>
                <td className="nowrap">{d.evaluatedOn}</td>
                <td><code>{d.ruleId}</code></td>
                <td><span className={`badge decision-${d.decision}`}>{LABELS[d.decision]}</span></td>
                <td className="nowrap">{d.snoozeUntil ?? '—'}</td>
                <td>{d.reason || <span className="muted">—</span>}</td>
                <td>{promptTitle(d)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

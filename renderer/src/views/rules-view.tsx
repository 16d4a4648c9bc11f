import { EmptyState } from '../components/empty-state';
import type { ViewProps } from './view-props';

/** Placeholder until the Rules feature replaces this file. */
export function RulesView(_props: ViewProps) {
  return (
    <section className="view" aria-labelledby="view-title-rules">
      <header className="view-header">
        <h1 id="view-title-rules">Rules</h1>
      </header>
      <EmptyState title="Coming with the Rules feature" testId="coming-soon">
        <p>This section will hold the ALVH prompts — base layer, add layer, tighten, VIX hedge, roll at 50% of max profit, event guard, loyalty trap, over-allocation and late DTE — each with its inputs and a suggested action.</p>
      </EmptyState>
    </section>
  );
}

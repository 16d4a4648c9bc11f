import { EmptyState } from '../components/empty-state';
import type { ViewProps } from './view-props';

/** Placeholder until the Dashboard feature replaces this file. */
export function DashboardView(_props: ViewProps) {
  return (
    <section className="view" aria-labelledby="view-title-dashboard">
      <header className="view-header">
        <h1 id="view-title-dashboard">Dashboard</h1>
      </header>
      <EmptyState title="Coming with the Dashboard feature" testId="coming-soon">
        <p>This section will hold the combined payoff of all layers (T+0, front and last expiration), combined break-evens, position Greeks, and IRR across layers against the options-terms WACC.</p>
      </EmptyState>
    </section>
  );
}

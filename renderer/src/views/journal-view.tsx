import { EmptyState } from '../components/empty-state';
import type { ViewProps } from './view-props';

/** Placeholder until the Journal feature replaces this file. */
export function JournalView(_props: ViewProps) {
  return (
    <section className="view" aria-labelledby="view-title-journal">
      <header className="view-header">
        <h1 id="view-title-journal">Journal</h1>
      </header>
      <EmptyState title="Coming with the Journal feature" testId="coming-soon">
        <p>This section will hold free-text notes on a day, a layer or a ticket, economic events (FOMC, CPI, PPI…) and every rule prompt you acted on, dismissed or snoozed.</p>
      </EmptyState>
    </section>
  );
}

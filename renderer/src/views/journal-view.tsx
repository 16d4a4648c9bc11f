import { EmptyState } from '../components/empty-state';
import { PerformancePage } from '../features/performance/performance-page';
import type { ViewProps } from './view-props';

/** The Journal section: performance over time now; the notes and decisions timeline comes later. */
export function JournalView({ portfolio }: ViewProps) {
  return (
    <section className="view" aria-labelledby="view-title-journal">
      <header className="view-header">
        <h1 id="view-title-journal">Journal</h1>
      </header>
      <PerformancePage key={portfolio.id} portfolio={portfolio} />
      <section className="journal-timeline" aria-labelledby="timeline-title">
        <h2 id="timeline-title">Journal timeline</h2>
        <EmptyState title="Coming with the journal timeline" testId="coming-soon">
          <p>Free-text notes on a day, a layer or a ticket, economic events and every rule prompt you acted on, dismissed or snoozed, in date order.</p>
        </EmptyState>
      </section>
    </section>
  );
}

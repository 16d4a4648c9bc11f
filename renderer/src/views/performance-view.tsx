import { PerformancePage } from '../features/performance/performance-page';
import type { ViewProps } from './view-props';

/** The Performance section: equity curve, calendar, statistics and roll campaigns (the page carries its own title). */
export function PerformanceView({ portfolio }: ViewProps) {
  return (
    <section className="view">
      <PerformancePage key={portfolio.id} portfolio={portfolio} />
    </section>
  );
}

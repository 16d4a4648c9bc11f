import { TimelinePage } from '../features/timeline/timeline-page';
import type { ViewProps } from './view-props';

/** The Journal section: tickets, notes, rule decisions and economic events on one timeline. */
export function JournalView({ portfolio, info }: ViewProps) {
  return <TimelinePage key={portfolio.id} portfolio={portfolio} today={info.today} />;
}

import { DashboardPage } from '../features/dashboard/dashboard-page';
import type { ViewProps } from './view-props';

/** The Dashboard section: combined payoff, metrics and open layers of the portfolio. */
export function DashboardView({ portfolio, info }: ViewProps) {
  return <DashboardPage key={portfolio.id} portfolio={portfolio} info={info} />;
}

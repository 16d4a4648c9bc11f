import { DashboardPage } from '../features/dashboard/dashboard-page';
import { PromptsPanel } from '../features/prompts/prompts-panel';
import type { ViewProps } from './view-props';

/** The Dashboard section: combined payoff, metrics and open layers of the portfolio, with the rules' prompts for its date. */
export function DashboardView({ portfolio, info }: ViewProps) {
  return (
    <DashboardPage key={portfolio.id} portfolio={portfolio} info={info}
      promptsPanel={({ asOf, onChanged }) => <PromptsPanel portfolio={portfolio} asOf={asOf} onChanged={onChanged} />} />
  );
}

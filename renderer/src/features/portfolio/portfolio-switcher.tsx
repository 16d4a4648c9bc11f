import { useState } from 'react';
import { formatCentsCompact } from '../../format/money';
import { navigate } from '../../routing/route';
import { useRoute } from '../../routing/use-route';
import { useRouteIntent } from '../../routing/use-route-intent';
import { useAppState } from '../../state/use-app-state';
import { PortfolioDialog } from './portfolio-dialog';

/** Picks the portfolio every view works on, and opens its editor. */
export function PortfolioSwitcher() {
  const { portfolios, portfolio, selectPortfolio } = useAppState();
  const [dialog, setDialog] = useState<'edit' | 'new' | null>(null);
  const route = useRoute();
  // File → New Portfolio (`#/settings/new-portfolio`) opens the same dialog as the button.
  useRouteIntent('new-portfolio', () => setDialog('new'));
  if (portfolio === null) return null;
  // A layer's detail belongs to one portfolio; switching shows the other portfolio's list instead.
  const select = (id: number) => {
    selectPortfolio(id);
    if (route.layerId !== null) navigate({ section: route.section, layerId: null });
  };
  const slots = portfolio.settings.allocationPct.map((p) => `${p}`).join('/');
  return (
    <div className="portfolio-switcher" data-testid="portfolio-switcher">
      <label htmlFor="portfolio-select" className="sidebar-label">Portfolio</label>
      <select id="portfolio-select" value={portfolio.id} onChange={(e) => select(Number(e.target.value))}>
        {portfolios.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
      </select>
      <dl className="portfolio-facts">
        <div><dt>Risk capital</dt><dd>{formatCentsCompact(portfolio.riskCapitalCents)}</dd></div>
        <div><dt>Layer slots</dt><dd>{slots} %</dd></div>
        <div><dt>Hedge budget</dt><dd>{portfolio.settings.hedgeBudgetPct} %</dd></div>
      </dl>
      <div className="button-row">
        <button type="button" className="button button-small" onClick={() => setDialog('edit')}>Edit portfolio</button>
        <button type="button" className="button button-small" onClick={() => setDialog('new')}>New portfolio</button>
      </div>
      {dialog !== null ? <PortfolioDialog portfolio={dialog === 'edit' ? portfolio : undefined} onClose={() => setDialog(null)} /> : null}
    </div>
  );
}

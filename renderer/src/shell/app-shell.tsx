import { FormError } from '../components/form-error';
import { FirstPortfolio } from '../features/portfolio/first-portfolio';
import { PortfolioSwitcher } from '../features/portfolio/portfolio-switcher';
import { RestoreDialog } from '../features/reports/restore-dialog';
import { useRoute } from '../routing/use-route';
import { useAppState } from '../state/use-app-state';
import { AppFooter } from './app-footer';
import { SectionView } from '../views/section-view';
import { SideNav } from './side-nav';

/** Sidebar (portfolio, sections), the current view, and the footer with the journal's file. */
export function AppShell() {
  const { info, portfolio, loading, loadError } = useAppState();
  const route = useRoute();

  let main;
  if (loadError) {
    main = (
      <div className="view">
        <h1>The journal could not be opened</h1>
        <FormError error={loadError} />
        <button type="button" className="button" onClick={() => window.location.reload()}>Try again</button>
      </div>
    );
  } else if (loading || info === null) {
    main = <p className="view muted">Opening the journal…</p>;
  } else if (portfolio === null) {
    main = <FirstPortfolio restoreDialog={(slot) => <RestoreDialog {...slot} />} />;
  } else {
    main = <SectionView portfolio={portfolio} info={info} route={route} />;
  }

  return (
    <div className="app">
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">◆</span>
          <span className="brand-name">ALVH Journal</span>
        </div>
        {portfolio ? (
          <>
            <PortfolioSwitcher />
            <SideNav current={route.section} />
          </>
        ) : null}
      </aside>
      <main className="main" id="main">{main}</main>
      <AppFooter info={info} />
    </div>
  );
}

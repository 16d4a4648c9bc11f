import { BackupsPanel } from '../features/reports/backups-panel';
import { ReportExportPanel } from '../features/reports/report-export-panel';
import { useAppState } from '../state/use-app-state';
import '../styles/reports.css';
import type { ViewProps } from './view-props';

/** The Reports & backups section: export a report; back up, download and restore the journal. */
export function ReportsView({ portfolio }: ViewProps) {
  const { reloadPortfolios } = useAppState();
  return (
    <section className="view reports-view" aria-labelledby="view-title-reports">
      <header className="view-header">
        <h1 id="view-title-reports">Reports &amp; backups</h1>
      </header>
      <ReportExportPanel key={portfolio.id} portfolio={portfolio} />
      <BackupsPanel onRestored={() => void reloadPortfolios()} />
    </section>
  );
}

import { useState, type ReactNode } from 'react';
import type { BackupList } from '../../../../shared/api/backups';
import type { Portfolio } from '../../../../shared/domain/types';
import { api } from '../../api/transport';
import { useAction } from '../../api/use-action';
import { FormError } from '../../components/form-error';
import { useRouteIntent } from '../../routing/use-route-intent';
import { useAppState } from '../../state/use-app-state';
import { useToast } from '../../toast/use-toast';
import { PortfolioForm } from './portfolio-form';

interface FirstPortfolioProps {
  /** The restore dialog over the listed backups (the shell fills it from features/reports). */
  restoreDialog(slot: { list: BackupList; onClose(): void; onRestored(): void }): ReactNode;
}

/** What a new journal shows: one friendly form instead of empty tables. */
export function FirstPortfolio({ restoreDialog }: FirstPortfolioProps) {
  const { reloadPortfolios } = useAppState();
  const toast = useToast();
  // File → New Portfolio on a new journal: this form is the one; consume the intent so the
  // sidebar's dialog does not open as well once the portfolio exists.
  useRouteIntent('new-portfolio', () => document.getElementById('portfolio-name')?.focus());
  // A new install on another machine starts here: restoring a backup must not need a portfolio first.
  const [restoreFrom, setRestoreFrom] = useState<BackupList | null>(null);
  const listing = useAction();
  const openRestore = () => void listing.run(() => api.send('backup/list', {})).then((list) => list && setRestoreFrom(list));
  useRouteIntent('restore', openRestore);
  const created = (portfolio: Portfolio) => {
    toast(`Portfolio “${portfolio.name}” created`);
    void reloadPortfolios(portfolio.id);
  };
  return (
    <section className="first-portfolio" aria-labelledby="first-portfolio-title">
      <h1 id="first-portfolio-title">Create your first portfolio</h1>
      <p className="lead">
        A portfolio holds your condor layers and hedges, and the risk capital they share. The allocation schedule
        sizes each new layer (ALVH default: 40% for the base layer, 25% for the second, 15% for the third; the rest is reserve and VIX hedge budget).
        You can change all of it later.
      </p>
      <div className="card">
        <PortfolioForm onSaved={created} />
      </div>
      <p className="first-portfolio-restore">
        Moving from another computer, or starting over after a problem?{' '}
        <button type="button" className="button" onClick={openRestore} disabled={listing.busy} data-testid="first-run-restore">
          Restore a backup…
        </button>
      </p>
      <FormError error={listing.error} />
      {restoreFrom && restoreDialog({
        list: restoreFrom,
        onClose: () => setRestoreFrom(null),
        onRestored: () => {
          setRestoreFrom(null);
          void reloadPortfolios();
        },
      })}
    </section>
  );
}

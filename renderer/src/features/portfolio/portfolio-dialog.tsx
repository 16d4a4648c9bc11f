import { useState } from 'react';
import type { Portfolio } from '../../../../shared/domain/types';
import { Modal } from '../../components/modal';
import { navigate } from '../../routing/route';
import { useAppState } from '../../state/use-app-state';
import { useToast } from '../../toast/use-toast';
import { DeletePortfolioDialog } from './delete-portfolio-dialog';
import { PortfolioForm } from './portfolio-form';

interface PortfolioDialogProps {
  /** The portfolio to edit; absent to create a new one. */
  portfolio?: Portfolio;
  onClose(): void;
}

export function PortfolioDialog({ portfolio, onClose }: PortfolioDialogProps) {
  const { reloadPortfolios } = useAppState();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);

  const saved = (result: Portfolio) => {
    toast(portfolio ? `Portfolio “${result.name}” saved` : `Portfolio “${result.name}” created`);
    if (!portfolio) navigate({ section: 'layers', layerId: null });
    void reloadPortfolios(result.id);
    onClose();
  };
  const deleted = () => {
    toast(`Portfolio “${portfolio?.name ?? ''}” deleted`);
    navigate({ section: 'layers', layerId: null });
    void reloadPortfolios();
    onClose();
  };

  return (
    <Modal title={portfolio ? `Edit portfolio “${portfolio.name}”` : 'New portfolio'} onClose={onClose}>
      <PortfolioForm portfolio={portfolio} onSaved={saved} onCancel={onClose} />
      {portfolio ? (
        <div className="danger-zone">
          <button type="button" className="button button-danger-quiet" onClick={() => setConfirming(true)}>Delete portfolio…</button>
        </div>
      ) : null}
      {portfolio && confirming ? <DeletePortfolioDialog portfolio={portfolio} onClose={() => setConfirming(false)} onDeleted={deleted} /> : null}
    </Modal>
  );
}

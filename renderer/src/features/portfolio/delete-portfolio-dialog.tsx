import type { Portfolio } from '../../../../shared/domain/types';
import { api } from '../../api/transport';
import { useLoad } from '../../api/use-load';
import { ConfirmDialog } from '../../components/confirm-dialog';

interface DeletePortfolioDialogProps {
  portfolio: Portfolio;
  onClose(): void;
  onDeleted(): void;
}

/** Names what goes with the portfolio: every layer, leg and ticket in it. */
export function DeletePortfolioDialog({ portfolio, onClose, onDeleted }: DeletePortfolioDialogProps) {
  const layers = useLoad(() => api.send('layer/totals', { portfolioId: portfolio.id }), String(portfolio.id));
  const total = layers.data?.total ?? null;
  const open = layers.data?.open ?? 0;
  const tickets = total === null ? null : total === 0 ? 'It has no layers yet.' : `Its ${total} layer${total === 1 ? '' : 's'} (${open} open), with all their legs and tickets, will be deleted too.`;
  return (
    <ConfirmDialog
      title={`Delete portfolio “${portfolio.name}”?`}
      onConfirm={() => api.send('portfolio/delete', { portfolioId: portfolio.id })}
      onClose={onClose}
      onDone={onDeleted}
    >
      <p>
        The portfolio <strong>{portfolio.name}</strong> and its settings will be permanently deleted. {tickets ?? 'Counting its layers…'}
      </p>
      <p>This cannot be undone.</p>
    </ConfirmDialog>
  );
}

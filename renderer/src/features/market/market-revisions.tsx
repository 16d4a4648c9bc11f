import type { MarketRevision } from '../../../../shared/domain/types';
import { api } from '../../api/transport';
import { useAction } from '../../api/use-action';
import { useLoad } from '../../api/use-load';
import { FormError } from '../../components/form-error';
import { formatCount } from './market-format';

const what = (r: MarketRevision) => (r.kind === 'import' ? `import of ${r.source || 'a file'}` : `${r.kind === 'edit' ? 'edit' : 'delete'}${r.reason ? `: ${r.reason}` : ''}`);
const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/** Every import and hand edit of market closes, newest first, and the undo of the newest that still stands. */
export function MarketRevisions({ version, onChanged }: { version: number; onChanged(message: string): void }) {
  const list = useLoad(() => api.send('market/revisions', { limit: 50 }), `revisions/${version}`);
  const action = useAction();
  const latest = list.data?.find((r) => r.undoneAt === null) ?? null;
  const undo = async () => {
    const result = await action.run(() => api.send('market/undo', {}));
    if (result) onChanged(`Undid the ${what(result.revision)} (${result.revision.symbol}): ${formatCount(result.restored)} close(s) restored`);
  };
  return (
    <section className="market-card market-revisions" aria-labelledby="market-revisions-title" data-testid="market-revisions">
      <h2 id="market-revisions-title">Import and edit history</h2>
      <div className="form-actions">
        <button type="button" className="button" disabled={latest === null || action.busy} onClick={() => void undo()} data-testid="market-undo">
          {latest ? `Undo last change: ${latest.symbol} ${what(latest)} (${formatCount(latest.rowsChanged)} close(s))` : 'Nothing to undo'}
        </button>
      </div>
      <FormError error={action.error ?? list.error} />
      {list.data && list.data.length === 0 ? <p className="muted">No imports or edits yet.</p> : null}
      {list.data && list.data.length > 0 ? (
        <table className="table table-compact">
          <thead><tr><th scope="col">When</th><th scope="col">Index</th><th scope="col">What</th><th scope="col" className="num">Closes</th><th scope="col">Dates</th><th scope="col">Status</th></tr></thead>
          <tbody>
            {list.data.map((r) => (
              <tr key={r.id} className={r.undoneAt ? 'revision-undone' : undefined} data-testid={`revision-${r.id}`}>
                <td className="date">{when(r.createdAt)}</td><td>{r.symbol}</td><td>{what(r)}</td><td className="num">{formatCount(r.rowsChanged)}</td>
                <td className="date">{r.firstDate === r.lastDate ? r.firstDate : `${r.firstDate ?? ''} → ${r.lastDate ?? ''}`}</td>
                <td>{r.undoneAt ? `undone ${when(r.undoneAt)}` : 'stands'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

import { useState, type ReactNode } from 'react';
import type { AppInfo, LayerDetail, LayerSummary, LayerTotals, Portfolio } from '../../../../shared/domain/types';
import { api } from '../../api/transport';
import { useLoad } from '../../api/use-load';
import { EmptyState } from '../../components/empty-state';
import { FormError } from '../../components/form-error';
import { Kbd } from '../../components/kbd';
import { Modal } from '../../components/modal';
import { useHotkey } from '../../hooks/use-hotkey';
import { useSessionState } from '../../hooks/use-session-state';
import { formatCondorStrikes } from '../../format/strikes';
import { navigate } from '../../routing/route';
import { useToast } from '../../toast/use-toast';
import { CondorForm } from '../../trading/condor-form';
import { CustomLayerForm } from '../../trading/custom-layer-form';
import { isOpenCondor } from '../../trading/condor-risk';
import { LastLayer } from '../../state/last-layer';
import { LayersFilter, type LayersFilterValue } from './layers-filter';
import { LayersSummary } from './layers-summary';
import { LayersTable } from './layers-table';
import { useAppState } from '../../state/use-app-state';

interface LayersPageProps {
  portfolio: Portfolio;
  info: AppInfo;
  /** The broker-import action beside the add buttons (the view fills it); `onImported` reloads the list. */
  importButton(slot: { onImported(): void }): ReactNode;
}

const FILTERS: readonly LayersFilterValue[] = ['open', 'all'];
/** Layers per page under All. */
const PAGE_SIZE = 200;

export function LayersPage({ portfolio, info, importButton }: LayersPageProps) {
  // New entries start at the as-of date, then at the last saved entry's date (a back-filled batch).
  const entryDate = useAppState().entryDate || info.today;
  const [filter, setFilter] = useSessionState<LayersFilterValue>('alvh.layers.filter', 'open', FILTERS);
  // A ten-year journal holds thousands of layers: the page loads the open ones, the totals over
  // all of them, and (under All) the whole list newest first one page at a time.
  const [pages, setPages] = useState(1);
  const layers = useLoad(async () => {
    const [open, totals, page] = await Promise.all([
      api.send('layer/list', { portfolioId: portfolio.id, status: 'open' }),
      api.send('layer/totals', { portfolioId: portfolio.id }),
      filter === 'all' ? api.send('layer/list', { portfolioId: portfolio.id, status: 'all', limit: pages * PAGE_SIZE }) : Promise.resolve(null),
    ]);
    return { open, totals, all: page };
    // `pages` is not in the key: Show more reloads in place, so the rows already shown stay on screen.
  }, `${portfolio.id}:${filter}`);
  const [dialog, setDialog] = useState<'condor' | 'custom' | null>(null);
  const [focusId, setFocusId] = useState<number | null>(LastLayer.get);
  const toast = useToast();
  useHotkey('n', () => setDialog('condor'));
  useHotkey('h', () => setDialog('custom'));

  const { openLayers, totals, totalCount, shown } = layerLists(layers.data, filter);
  const openCondors = openLayers.filter(isOpenCondor);

  const open = (id: number) => {
    LastLayer.set(id);
    navigate({ section: 'layers', layerId: id });
  };
  const saved = (layer: LayerDetail) => {
    setDialog(null);
    toast(`Layer #${layer.id} saved${layer.strikes ? `: iron condor ${formatCondorStrikes(layer.strikes)}` : ''}`);
    LastLayer.set(layer.id);
    setFocusId(layer.id);
    layers.reload();
  };

  return (
    <section className="view" aria-labelledby="layers-title">
      <header className="view-header">
        <h1 id="layers-title">Layers</h1>
        <LayersFilter value={filter} onChange={(f) => { setPages(1); setFilter(f); }} openCount={totals?.open ?? openLayers.length} totalCount={totalCount} />
        <div className="view-actions">
          <button type="button" className="button button-primary" onClick={() => setDialog('condor')} aria-keyshortcuts="N">
            Add iron condor <Kbd>N</Kbd>
          </button>
          <button type="button" className="button" onClick={() => setDialog('custom')} aria-keyshortcuts="H">
            Add hedge / custom layer <Kbd>H</Kbd>
          </button>
          {importButton({ onImported: () => layers.reload() })}
        </div>
      </header>
      {totals && totalCount > 0 ? <LayersSummary openLayers={openLayers} totals={totals} portfolio={portfolio} /> : null}
      <FormError error={layers.error} />
      {layers.loading && !layers.data ? <p className="muted">Loading layers…</p> : null}
      {layers.data ? (
        <LayersEmpty portfolio={portfolio} totalCount={totalCount} shownCount={shown.length} onAddCondor={() => setDialog('condor')} onShowAll={() => setFilter('all')} />
      ) : null}
      {shown.length > 0 ? <LayersTable layers={shown} focusId={focusId} lateDte={portfolio.settings.lateDte} onOpen={open} /> : null}
      {filter === 'all' && shown.length > 0 && shown.length < totalCount ? (
        <ShowMore shownCount={shown.length} totalCount={totalCount} loading={layers.loading} onMore={() => { setPages((n) => n + 1); layers.reload(); }} />
      ) : null}
      {shown.length > 0 ? <p className="table-keys muted"><Kbd>↑</Kbd> <Kbd>↓</Kbd> move · <Kbd>Enter</Kbd> opens a layer</p> : null}

      {dialog ? (
        <AddLayerDialog key={dialog} kind={dialog} portfolio={portfolio} today={entryDate} openCondors={openCondors} onSaved={saved} onClose={() => setDialog(null)} />
      ) : null}
    </section>
  );
}

interface LayersData {
  open: LayerSummary[];
  totals: LayerTotals;
  all: LayerSummary[] | null;
}

/** The loaded lists (empty while loading): the open layers, the totals, and the rows the filter shows. */
function layerLists(data: LayersData | null, filter: LayersFilterValue) {
  const openLayers = data?.open ?? [];
  const totals = data?.totals ?? null;
  const totalCount = totals?.total ?? 0;
  const shown = filter === 'open' ? openLayers : data?.all ?? [];
  return { openLayers, totals, totalCount, shown };
}

interface LayersEmptyProps {
  portfolio: Portfolio;
  totalCount: number;
  shownCount: number;
  onAddCondor(): void;
  onShowAll(): void;
}

/** Once loaded: the invitation to add a first layer, or the way to the closed ones when none is open. */
function LayersEmpty({ portfolio, totalCount, shownCount, onAddCondor, onShowAll }: LayersEmptyProps) {
  return (
    <>
      {totalCount === 0 ? (
        <EmptyState title="No layers yet" testId="layers-empty">
          <p>Add your first iron condor <Kbd>N</Kbd> — usually the ~{portfolio.settings.baseDte} DTE base layer, sized at {portfolio.settings.allocationPct[0] ?? 40}% of the risk capital.</p>
          <button type="button" className="button button-primary" onClick={onAddCondor}>Add iron condor</button>
        </EmptyState>
      ) : null}
      {totalCount > 0 && shownCount === 0 ? (
        <EmptyState title="No open layers" testId="layers-empty">
          <p>All {totalCount} layers of this portfolio are closed, rolled or expired.</p>
          <button type="button" className="button" onClick={onShowAll}>Show all layers</button>
        </EmptyState>
      ) : null}
    </>
  );
}

function ShowMore({ shownCount, totalCount, loading, onMore }: { shownCount: number; totalCount: number; loading: boolean; onMore(): void }) {
  return (
    <p className="muted">
      Showing the newest {shownCount} of {totalCount} layers.{' '}
      <button type="button" className="button" onClick={onMore} disabled={loading} data-testid="layers-show-more">Show more</button>
    </p>
  );
}

interface AddLayerDialogProps {
  kind: 'condor' | 'custom';
  portfolio: Portfolio;
  today: string;
  openCondors: LayerSummary[];
  onSaved(layer: LayerDetail): void;
  onClose(): void;
}

/** Adding an iron condor (the base layer when none is open, else a time-shift) or a hedge / custom layer. */
function AddLayerDialog({ kind, portfolio, today, openCondors, onSaved, onClose }: AddLayerDialogProps) {
  if (kind === 'condor') {
    return (
      <Modal title="Add iron condor" onClose={onClose} size="wide">
        <CondorForm portfolio={portfolio} today={today} defaultRole={openCondors.length === 0 ? 'base' : 'time-shift'} onSaved={onSaved} onCancel={onClose} />
      </Modal>
    );
  }
  return (
    <Modal title="Add hedge / custom layer" onClose={onClose} size="wide">
      <CustomLayerForm portfolio={portfolio} today={today} candidates={openCondors} onSaved={onSaved} onCancel={onClose} />
    </Modal>
  );
}

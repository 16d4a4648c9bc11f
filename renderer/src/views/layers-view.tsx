import { BrokerImportButton } from '../features/broker-import/broker-import-button';
import { LayerDetailPage } from '../features/layer-detail/layer-detail-page';
import { LayersPage } from '../features/layers/layers-page';
import { LayerJournalNotes } from '../features/timeline/layer-journal-notes';
import { LayerStoryPage } from '../features/timeline/layer-story-page';
import type { ViewProps } from './view-props';

/** The Layers section: the list, or one layer's detail when the route names it. */
export function LayersView({ portfolio, info, route }: ViewProps) {
  if (route.layerId !== null && route.story) return <LayerStoryPage key={route.layerId} layerId={route.layerId} portfolio={portfolio} />;
  if (route.layerId === null) {
    return <LayersPage key={portfolio.id} portfolio={portfolio} info={info}
      importButton={({ onImported }) => <BrokerImportButton portfolio={portfolio} onImported={onImported} />} />;
  }
  return <LayerDetailPage key={route.layerId} layerId={route.layerId} portfolio={portfolio} info={info}
    journalNotes={(layer) => <LayerJournalNotes layer={layer} today={info.today} />} />;
}

import { LayerDetailPage } from '../features/layer-detail/layer-detail-page';
import { LayersPage } from '../features/layers/layers-page';
import { LayerStoryPage } from '../features/timeline/layer-story-page';
import type { ViewProps } from './view-props';

/** The Layers section: the list, or one layer's detail when the route names it. */
export function LayersView({ portfolio, info, route }: ViewProps) {
  if (route.layerId !== null && route.story) return <LayerStoryPage key={route.layerId} layerId={route.layerId} portfolio={portfolio} />;
  return route.layerId === null
    ? <LayersPage key={portfolio.id} portfolio={portfolio} info={info} />
    : <LayerDetailPage key={route.layerId} layerId={route.layerId} portfolio={portfolio} info={info} />;
}

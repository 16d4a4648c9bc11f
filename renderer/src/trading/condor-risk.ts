import type { LayerSummary } from '../../../shared/domain/types';
import { condorMetrics } from './condor-metrics';

/** Max loss of the open units of a condor layer, in cents; null for other shapes. */
export function openCondorMaxLossCents(layer: LayerSummary): number | null {
  if (layer.strikes === null || layer.status !== 'open' || layer.openPriceHundredths <= 0) return null;
  return condorMetrics(layer.strikes, layer.openPriceHundredths, layer.openQuantity).maxLossCents;
}

export function isOpenCondor(layer: LayerSummary): boolean {
  return layer.status === 'open' && layer.strikes !== null && layer.role !== 'hedge';
}

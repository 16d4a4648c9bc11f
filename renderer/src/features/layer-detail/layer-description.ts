import type { LayerDetail } from '../../../../shared/domain/types';
import { formatCents } from '../../../../shared/format/money';
import { describeLegs } from '../../format/leg';
import { formatCondorStrikes } from '../../format/strikes';

/** "layer #5 (iron condor 5500/5550 · 5900/5950, exp 2026-03-20)": for confirmations and toasts. */
export function describeLayer(layer: LayerDetail): string {
  const shape = layer.strikes ? `iron condor ${formatCondorStrikes(layer.strikes)}` : `${layer.role} ${describeLegs(layer.legs)}`;
  return `layer #${layer.id} (${shape}${layer.expiration ? `, exp ${layer.expiration}` : ''})`;
}

/** What deleting a layer loses, counted. */
export function layerLosses(layer: LayerDetail): string {
  const t = layer.tickets.length;
  return `its ${layer.legs.length} legs and ${t} ticket${t === 1 ? '' : 's'} (net cash ${formatCents(layer.netCashCents)}, fees ${formatCents(layer.feesCents)})`;
}

import type { LayerDetail } from '../../../../shared/domain/types';
import { formatCents, formatHundredths } from '../../../../shared/format/money';
import { pnlClass } from '../../format/money';
import { formatNetPrice } from '../../format/points';
import { condorMetrics } from '../../trading/condor-metrics';

/** Key numbers of the layer: size, price, P&L and, for a condor, its risk on the open units. */
export function LayerFigures({ layer }: { layer: LayerDetail }) {
  const m = layer.strikes && layer.openPriceHundredths > 0 ? condorMetrics(layer.strikes, layer.openPriceHundredths, layer.openQuantity) : null;
  const open = layer.status === 'open';
  return (
    <dl className="figures" data-testid="layer-figures">
      <div><dt>Qty open / opened</dt><dd>{layer.openQuantity} / {layer.openedQuantity}</dd></div>
      <div><dt>Opening price</dt><dd>{formatNetPrice(layer.openPriceHundredths)}</dd></div>
      <div><dt>Realized P&amp;L</dt><dd className={pnlClass(layer.realizedPnlCents)} data-testid="layer-realized">{formatCents(layer.realizedPnlCents)}</dd></div>
      <div><dt>Net cash</dt><dd className={pnlClass(layer.netCashCents)} title={`after ${formatCents(layer.feesCents)} fees`}>{formatCents(layer.netCashCents)}</dd></div>
      {m && open ? (
        <>
          <div><dt>Max profit (open)</dt><dd>{formatCents(m.maxProfitCents ?? 0)}</dd></div>
          <div><dt>Max loss (open)</dt><dd>{formatCents(m.maxLossCents ?? 0)}</dd></div>
          <div><dt>Break-evens</dt><dd>{formatHundredths(m.breakEvenLowHundredths ?? 0)} / {formatHundredths(m.breakEvenHighHundredths ?? 0)}</dd></div>
          <div><dt>Margin</dt><dd>{formatCents(m.marginCents ?? 0)}</dd></div>
        </>
      ) : null}
    </dl>
  );
}

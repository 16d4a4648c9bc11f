import type { LayerDetail } from '../../../../shared/domain/types';
import { INSTRUMENT_LABELS } from '../../format/labels';
import { formatStrike } from '../../format/points';

/** The layer's legs with the contracts still open on each. */
export function LegsTable({ layer }: { layer: LayerDetail }) {
  return (
    <table className="table table-compact" data-testid="legs-table" aria-label="Legs">
      <thead>
        <tr>
          <th>Side</th><th>Instrument</th><th>Underlying</th><th>Right</th><th className="num">Strike</th><th>Expiration</th>
          <th className="num">Ratio</th><th className="num">Mult.</th><th className="num">Open contracts</th>
        </tr>
      </thead>
      <tbody>
        {layer.legs.map((leg) => {
          const open = layer.openContracts[leg.id] ?? 0;
          return (
            <tr key={leg.id} className={open === 0 ? 'row-closed' : undefined}>
              <td className={leg.side === 'short' ? 'side-short' : 'side-long'}>{leg.side === 'short' ? 'Short' : 'Long'}</td>
              <td>{INSTRUMENT_LABELS[leg.instrument]}</td>
              <td>{leg.symbol ?? leg.underlying}</td>
              <td>{leg.right ?? '—'}</td>
              <td className="num">{leg.strikeHundredths === null ? '—' : formatStrike(leg.strikeHundredths)}</td>
              <td className="date">{leg.expiration ?? '—'}</td>
              <td className="num">{leg.ratio}</td>
              <td className="num">×{leg.multiplier.toLocaleString('en-US')}</td>
              <td className="num">{open > 0 ? `+${open}` : open}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

import type { LayerDetail } from '../../../shared/domain/types';
import { CellField } from '../components/cell-field';
import { describeLeg } from '../format/leg';
import { parseContracts } from '../forms/parse-number';

interface AdjustLegsFieldsProps {
  layer: LayerDetail;
  values: Record<number, string>;
  onChange(legId: number, text: string): void;
  legPaths: Record<number, string>;
  errorFor(path: string): string | undefined;
}

/** Contracts traded per existing leg, with the position each leaves behind. */
export function AdjustLegsFields({ layer, values, onChange, legPaths, errorFor }: AdjustLegsFieldsProps) {
  return (
    <table className="table table-compact" data-testid="adjust-legs">
      <thead>
        <tr><th>Leg</th><th className="num">Open</th><th className="num">Trade <span className="th-note">+ buy, − sell</span></th><th className="num">After</th></tr>
      </thead>
      <tbody>
        {layer.legs.map((leg) => {
          const open = layer.openContracts[leg.id] ?? 0;
          const traded = parseContracts(values[leg.id] ?? '');
          const path = legPaths[leg.id];
          const error = path ? errorFor(path) : undefined;
          const id = `adjust-leg-${leg.id}`;
          return (
            <tr key={leg.id}>
              <td>{describeLeg(leg)}</td>
              <td className="num">{open}</td>
              <CellField id={id} label={`Contracts traded on ${describeLeg(leg)}`} error={error}>
                <input id={id} className="input-num" inputMode="numeric" autoComplete="off" placeholder={open !== 0 ? String(-open) : ''} value={values[leg.id] ?? ''}
                  aria-invalid={error ? true : undefined} onChange={(e) => onChange(leg.id, e.target.value)} />
              </CellField>
              <td className="num">{traded === null ? '—' : open + traded}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

import type { SlotUse } from '../../../../shared/dashboard/types';
import { formatDollars, formatPct } from './dashboard-format';
import { HelpTip } from '../../components/help-tip';
import { METRIC_HELP } from './metric-help';

/** The allocation schedule: one bar per slot, risk used against its budget. */
export function AllocationSlots({ slots }: { slots: readonly SlotUse[] }) {
  return (
    <section className="card dashboard-slots" aria-labelledby="slots-title">
      <h2 id="slots-title">Allocation schedule <HelpTip topic="Allocation schedule">{METRIC_HELP.slots}</HelpTip></h2>
      {slots.length === 0 ? <p className="muted">No allocation slots in the settings.</p> : null}
      <ul className="slot-list">
        {slots.map((s) => {
          const share = s.budgetDollars > 0 ? s.usedDollars / s.budgetDollars : 0;
          return (
            <li key={s.slot} className="slot" data-testid={`slot-${s.slot}`}>
              <span className="slot-name">Slot {s.slot} · {formatPct(s.pct / 100, 0)}</span>
              <span className="slot-bar" role="meter" aria-valuemin={0} aria-valuemax={s.budgetDollars} aria-valuenow={s.usedDollars} aria-label={`Slot ${s.slot} risk used`}>
                <span className={`slot-fill ${share > 1 ? 'slot-over' : ''}`} style={{ width: `${Math.min(100, share * 100)}%` }} />
              </span>
              <span className="slot-figures">{formatDollars(s.usedDollars)} / {formatDollars(s.budgetDollars)}</span>
              <span className="slot-layer muted">{s.layerId === null ? 'free' : `layer #${s.layerId}`}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

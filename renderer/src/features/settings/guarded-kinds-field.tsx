import { EVENT_KINDS, type EventKind } from '../../../../shared/domain/types';
import { EventKindChip } from '../../components/event-kind-chip';
import { HelpTip } from '../../components/help-tip';
import { SETTING_META } from '../../format/setting-meta';
import { defaultText } from './setting-defaults';

interface GuardedKindsFieldProps {
  kinds: readonly EventKind[];
  onChange(kinds: EventKind[]): void;
  edited: boolean;
}

/** Which economic event kinds hold new layers (event-guard and add-layer). */
export function GuardedKindsField({ kinds, onChange, edited }: GuardedKindsFieldProps) {
  const meta = SETTING_META.guardedEventKinds;
  const toggle = (kind: EventKind, on: boolean) => onChange(EVENT_KINDS.filter((k) => (k === kind ? on : kinds.includes(k))));
  return (
    <fieldset className={`setting setting-kinds${edited ? ' setting-edited' : ''}`} data-testid="setting-field-guardedEventKinds">
      <legend className="setting-label-row">
        <span>{meta.label}</span>
        <HelpTip topic={meta.label}><p>{meta.help}</p><p className="muted">Setting <code>guardedEventKinds</code>, default {defaultText('guardedEventKinds')}.</p></HelpTip>
        {edited ? <span className="setting-edited-mark">edited</span> : null}
      </legend>
      <div className="kind-checks">
        {EVENT_KINDS.map((kind) => (
          <label key={kind} className="check">
            <input type="checkbox" checked={kinds.includes(kind)} onChange={(e) => toggle(kind, e.target.checked)} data-testid={`guarded-kind-${kind}`} />
            <EventKindChip kind={kind} />
          </label>
        ))}
      </div>
      <p className="field-hint">{kinds.length === 0 ? 'No kind is guarded: event-guard never fires' : `${kinds.length} guarded`} · default {defaultText('guardedEventKinds')} · also add-layer</p>
    </fieldset>
  );
}

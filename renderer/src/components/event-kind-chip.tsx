import type { EventKind } from '../../../shared/domain/types';
import { EVENT_KIND_COLORS, EVENT_KIND_NAMES } from '../format/event-kinds';

/** The kind as a coloured chip; `guarded` adds a ring (the event-guard rule watches this kind). */
export function EventKindChip({ kind, guarded = false }: { kind: EventKind; guarded?: boolean }) {
  const color = EVENT_KIND_COLORS[kind];
  return (
    <span className={guarded ? 'kind-chip kind-chip-guarded' : 'kind-chip'} style={{ color, borderColor: color }} title={`${EVENT_KIND_NAMES[kind]}${guarded ? ' (guarded by event-guard)' : ''}`} data-kind={kind}>
      {kind}
    </span>
  );
}

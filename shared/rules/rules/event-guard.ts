/**
 * `event-guard`: a guarded event (settings.guardedEventKinds) dated from asOf through
 * eventGuardTradingDays trading days after it → hold new layers, consider sizing down.
 */
import { nextTradingDay } from '../../calendar';
import type { RuleDefinition } from '../rule-context';

/** `event-guard`: Fires when a guarded event is in the window; suggests holding new layers. */
export const eventGuardRule: RuleDefinition = {
  id: 'event-guard',
  evaluate(ctx) {
    const { events, end } = ctx.events;
    const first = events[0];
    const last = events[events.length - 1];
    if (first === undefined || last === undefined) return { prompts: [], unavailable: [] };
    const n = ctx.settings.eventGuardTradingDays;
    const list = events.map((e) => `${e.kind} ${e.date}${e.tradingDaysAway === 0 ? ' (today)' : ` (in ${e.tradingDaysAway} trading day${e.tradingDaysAway === 1 ? '' : 's'})`}${e.note ? ` — ${e.note}` : ''}`).join('; ');
    const holdUntil = nextTradingDay(last.date);
    return {
      prompts: [{
        subject: `event-${first.date}`,
        severity: 'info',
        title: `Hold new layers: ${first.kind} ${first.date}`,
        explanation: `${list} — within ${n} trading day${n === 1 ? '' : 's'} of ${ctx.asOf} (through ${end}). Hold new layers until ${holdUntil}; consider sizing down.`,
        inputs: { eventGuardTradingDays: n, windowEnd: end, events: events.length, firstEventDate: first.date, firstEventKind: first.kind, holdUntil },
        suggestion: { kind: 'hold-new-layers', events, holdUntil },
        layerId: null,
      }],
      unavailable: [],
    };
  },
};

import type { StoryDecision, StoryNote, StoryStep } from '../../../../shared/journal/types';
import { formatCents } from '../../../../shared/format/money';
import { pnlClass } from '../../format/money';
import { formatNetPrice } from '../../format/points';
import { signedCents } from './timeline-format';

/** A ticket, note or decision of one layer, in date order (a day's tickets first). */
export type StoryEntry =
  | { kind: 'step'; date: string; step: StoryStep; verb: string }
  | { kind: 'note'; date: string; note: StoryNote }
  | { kind: 'decision'; date: string; decision: StoryDecision };

const VERBS = { open: 'Opened', adjust: 'Adjusted', close: 'Closed', roll: 'Rolled', expire: 'Expired', settle: 'Settled' } as const;
const CLOSING = new Set(['close', 'roll', 'expire', 'settle']);
const ORDER = { step: 0, decision: 1, note: 2 } as const;

/** The layer's entries oldest first; a close that leaves contracts open reads "Partly closed". */
export function storyEntries(steps: readonly StoryStep[], notes: readonly StoryNote[], decisions: readonly StoryDecision[]): StoryEntry[] {
  let open = 0;
  const entries: StoryEntry[] = steps.map((step) => {
    if (step.action === 'open') open += step.quantity;
    if (CLOSING.has(step.action)) open -= step.quantity;
    const verb = step.action === 'close' && open > 0 ? 'Partly closed' : VERBS[step.action];
    return { kind: 'step', date: step.date, step, verb };
  });
  entries.push(...notes.map((note) => ({ kind: 'note' as const, date: note.date, note })), ...decisions.map((decision) => ({ kind: 'decision' as const, date: decision.date, decision })));
  return entries.sort((a, b) => (a.date === b.date ? ORDER[a.kind] - ORDER[b.kind] : a.date < b.date ? -1 : 1));
}

/** One point on the story's vertical line. */
export function StoryEntryView({ entry }: { entry: StoryEntry }) {
  if (entry.kind === 'note') {
    return (
      <li className="story-entry story-note" data-testid={`story-note-${entry.note.id}`}>
        <span className="story-date">{entry.date}</span>
        <div>
          <span className="story-what">✎ Note{entry.note.ticketId !== null ? ` on ticket #${entry.note.ticketId}` : ''}</span>
          <p className="story-text">{entry.note.body}</p>
          {entry.note.tags.length > 0 ? <span className="muted story-tags">{entry.note.tags.map((t) => `#${t}`).join(' ')}</span> : null}
        </div>
      </li>
    );
  }
  if (entry.kind === 'decision') {
    const d = entry.decision;
    return (
      <li className="story-entry story-decision" data-testid={`story-decision-${d.id}`}>
        <span className="story-date">{entry.date}</span>
        <div>
          <span className="story-what">⚖ Rule <code>{d.ruleId}</code> <span className={`badge decision-${d.decision}`}>{d.decision}</span></span>
          {d.reason ? <p className="story-text">{d.reason}</p> : null}
        </div>
      </li>
    );
  }
  const s = entry.step;
  return (
    <li className={`story-entry story-step story-step-${s.action}`} data-testid={`story-step-${s.ticketId}`}>
      <span className="story-date">{entry.date}</span>
      <div>
        <span className="story-what"><strong>{entry.verb}</strong> {s.quantity} × at {formatNetPrice(s.netPriceHundredths).replace(/ (cr|db)$/, ' pts $1')}</span>
        <span className="story-figures">
          <span><span className="muted">cash</span> <span className={pnlClass(s.cashCents)}>{signedCents(s.cashCents)}</span></span>
          {s.feesCents > 0 ? <span><span className="muted">fees</span> {formatCents(s.feesCents)}</span> : null}
          {s.action !== 'open' ? <span><span className="muted">realised P&amp;L</span> <strong className={pnlClass(s.realizedPnlCents)}>{signedCents(s.realizedPnlCents)}</strong></span> : null}
        </span>
        {s.note ? <p className="story-text">{s.note}</p> : null}
      </div>
    </li>
  );
}

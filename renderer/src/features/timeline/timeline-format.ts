/** Labels, icons and unit-carrying amounts of timeline entries. */
import { formatCents, formatSignedCents } from '../../../../shared/format/money';
import type { TimelineAmounts, TimelineKind } from '../../../../shared/journal/types';
import { formatNetPrice } from '../../format/points';

export const KIND_LABELS: Record<TimelineKind, string> = { ticket: 'Ticket', note: 'Note', decision: 'Decision', event: 'Event' };

/** A glyph per kind; the label beside it says the same in words (screen readers read the label). */
export const KIND_ICONS: Record<TimelineKind, string> = { ticket: '⇄', note: '✎', decision: '⚖', event: '◆' };

/** "2 × 10.00 pts cr", "cash +$1,996.00", "fees $4.00": each figure with its unit. */
export function amountParts(a: TimelineAmounts): { label: string; text: string; cents?: number }[] {
  const parts: { label: string; text: string; cents?: number }[] = [];
  if (a.netPriceHundredths !== undefined) {
    const price = formatNetPrice(a.netPriceHundredths).replace(/ (cr|db)$/, ' pts $1');
    parts.push({ label: 'price', text: a.quantity !== undefined ? `${a.quantity} × ${price}` : price });
  }
  if (a.cashCents !== undefined) parts.push({ label: 'cash', text: signedCents(a.cashCents), cents: a.cashCents });
  if (a.feesCents !== undefined && a.feesCents > 0) parts.push({ label: 'fees', text: formatCents(a.feesCents) });
  return parts;
}

/** "+$1,996.00" / "−$302.00" / "$0.00" (shared/format/money.ts). */
export const signedCents = formatSignedCents;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "2026-04-15 · Wednesday" (the date is a calendar day, read in UTC so no zone shifts it). */
export function dayHeading(date: string): string {
  const weekday = WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()];
  return weekday ? `${date} · ${weekday}` : date;
}

/** Items grouped by their day, keeping the order they came in (newest first). */
export function groupByDay<T extends { date: string }>(items: readonly T[]): { date: string; items: T[] }[] {
  const groups: { date: string; items: T[] }[] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last.date === item.date) last.items.push(item);
    else groups.push({ date: item.date, items: [item] });
  }
  return groups;
}

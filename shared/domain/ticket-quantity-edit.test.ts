import { describe, expect, it } from 'vitest';
import { quantityEditIssue, rescaledTicketLegs } from './ticket-quantity-edit';
import type { Ticket, TicketAction } from './types';

let nextId = 1;
function ticket(action: TicketAction, date: string, quantity: number, perUnit: number[] = [1, -1, -1, 1]): Ticket {
  const sign = action === 'open' ? 1 : -1;
  return {
    id: nextId++, layerId: 1, date, action, quantity, netPriceHundredths: 0, multiplier: 100, feesCents: 0, cashCents: 0, note: '',
    legs: perUnit.map((q, i) => ({ legId: i + 1, quantity: sign * q * quantity })),
  };
}

describe('editing a ticket\'s quantity', () => {
  it('rescales an opening ticket\'s legs per unit', () => {
    const open = ticket('open', '2026-05-26', 2);
    expect(rescaledTicketLegs(open, 3).map((l) => l.quantity)).toEqual([3, -3, -3, 3]);
    expect(quantityEditIssue([open], open.id, 3)).toBeNull();
  });

  it('refuses an opening quantity below what later tickets closed', () => {
    const open = ticket('open', '2026-05-26', 3);
    const partial = ticket('close', '2026-06-10', 2);
    expect(quantityEditIssue([open, partial], open.id, 1)).toBe('the close of 2026-06-10 would take off 2 units while only 1 would be open');
    expect(quantityEditIssue([open, partial], open.id, 2)).toBeNull();
  });

  it('refuses a partial close of more units than are open', () => {
    const open = ticket('open', '2026-05-26', 3);
    const partial = ticket('close', '2026-06-10', 1);
    expect(quantityEditIssue([open, partial], partial.id, 4)).toMatch(/take off 4 units while only 3/);
    expect(quantityEditIssue([open, partial], partial.id, 2)).toBeNull();
  });

  it('keeps a rolled or expired layer fully closed', () => {
    const open = ticket('open', '2026-05-26', 2);
    const expiry = ticket('expire', '2026-07-17', 2);
    expect(quantityEditIssue([open, expiry], open.id, 3)).toMatch(/expire of 2026-07-17 took off every unit; 1 would stay open/);
  });

  it('refuses tickets that name their legs', () => {
    const open = ticket('open', '2026-05-26', 2);
    const roll = ticket('roll', '2026-06-20', 2);
    expect(quantityEditIssue([open, roll], roll.id, 1)).toMatch(/a roll ticket names the legs it trades/);
  });

  it('refuses a non-positive or fractional quantity', () => {
    const open = ticket('open', '2026-05-26', 2);
    expect(quantityEditIssue([open], open.id, 0)).toMatch(/whole number of units/);
    expect(quantityEditIssue([open], open.id, 1.5)).toMatch(/whole number of units/);
  });
});

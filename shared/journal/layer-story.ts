/**
 * A layer's story: the roll chain it belongs to, each layer's tickets with the P&L each one
 * realised, the notes and decisions linked to it, and the chain's totals and IRR. The IRR is
 * the same XIRR the Performance page shows for a roll campaign (shared/performance/campaigns).
 */
import { daysBetween } from '../dates';
import { summarizeLedger } from '../domain/layer-ledger';
import type { PortfolioSettings } from '../domain/settings';
import type { LayerDetail, Ticket } from '../domain/types';
import { campaignIrr } from '../performance/campaigns';
import type { LayerStory, StoryDecision, StoryLayer, StoryNote, StoryStep } from './types';

/** Tickets in ledger order: by date, then by id (entry order within a day). */
function ledgerOrder(tickets: readonly Ticket[]): Ticket[] {
  return [...tickets].sort((a, b) => (a.date === b.date ? a.id - b.id : a.date < b.date ? -1 : 1));
}

/**
 * Each ticket's realised P&L, cents: the layer's realised P&L after the ledger up to and
 * including the ticket, minus the same before it. The steps sum to the layer's realised P&L.
 */
export function ticketSteps(layer: Pick<LayerDetail, 'legs' | 'tickets'>): StoryStep[] {
  const ordered = ledgerOrder(layer.tickets);
  let previous = 0;
  return ordered.map((ticket, i) => {
    const realized = summarizeLedger(layer.legs, ordered.slice(0, i + 1)).realizedPnlCents;
    const step: StoryStep = {
      ticketId: ticket.id, date: ticket.date, action: ticket.action, quantity: ticket.quantity, netPriceHundredths: ticket.netPriceHundredths,
      feesCents: ticket.feesCents, cashCents: ticket.cashCents, realizedPnlCents: realized - previous, note: ticket.note,
    };
    previous = realized;
    return step;
  });
}

export interface StoryNoteInput extends StoryNote {
  layerId: number | null;
}

export interface StoryDecisionInput extends StoryDecision {
  layerId: number | null;
}

export interface LayerStoryInput {
  layerId: number;
  /** The whole roll chain, oldest first. */
  chain: readonly LayerDetail[];
  /** Notes on any layer of the chain or one of its tickets (a ticket note's layerId may be null). */
  notes: readonly StoryNoteInput[];
  decisions: readonly StoryDecisionInput[];
  settings: Pick<PortfolioSettings, 'marginCreditsPremium'>;
  /** Today, for the length of a chain that is still open. */
  today: string;
}

export function buildLayerStory(input: LayerStoryInput): LayerStory {
  const { chain } = input;
  const first = chain[0];
  const last = chain[chain.length - 1];
  if (!first || !last) throw new Error('buildLayerStory: the chain is empty');
  const layerOfTicket = new Map(chain.flatMap((l) => l.tickets.map((t) => [t.id, l.id] as const)));
  const noteLayer = (n: StoryNoteInput) => (n.ticketId !== null ? layerOfTicket.get(n.ticketId) ?? n.layerId : n.layerId);
  const layers: StoryLayer[] = chain.map((l) => ({
    layerId: l.id, role: l.role, status: l.status, openedOn: l.openedOn, closedOn: l.closedOn, expiration: l.expiration, strikes: l.strikes,
    openedQuantity: l.openedQuantity, openPriceHundredths: l.openPriceHundredths, realizedPnlCents: l.realizedPnlCents, feesCents: l.feesCents,
    rolledFromId: l.rolledFromId, rolledToId: l.rolledToId, tags: l.tags, notesText: l.notes,
    steps: ticketSteps(l),
    notes: input.notes.filter((n) => noteLayer(n) === l.id).map(({ id, date, ticketId, body, tags }) => ({ id, date, ticketId, body, tags })),
    decisions: input.decisions.filter((d) => d.layerId === l.id).map(({ id, date, ruleId, decision, reason }) => ({ id, date, ruleId, decision, reason })),
  }));
  const closedOn = last.status === 'open' ? null : last.closedOn;
  return {
    layerId: input.layerId,
    portfolioId: first.portfolioId,
    layers,
    totals: {
      realizedPnlCents: chain.reduce((s, l) => s + l.realizedPnlCents, 0),
      feesCents: chain.reduce((s, l) => s + l.feesCents, 0),
      days: Math.max(0, daysBetween(first.openedOn, closedOn ?? input.today)),
      openedOn: first.openedOn,
      closedOn,
      irr: campaignIrr(chain, input.settings),
    },
  };
}

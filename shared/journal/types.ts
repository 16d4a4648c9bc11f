/**
 * What `journal/timeline` and `layer/story` return. Money is integer cents, prices and
 * strikes integer hundredths of a point (shared/money.ts); dates are YYYY-MM-DD.
 */
import type { Cents, Hundredths } from '../money';
import type { IrrResult } from '../analytics';
import type { CondorStrikes, DecisionKind, EventKind, LayerRole, LayerStatusOn, TicketAction } from '../domain/types';

export const TIMELINE_KINDS = ['ticket', 'note', 'decision', 'event'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** Figures an item carries; absent when they do not apply to its kind. */
export interface TimelineAmounts {
  /** Ticket: net price per unit, + credit / − debit, hundredths of a point. */
  netPriceHundredths?: Hundredths;
  /** Ticket: units traded. */
  quantity?: number;
  /** Ticket: cash after fees (net price × multiplier × quantity − fees), cents. */
  cashCents?: Cents;
  /** Ticket: fees paid, cents (≥ 0). */
  feesCents?: Cents;
}

/** One entry of the journal timeline. `kind` + `id` identify it. */
export interface TimelineItem {
  kind: TimelineKind;
  /** The day it belongs to: ticket date, note date, decision's evaluation date, event date. */
  date: string;
  /** Row id within its kind (ticket id, note id, decision id, event id). */
  id: number;
  /** Null for economic events, which belong to no portfolio. */
  portfolioId: number | null;
  layerId: number | null;
  /** A note written on a ticket. */
  ticketId: number | null;
  /** One line, e.g. "Close 2 × layer #12" or "FOMC". */
  title: string;
  /** The free text: note body, ticket note, decision reason, event note. */
  detail: string;
  amounts: TimelineAmounts;
  /** Note tags; a ticket's or decision's are its layer's tags. */
  tags: string[];
  /** Kind-specific labels for icons and chips. */
  action?: TicketAction;
  decision?: DecisionKind;
  ruleId?: string;
  eventKind?: EventKind;
  /** The status of the item's layer at the end of the timeline's as-of date (absent without a layer). */
  layerStatus?: LayerStatusOn;
}

export interface TimelinePage {
  /** Newest first: by date, then events, tickets, decisions, notes, then newest id. */
  items: TimelineItem[];
  /** Pass as `before` to get the next (older) page; null when there is nothing older. */
  nextCursor: string | null;
}

/** A note or decision linked to a layer of the story (the layer or one of its tickets). */
export interface StoryNote {
  id: number;
  date: string;
  ticketId: number | null;
  body: string;
  tags: string[];
}

export interface StoryDecision {
  id: number;
  date: string;
  ruleId: string;
  decision: DecisionKind;
  reason: string;
}

/** One ticket of a layer with the P&L it realised. */
export interface StoryStep {
  ticketId: number;
  date: string;
  action: TicketAction;
  quantity: number;
  netPriceHundredths: Hundredths;
  feesCents: Cents;
  /** Net price × multiplier × quantity − fees, cents. */
  cashCents: Cents;
  /**
   * P&L this ticket realised, cents: the change of the layer's realised P&L when the ledger
   * replays up to and including it (0 for an opening ticket; a partial close realises its share).
   * A layer's steps sum to its realised P&L exactly.
   */
  realizedPnlCents: Cents;
  note: string;
}

export interface StoryLayer {
  layerId: number;
  role: LayerRole;
  status: LayerStatusOn;
  openedOn: string;
  closedOn: string | null;
  expiration: string | null;
  strikes: CondorStrikes | null;
  openedQuantity: number;
  /** Opening net price per unit (+ credit), hundredths. */
  openPriceHundredths: Hundredths;
  realizedPnlCents: Cents;
  feesCents: Cents;
  rolledFromId: number | null;
  rolledToId: number | null;
  tags: string[];
  notesText: string;
  steps: StoryStep[];
  notes: StoryNote[];
  decisions: StoryDecision[];
}

export interface LayerStory {
  /** The layer asked for; `layers` is its whole roll chain, oldest first. */
  layerId: number;
  portfolioId: number;
  layers: StoryLayer[];
  totals: {
    realizedPnlCents: Cents;
    feesCents: Cents;
    /** Calendar days from the first open to the last close (or to today while open). */
    days: number;
    openedOn: string;
    /** Close date of the last layer; null while it is open. */
    closedOn: string | null;
    /** XIRR over the chain's margin, premiums and fees (annual, decimal), or why it is undefined. */
    irr: IrrResult;
  };
}

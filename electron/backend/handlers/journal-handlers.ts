import { ApiError, invalidField, notFound } from '../../../shared/api/errors';
import { condorMarkIssue } from '../../../shared/domain/condor-rules';
import type { CondorStrikes } from '../../../shared/domain/types';
import { parseEventsFile } from '../../../shared/import/events-csv';
import * as journal from '../repos/journal';
import * as layers from '../repos/layers';
import { resetSettings } from '../repos/portfolios';
import type { HandlerMap } from './handler';
import { requirePortfolio } from '../services/portfolio-lookup';
import { sql } from '../db/statements';

type JournalOps = 'portfolio/resetSettings' | 'event/list' | 'event/create' | 'event/update' | 'event/delete' | 'event/import' | 'mark/set' | 'mark/delete' | 'mark/list'
  | 'decision/record' | 'decision/list' | 'note/create' | 'note/update' | 'note/delete' | 'note/list';

export const journalHandlers: HandlerMap<JournalOps> = {
  'portfolio/resetSettings': ({ portfolioId }, { db }) => {
    requirePortfolio(db, portfolioId);
    resetSettings(db, portfolioId);
    return requirePortfolio(db, portfolioId);
  },

  'event/list': ({ from, to }, { db }) => journal.listEvents(db, from, to),
  'event/create': (input, { db }) => {
    const id = journal.insertEvent(db, input);
    if (id === null) throw new ApiError('conflict', `A ${input.kind} event on ${input.date} with that note already exists`);
    return requireEvent(db, id);
  },
  'event/update': ({ eventId, ...patch }, { db }) => {
    const event = requireEvent(db, eventId);
    journal.updateEvent(db, eventId, { ...event, ...definedOnly(patch) });
    return requireEvent(db, eventId);
  },
  'event/delete': ({ eventId }, { db }) => {
    requireEvent(db, eventId);
    journal.deleteEvent(db, eventId);
    return { deleted: true };
  },
  'event/import': ({ text, fileName }, { db }) => {
    const parsed = parseEventsFile(text, fileName);
    if (!parsed.ok) throw new ApiError('invalid_input', `${fileName ?? 'The file'} was not imported: ${parsed.totalErrors} problem(s); first at ${parsed.issues[0]?.path}: ${parsed.issues[0]?.message}`, parsed.issues);
    let added = 0;
    for (const event of parsed.events) if (journal.insertEvent(db, event) !== null) added += 1;
    return { rows: parsed.events.length, added, unchanged: parsed.events.length - added };
  },

  'mark/set': (mark, { db }) => {
    const openedOn = requireLayerOpenedOn(db, mark.layerId);
    if (mark.date < openedOn) throw invalidField('date', `must be on or after the layer's open date ${openedOn}`);
    const strikes = condorStrikesOf(db, mark.layerId);
    const bound = strikes === null ? null : condorMarkIssue(strikes, mark.priceHundredths);
    if (bound !== null) throw invalidField('priceHundredths', bound);
    journal.upsertMark(db, mark);
    return mark;
  },
  'mark/delete': ({ layerId, date }, { db }) => {
    if (journal.deleteMark(db, layerId, date) === 0) throw notFound('Mark', `${layerId} on ${date}`);
    return { deleted: true };
  },
  'mark/list': ({ layerId }, { db }) => {
    requireLayerOpenedOn(db, layerId);
    return journal.listMarks(db, layerId);
  },

  'decision/record': (input, ctx) => {
    requirePortfolio(ctx.db, input.portfolioId);
    if (input.layerId !== null && layers.layerPortfolioId(ctx.db, input.layerId) !== input.portfolioId) throw invalidField('layerId', `layer ${input.layerId} is not in this portfolio`);
    const id = journal.insertDecision(ctx.db, { ...input, createdAt: ctx.now().toISOString() });
    const stored = journal.listDecisions(ctx.db, input.portfolioId).find((d) => d.id === id);
    if (!stored) throw new ApiError('internal', 'The decision was not stored');
    return stored;
  },
  'decision/list': ({ portfolioId, from, to }, { db }) => {
    requirePortfolio(db, portfolioId);
    return journal.listDecisions(db, portfolioId, from, to);
  },

  'note/create': (input, ctx) => {
    requirePortfolio(ctx.db, input.portfolioId);
    if (input.layerId !== null && layers.layerPortfolioId(ctx.db, input.layerId) !== input.portfolioId) throw invalidField('layerId', `layer ${input.layerId} is not in this portfolio`);
    if (input.ticketId !== null) {
      const ticketLayer = layers.findTicketLayerId(ctx.db, input.ticketId);
      if (ticketLayer === null || layers.layerPortfolioId(ctx.db, ticketLayer) !== input.portfolioId) throw invalidField('ticketId', `ticket ${input.ticketId} is not in this portfolio`);
    }
    const stamp = ctx.now().toISOString();
    return requireNote(ctx.db, journal.insertNote(ctx.db, { ...input, createdAt: stamp, updatedAt: stamp }));
  },
  'note/update': ({ noteId, ...patch }, ctx) => {
    const note = requireNote(ctx.db, noteId);
    journal.updateNote(ctx.db, { ...note, ...definedOnly(patch), updatedAt: ctx.now().toISOString() });
    return requireNote(ctx.db, noteId);
  },
  'note/delete': ({ noteId }, { db }) => {
    requireNote(db, noteId);
    journal.deleteNote(db, noteId);
    return { deleted: true };
  },
  'note/list': ({ portfolioId, layerId }, { db }) => {
    requirePortfolio(db, portfolioId);
    return journal.listNotes(db, portfolioId, layerId);
  },
};

function requireEvent(db: Parameters<typeof journal.findEvent>[0], id: number) {
  const event = journal.findEvent(db, id);
  if (!event) throw notFound('Event', id);
  return event;
}

function requireNote(db: Parameters<typeof journal.findNote>[0], id: number) {
  const note = journal.findNote(db, id);
  if (!note) throw notFound('Note', id);
  return note;
}

function requireLayerOpenedOn(db: Parameters<typeof journal.findNote>[0], layerId: number): string {
  const row = sql(db, 'SELECT opened_on FROM layers WHERE id = ?').get(layerId) as { opened_on: string } | undefined;
  if (!row) throw notFound('Layer', layerId);
  return row.opened_on;
}

/** The layer's four strikes (hundredths) when it is a plain iron condor, else null. */
function condorStrikesOf(db: Parameters<typeof journal.findNote>[0], layerId: number): CondorStrikes | null {
  const legs = sql(db, "SELECT right, side, strike_hundredths AS strike FROM legs WHERE layer_id = ? AND instrument = 'option' ORDER BY strike_hundredths").all(layerId) as { right: string; side: string; strike: number }[];
  const shape = legs.map((l) => `${l.side}-${l.right}`).join(',');
  if (shape !== 'long-put,short-put,short-call,long-call') return null;
  return { putLong: legs[0].strike, putShort: legs[1].strike, callShort: legs[2].strike, callLong: legs[3].strike };
}

/** Drops undefined keys so a partial patch never blanks a stored field. */
function definedOnly<T extends Record<string, unknown>>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

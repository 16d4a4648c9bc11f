import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { xnpv } from '../../../shared/analytics';
import { TIMELINE_KINDS, type TimelineItem } from '../../../shared/journal/types';
import { CONDOR, tempBackend, type TempBackend } from '../testing/temp-backend';

let t: TempBackend;
beforeEach(() => { t = tempBackend(); });
afterEach(() => t.cleanup());

const key = (i: Pick<TimelineItem, 'kind' | 'id'>) => `${i.kind}-${i.id}`;

/**
 * By hand (wings 50 points → margin $5,000 per condor; default settings: no credit off the margin):
 *   C 2× +10.00 (fees $4) on 04-01:                 cash +$1,996.00, realises $0
 *     close 1 at −3.00 (fees $2) on 04-08:          cash −$302.00, realises −302 + 1,996 / 2 = +$696.00
 *     roll the other at −4.00 (fees $4) on 04-15:   cash −$404.00, realises 1,290 − 696 = +$594.00 (C total +$1,290.00)
 *   D 1× +7.00 (fees $4) on 04-15, closed −1.50 (fees $4) on 04-29: +696 − 154 = +$542.00
 *   Chain: +$1,832.00, fees $18.00, 28 days. XIRR flows: 04-01 −10,000 + 1,996 = −8,004; 04-08 −302;
 *   04-15 +10,000 − 404 − 5,000 + 696 = +5,292; 04-29 +5,000 − 154 = +4,846 (sum +1,832).
 */
async function seed() {
  const { id: portfolioId } = await t.backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 100_000_00 });
  const { id: otherId } = await t.backend.send('portfolio/create', { name: 'Other', riskCapitalCents: 50_000_00 });
  const c = await t.backend.send('layer/createCondor', { ...CONDOR, portfolioId, openedOn: '2026-04-01', quantity: 2, creditHundredths: 1000, feesCents: 400, tags: ['45dte'], notes: 'Thesis: calm April' });
  const partial = await t.backend.send('ticket/add', { layerId: c.id, date: '2026-04-08', action: 'close', quantity: 1, netPriceHundredths: -300, feesCents: 200, note: 'Trimmed into the CPI spike' });
  const { opened: d } = await t.backend.send('layer/roll', { layerId: c.id, date: '2026-04-15', closePriceHundredths: -400, closeFeesCents: 400, expiration: CONDOR.expiration, strikes: CONDOR.strikes, creditHundredths: 700, openFeesCents: 400 });
  await t.backend.send('ticket/add', { layerId: d.id, date: '2026-04-29', action: 'close', netPriceHundredths: -150, feesCents: 400 });
  const partialTicket = partial.tickets.find((x) => x.action === 'close');
  const dayNote = await t.backend.send('note/create', { portfolioId, date: '2026-04-08', body: 'VIX popped to 22 before CPI', tags: ['Volatility'] });
  const layerNote = await t.backend.send('note/create', { portfolioId, date: '2026-04-16', layerId: d.id, body: 'Rolled out and down, 50% captured', tags: ['roll'] });
  const ticketNote = await t.backend.send('note/create', { portfolioId, date: '2026-04-08', ticketId: partialTicket?.id ?? null, body: 'Half off at 30% of max loss' });
  const decision = await t.backend.send('decision/record', { portfolioId, ruleId: 'roll', subject: `layer-${c.id}`, evaluatedOn: '2026-04-15', decision: 'acted', reason: 'Hit 50% of max profit', prompt: {}, layerId: c.id });
  const event = await t.backend.send('event/create', { date: '2026-04-10', kind: 'CPI', note: 'March CPI' });
  const other = await t.backend.send('layer/createCondor', { ...CONDOR, portfolioId: otherId, openedOn: '2026-04-20' });
  await t.backend.send('note/create', { portfolioId: otherId, date: '2026-04-20', body: 'Other book' });
  return { portfolioId, otherId, c, d, other, partialTicket, dayNote, layerNote, ticketNote, decision, event };
}

describe('journal/timeline', () => {
  it('mixes every kind, newest first, with amounts and tags', async () => {
    const s = await seed();
    const { items, nextCursor } = await t.backend.send('journal/timeline', { portfolioId: s.portfolioId });
    expect(nextCursor).toBeNull();
    expect(items.map((i) => [i.date, i.kind])).toEqual([
      ['2026-04-29', 'ticket'],
      ['2026-04-16', 'note'],
      ['2026-04-15', 'ticket'], ['2026-04-15', 'ticket'], ['2026-04-15', 'decision'],
      ['2026-04-10', 'event'],
      ['2026-04-08', 'ticket'], ['2026-04-08', 'note'], ['2026-04-08', 'note'],
      ['2026-04-01', 'ticket'],
    ]);
    // Within a day and kind, the newest id first: D's opening ticket was entered after C's roll ticket.
    const apr15 = items.filter((i) => i.date === '2026-04-15' && i.kind === 'ticket');
    expect(apr15.map((i) => [i.action, i.layerId])).toEqual([['open', s.d.id], ['roll', s.c.id]]);
    const trim = items.find((i) => i.kind === 'ticket' && i.date === '2026-04-08');
    expect(trim).toMatchObject({ title: `Close 1 × layer #${s.c.id}`, detail: 'Trimmed into the CPI spike', tags: ['45dte'], amounts: { netPriceHundredths: -300, quantity: 1, feesCents: 200, cashCents: -30_200 } });
    expect(items.find((i) => i.kind === 'ticket' && i.action === 'open' && i.layerId === s.c.id)?.detail).toBe('Thesis: calm April');
    expect(items.find((i) => i.id === s.ticketNote.id && i.kind === 'note')).toMatchObject({ layerId: s.c.id, ticketId: s.partialTicket?.id, title: `Note on ticket #${s.partialTicket?.id} of layer #${s.c.id}` });
    expect(items.find((i) => i.kind === 'decision')).toMatchObject({ title: 'Rule roll acted on', detail: 'Hit 50% of max profit', layerId: s.c.id, tags: ['45dte'] });
    expect(items.find((i) => i.kind === 'event')).toMatchObject({ title: 'CPI', detail: 'March CPI', portfolioId: null });
    expect(items.some((i) => i.portfolioId === s.otherId)).toBe(false);
  });

  it('filters by layer, tag (case-insensitive), date range and kinds', async () => {
    const s = await seed();
    const send = (q: object) => t.backend.send('journal/timeline', { portfolioId: s.portfolioId, ...q }).then((p) => p.items.map(key));
    const byLayerD = await t.backend.send('journal/timeline', { portfolioId: s.portfolioId, layerId: s.d.id });
    expect(byLayerD.items.map((i) => [i.date, i.kind, i.layerId])).toEqual([['2026-04-29', 'ticket', s.d.id], ['2026-04-16', 'note', s.d.id], ['2026-04-15', 'ticket', s.d.id]]);
    const byLayerC = await t.backend.send('journal/timeline', { portfolioId: s.portfolioId, layerId: s.c.id });
    expect(byLayerC.items.map((i) => i.kind).sort()).toEqual(['decision', 'note', 'ticket', 'ticket', 'ticket']);
    expect(await send({ tag: 'volatility' })).toEqual([`note-${s.dayNote.id}`]);
    expect((await send({ tag: '45dte' })).every((k) => k.startsWith('ticket-') || k.startsWith('decision-'))).toBe(true);
    expect(await send({ from: '2026-04-09', to: '2026-04-15', kinds: ['event', 'decision'] })).toEqual([`decision-${s.decision.id}`, `event-${s.event.id}`]);
    expect(await send({ kinds: ['note'] })).toEqual([`note-${s.layerNote.id}`, `note-${s.ticketNote.id}`, `note-${s.dayNote.id}`]);
    await expect(t.backend.send('journal/timeline', { portfolioId: s.portfolioId, layerId: s.other.id })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(t.backend.send('journal/timeline', { portfolioId: s.portfolioId, before: 'nope' })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('searches note text, ticket notes, layer theses, decision reasons and event titles, case-insensitively', async () => {
    const s = await seed();
    const search = (text: string) => t.backend.send('journal/timeline', { portfolioId: s.portfolioId, text }).then((p) => p.items.map(key));
    expect(await search('cpi')).toEqual([`event-${s.event.id}`, `ticket-${s.partialTicket?.id}`, `note-${s.dayNote.id}`]);
    expect(await search('50%')).toEqual([`note-${s.layerNote.id}`, `decision-${s.decision.id}`]);
    expect(await search('CALM april')).toEqual([`ticket-${s.c.tickets[0]?.id}`]);
    expect(await search('100%')).toEqual([]); // % is literal, not a wildcard
    expect(await search('_')).toEqual([]);
  });

  it('pages with the cursor without gaps or repeats, down to tickets years older than the rest', async () => {
    const s = await seed();
    // Years before the rest: the ticket search window must widen to reach them.
    const old = await t.backend.send('layer/createCondor', { ...CONDOR, portfolioId: s.portfolioId, openedOn: '2017-03-01', expiration: '2017-04-21' });
    const closed = await t.backend.send('ticket/add', { layerId: old.id, date: '2017-03-20', action: 'close', netPriceHundredths: -500 });
    const all = (await t.backend.send('journal/timeline', { portfolioId: s.portfolioId })).items.map(key);
    const paged: string[] = [];
    let before: string | undefined;
    for (let guard = 0; guard < 20; guard += 1) {
      const page = await t.backend.send('journal/timeline', { portfolioId: s.portfolioId, limit: 3, ...(before === undefined ? {} : { before }) });
      paged.push(...page.items.map(key));
      if (page.nextCursor === null) break;
      expect(page.items).toHaveLength(3);
      before = page.nextCursor;
    }
    expect(paged).toEqual(all);
    expect(all.slice(-2)).toEqual(closed.tickets.map((x) => `ticket-${x.id}`).reverse());
    expect(all).toHaveLength(12);
  });

  it('filtering by kinds keeps only those kinds, and the kinds together give the whole timeline (property)', async () => {
    const s = await seed();
    const all = (await t.backend.send('journal/timeline', { portfolioId: s.portfolioId })).items.map(key);
    await fc.assert(fc.asyncProperty(fc.subarray([...TIMELINE_KINDS], { minLength: 1 }), fc.integer({ min: 1, max: 12 }), async (kinds, limit) => {
      const page = await t.backend.send('journal/timeline', { portfolioId: s.portfolioId, kinds, limit });
      expect(page.items.every((i) => kinds.includes(i.kind))).toBe(true);
      const expected = all.filter((k) => kinds.some((kind) => k.startsWith(`${kind}-`)));
      expect(page.items.map(key)).toEqual(expected.slice(0, limit));
      expect(page.nextCursor !== null).toBe(expected.length > limit);
    }), { numRuns: 40 });
    const union = (await Promise.all(TIMELINE_KINDS.map((kind) => t.backend.send('journal/timeline', { portfolioId: s.portfolioId, kinds: [kind] }))))
      .flatMap((p) => p.items.map(key));
    expect(union.sort()).toEqual([...all].sort());
  });
});

describe('layer/story', () => {
  it('tells the whole roll chain from either end, with each step\'s P&L, the notes, decisions, and the chain\'s P&L and IRR', async () => {
    const s = await seed();
    const story = await t.backend.send('layer/story', { layerId: s.d.id });
    expect(story.layers.map((l) => l.layerId)).toEqual([s.c.id, s.d.id]);
    expect(await t.backend.send('layer/story', { layerId: s.c.id })).toEqual({ ...story, layerId: s.c.id });

    const [c, d] = story.layers;
    expect(c?.steps.map((x) => [x.date, x.action, x.quantity, x.cashCents, x.realizedPnlCents])).toEqual([
      ['2026-04-01', 'open', 2, 199_600, 0], ['2026-04-08', 'close', 1, -30_200, 69_600], ['2026-04-15', 'roll', 1, -40_400, 59_400],
    ]);
    expect(d?.steps.map((x) => [x.date, x.action, x.realizedPnlCents])).toEqual([['2026-04-15', 'open', 0], ['2026-04-29', 'close', 54_200]]);
    expect(c).toMatchObject({ openedOn: '2026-04-01', openPriceHundredths: 1000, openedQuantity: 2, strikes: CONDOR.strikes, realizedPnlCents: 129_000, rolledToId: s.d.id, status: 'rolled' });
    expect(c?.notes.map((n) => n.body)).toEqual(['Half off at 30% of max loss']);
    expect(c?.decisions).toEqual([{ id: s.decision.id, date: '2026-04-15', ruleId: 'roll', decision: 'acted', reason: 'Hit 50% of max profit' }]);
    expect(d?.notes.map((n) => n.body)).toEqual(['Rolled out and down, 50% captured']);

    expect(story.totals).toMatchObject({ realizedPnlCents: 183_200, feesCents: 1_800, days: 28, openedOn: '2026-04-01', closedOn: '2026-04-29', irr: { ok: true } });
    const flows = [{ date: '2026-04-01', amount: -8_004 }, { date: '2026-04-08', amount: -302 }, { date: '2026-04-15', amount: 5_292 }, { date: '2026-04-29', amount: 4_846 }];
    const irr = story.totals.irr;
    if (!irr.ok) throw new Error(irr.reason);
    expect(xnpv(irr.rate, flows)).toBeCloseTo(0, 6);
    const perf = await t.backend.send('performance/get', { portfolioId: s.portfolioId });
    expect(perf.campaigns[0]?.irr).toEqual(irr);
  });

  it('a single open layer is a one-step story whose IRR says why it is undefined', async () => {
    const s = await seed();
    const story = await t.backend.send('layer/story', { layerId: s.other.id });
    expect(story.layers).toHaveLength(1);
    expect(story.totals).toMatchObject({ realizedPnlCents: 0, closedOn: null, days: 42, irr: { ok: false } });
    expect(story.totals.irr.ok ? '' : story.totals.irr.reason).toContain('still open');
    await expect(t.backend.send('layer/story', { layerId: 9999 })).rejects.toMatchObject({ code: 'not_found' });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONDOR, tablesChecksum, tempBackend, type TempBackend } from '../testing/temp-backend';

let t: TempBackend;
beforeEach(() => { t = tempBackend(); });
afterEach(() => t.cleanup());

async function setup() {
  const portfolio = await t.backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 10_000_000 });
  const layer = await t.backend.send('layer/createCondor', { portfolioId: portfolio.id, ...CONDOR });
  return { portfolio, layer };
}

describe('journal handlers', () => {
  it('events: create, dedupe, update, import, delete', async () => {
    const e = await t.backend.send('event/create', { date: '2026-06-17', kind: 'FOMC', note: 'June meeting' });
    expect((await t.backend.call('event/create', { date: '2026-06-17', kind: 'FOMC', note: 'June meeting' })).ok).toBe(false);
    expect(await t.backend.send('event/update', { eventId: e.id, note: 'June FOMC' })).toMatchObject({ kind: 'FOMC', note: 'June FOMC' });
    expect(await t.backend.send('event/import', { text: 'date,kind,note\n2026-06-10,CPI,May CPI\n2026-06-17,FOMC,June FOMC\n' })).toEqual({ rows: 2, added: 1, unchanged: 1 });
    expect((await t.backend.send('event/list', { from: '2026-06-01', to: '2026-06-30' })).map((x) => x.kind)).toEqual(['CPI', 'FOMC']);
    await t.backend.send('event/delete', { eventId: e.id });
    expect(await t.backend.send('event/list', {})).toHaveLength(1);
  });

  it('marks: one per layer and date, not before the layer opened', async () => {
    const { layer } = await setup();
    await t.backend.send('mark/set', { layerId: layer.id, date: '2026-05-20', priceHundredths: 600 });
    await t.backend.send('mark/set', { layerId: layer.id, date: '2026-05-20', priceHundredths: 550 });
    expect(await t.backend.send('mark/list', { layerId: layer.id })).toEqual([{ layerId: layer.id, date: '2026-05-20', priceHundredths: 550 }]);
    expect(await t.backend.call('mark/set', { layerId: layer.id, date: '2026-04-01', priceHundredths: 1 })).toMatchObject({ ok: false, error: { issues: [{ path: 'date' }] } });
  });

  it('marks outside the no-arbitrage bounds [0, wider wing] are refused with the reason, and nothing is written', async () => {
    const { layer } = await setup();
    const wing = Math.max((layer.strikes?.putShort ?? 0) - (layer.strikes?.putLong ?? 0), (layer.strikes?.callLong ?? 0) - (layer.strikes?.callShort ?? 0));
    const before = tablesChecksum(t.backend);
    expect(await t.backend.call('mark/set', { layerId: layer.id, date: '2026-05-20', priceHundredths: wing + 1 })).toMatchObject({ ok: false, error: { issues: [{ path: 'priceHundredths', message: expect.stringMatching(/cannot exceed the wider wing/) }] } });
    expect(await t.backend.call('mark/set', { layerId: layer.id, date: '2026-05-20', priceHundredths: -5 })).toMatchObject({ ok: false, error: { issues: [{ path: 'priceHundredths', message: expect.stringMatching(/cannot be below 0/) }] } });
    expect(tablesChecksum(t.backend)).toBe(before);
    await t.backend.send('mark/set', { layerId: layer.id, date: '2026-05-20', priceHundredths: wing });
  });

  it('decisions: a snooze needs a later date; stored with its prompt', async () => {
    const { portfolio, layer } = await setup();
    const before = tablesChecksum(t.backend);
    const bad = await t.backend.call('decision/record', { portfolioId: portfolio.id, ruleId: 'roll', subject: `layer-${layer.id}`, evaluatedOn: '2026-05-20', decision: 'snoozed', prompt: {} });
    expect(bad).toMatchObject({ ok: false, error: { issues: [{ path: 'snoozeUntil' }] } });
    expect(tablesChecksum(t.backend)).toBe(before);
    const d = await t.backend.send('decision/record', {
      portfolioId: portfolio.id, ruleId: 'roll', subject: `layer-${layer.id}`, evaluatedOn: '2026-05-20', decision: 'snoozed', snoozeUntil: '2026-05-27', reason: 'wait for CPI', prompt: { title: 'Roll layer' }, layerId: layer.id,
    });
    expect(d).toMatchObject({ decision: 'snoozed', snoozeUntil: '2026-05-27', prompt: { title: 'Roll layer' } });
    expect(await t.backend.send('decision/list', { portfolioId: portfolio.id })).toHaveLength(1);
  });

  it('notes: on a day, a layer or a ticket of the same portfolio only', async () => {
    const { portfolio, layer } = await setup();
    const other = await t.backend.send('portfolio/create', { name: 'Other', riskCapitalCents: 100 });
    const n = await t.backend.send('note/create', { portfolioId: portfolio.id, date: '2026-05-02', layerId: layer.id, body: 'Opened into CPI', tags: ['cpi'] });
    expect(await t.backend.send('note/update', { noteId: n.id, body: 'Opened before CPI' })).toMatchObject({ body: 'Opened before CPI', tags: ['cpi'] });
    expect(await t.backend.call('note/create', { portfolioId: other.id, date: '2026-05-02', layerId: layer.id, body: 'x' })).toMatchObject({ ok: false, error: { issues: [{ path: 'layerId' }] } });
    expect(await t.backend.send('note/list', { portfolioId: portfolio.id, layerId: layer.id })).toHaveLength(1);
    await t.backend.send('layer/delete', { layerId: layer.id });
    expect(await t.backend.send('note/list', { portfolioId: portfolio.id })).toHaveLength(0);
  });

  it('settings reset returns the defaults', async () => {
    const { portfolio } = await setup();
    await t.backend.send('portfolio/update', { portfolioId: portfolio.id, settings: { rsiThreshold: 70 } });
    expect((await t.backend.send('portfolio/resetSettings', { portfolioId: portfolio.id })).settings.rsiThreshold).toBe(60);
  });
});

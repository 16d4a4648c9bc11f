/**
 * Booking an expiration from its prompt: exactly one ticket at the
 * settlement value, and the realised P&L equals the hand-worked one. Made-up closes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run-cli';
import { SYNTHETIC_SPX, SYNTHETIC_VIX, syntheticCboeCsv } from '../testing/synthetic-closes';
import { tempBackend, type TempBackend } from '../testing/temp-backend';

let t: TempBackend | null = null;
afterEach(() => { t?.cleanup(); t = null; });

// SPX closes 5,520.25 on Friday 2026-07-10 (an SPXW, PM-settled expiration).
const SETTLE_DAY = 'DATE,OPEN,HIGH,LOW,CLOSE\n07/10/2026,5490.00,5530.00,5480.00,5520.25';

async function setUp(now: string) {
  t = tempBackend(new Date(`${now}T20:00:00Z`));
  await t.backend.send('market/import', { symbol: 'SPX', csv: syntheticCboeCsv({ endIso: '2026-07-31', weekdays: 300, level: SYNTHETIC_SPX }) });
  await t.backend.send('market/import', { symbol: 'VIX', csv: syntheticCboeCsv({ endIso: '2026-07-31', weekdays: 300, level: SYNTHETIC_VIX }) });
  // The settlement day's real-looking bar replaces the synthetic one, on purpose: `replace` passes the
  // import's check that a file differing from the stored closes by > 2% is probably the wrong file.
  await t.backend.send('market/import', { symbol: 'SPX', csv: SETTLE_DAY, replace: true });
  const p = await t.backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 200_000_00 });
  return { t, portfolioId: p.id };
}

const ITM_CALL = { putLong: 540000, putShort: 545000, callShort: 550000, callLong: 555000 };

describe('book-expiration', () => {
  it('books one settle ticket at the settlement value from the prompt; realised P&L is the hand-worked one', async () => {
    const { t, portfolioId } = await setUp('2026-07-20');
    const layer = await t.backend.send('layer/createCondor', { portfolioId, openedOn: '2026-06-01', expiration: '2026-07-10', strikes: ITM_CALL, quantity: 2, creditHundredths: 1250, feesCents: 0, role: 'base' });
    const prompt = (await t.backend.send('rules/prompts', { portfolioId })).prompts.find((p) => p.rule === 'book-expiration');
    // Short 5,500 call settles 20.25 in the money; the 5,550 call and both puts expire worthless.
    expect(prompt?.suggestion).toMatchObject({ kind: 'book-expiration', layerId: layer.id, date: '2026-07-10', action: 'settle', settlePriceHundredths: 2025, quantity: 2 });
    const dashboard = await t.backend.send('dashboard/get', { portfolioId });
    expect(dashboard.layers[0]?.settlement).toMatchObject({ date: '2026-07-10', pricePoints: 20.25, valueDollars: -4050 });
    // Valued at settlement before booking: 2 × (12.50 − 20.25) × 100.
    expect(dashboard.layers[0]?.pnlDollars).toBeCloseTo(-1550, 9);

    const booked = await t.backend.send('ticket/bookExpiration', { layerId: layer.id });
    expect(booked.tickets).toHaveLength(2);
    expect(booked.tickets[1]).toMatchObject({ action: 'settle', date: '2026-07-10', quantity: 2, netPriceHundredths: -2025 });
    expect(booked).toMatchObject({ status: 'expired', realizedPnlCents: -155_000 });
    const after = await t.backend.send('dashboard/get', { portfolioId });
    expect(after.layers).toEqual([]);
    expect(after.realizedPnlDollars).toBeCloseTo(-1550, 9);
    expect((await t.backend.send('rules/prompts', { portfolioId })).prompts.filter((p) => p.rule === 'book-expiration')).toEqual([]);
    // Booking twice is refused and changes nothing.
    expect(await t.backend.call('ticket/bookExpiration', { layerId: layer.id })).toMatchObject({ ok: false, error: { issues: [{ path: 'layerId' }] } });
  });

  it('an expiration worth nothing books an expire ticket at 0 (CLI alvh settle)', async () => {
    const { t, portfolioId } = await setUp('2026-07-20');
    await t.backend.send('layer/createCondor', { portfolioId, openedOn: '2026-06-01', expiration: '2026-07-10', strikes: { putLong: 500000, putShort: 505000, callShort: 580000, callLong: 585000 }, quantity: 1, creditHundredths: 900, feesCents: 0, role: 'base' });
    const out: string[] = [];
    expect(await runCli(['settle', '--db', t.dbPath, '--layer', '1'], { out: (l) => out.push(l), err: (l) => out.push(l) }, {})).toBe(0);
    expect(out).toEqual([`2\texpire\t2026-07-10\t0.00`]);
    const layers = JSON.parse((await captured(t.dbPath, ['layers', '--portfolio', 'Main', '--date', '2026-07-20', '--json'])).join('\n')) as { status: string; realizedPnlCents: number }[];
    expect(layers[0]).toMatchObject({ status: 'expired', realizedPnlCents: 90_000 });
  });

  it('without a stored settlement price the prompt asks for it, and the level given books the ticket', async () => {
    const { t, portfolioId } = await setUp('2026-08-12');
    // Expires 2026-08-07, after the last stored close (07-31).
    const layer = await t.backend.send('layer/createCondor', { portfolioId, openedOn: '2026-07-01', expiration: '2026-08-07', strikes: ITM_CALL, quantity: 1, creditHundredths: 1000, feesCents: 0, role: 'base' });
    const rules = await t.backend.send('rules/prompts', { portfolioId });
    // Past the last stored close the prompts say which close they use.
    expect(rules.marketDataEnds).toBe('2026-07-31');
    const prompt = rules.prompts.find((p) => p.rule === 'book-expiration');
    expect(prompt?.suggestion).toMatchObject({ settlePriceHundredths: null });
    expect(prompt?.explanation).toContain('enter the settlement price');
    const d = await t.backend.send('dashboard/get', { portfolioId });
    expect(d.marketDataEnds).toBe('2026-07-31');
    expect(d.warnings).toContain('Market data ends 2026-07-31; figures use that close.');
    expect(d.layers[0]).toMatchObject({ status: 'expired-unbooked', settlement: { valueDollars: null, pricePoints: null } });
    expect(await t.backend.call('ticket/bookExpiration', { layerId: layer.id })).toMatchObject({ ok: false, error: { issues: [{ path: 'levels.SPX' }] } });
    const booked = await t.backend.send('ticket/bookExpiration', { layerId: layer.id, levels: { SPX: 551000 } });
    // Short 5,500 call 10 in the money: settle at 10.00 debit; realised (10.00 − 10.00) × 100 = 0.
    expect(booked.tickets[1]).toMatchObject({ action: 'settle', date: '2026-08-07', netPriceHundredths: -1000 });
    expect(booked.realizedPnlCents).toBe(0);
  });
});

async function captured(db: string, argv: string[]): Promise<string[]> {
  const out: string[] = [];
  await runCli([argv[0] ?? '', '--db', db, ...argv.slice(1)], { out: (l) => out.push(l), err: (l) => out.push(l) }, {});
  return out;
}

describe('settlement sources', () => {
  it('an AM-settled SPX monthly settles at the SPX OPEN of the third Friday, a VIX option at the VIX OPEN', async () => {
    const { t, portfolioId } = await setUp('2026-07-27');
    // Third Friday of July 2026: SPX opens 5,490.00, closes 5,520.25; VIX opens 18.40 on Wednesday 07-22.
    await t.backend.send('market/import', { symbol: 'SPX', csv: 'DATE,OPEN,HIGH,LOW,CLOSE\n07/17/2026,5490.00,5530.00,5480.00,5520.25', replace: true });
    await t.backend.send('market/import', { symbol: 'VIX', csv: 'DATE,OPEN,HIGH,LOW,CLOSE\n07/22/2026,18.40,19.00,17.00,17.25', replace: true });
    const am = await t.backend.send('layer/createCondor', { portfolioId, openedOn: '2026-06-01', expiration: '2026-07-17', strikes: ITM_CALL, quantity: 1, creditHundredths: 1250, feesCents: 0, role: 'base', underlying: 'SPX' });
    const leg = (side: 'long' | 'short', strike: number) => ({ instrument: 'option' as const, underlying: 'VIX' as const, symbol: null, right: 'call' as const, side, strikeHundredths: strike, expiration: '2026-07-22', ratio: 1, multiplier: 100 });
    const hedge = await t.backend.send('layer/create', { portfolioId, role: 'hedge', openedOn: '2026-06-15', legs: [leg('long', 1500), leg('short', 2000)], quantity: 3, netPriceHundredths: -120, feesCents: 0 });
    const d = await t.backend.send('dashboard/get', { portfolioId });
    // Short 5,500 call at the open 5,490: worthless → 0; the VIX 15/20 call spread at 18.40: 3.40 × 100 × 3 = $1,020.
    expect(d.layers.find((l) => l.id === am.id)?.settlement).toMatchObject({ date: '2026-07-17', valueDollars: 0, pricePoints: 0 });
    expect(d.layers.find((l) => l.id === am.id)?.settlement?.legs[0]?.source).toBe('SPX open (≈ SOQ, AM-settled)');
    expect(d.layers.find((l) => l.id === hedge.id)?.settlement).toMatchObject({ date: '2026-07-22', valueDollars: 1020, pricePoints: -3.4 });
    const booked = await t.backend.send('ticket/bookExpiration', { layerId: hedge.id });
    expect(booked.tickets[1]).toMatchObject({ action: 'settle', date: '2026-07-22', netPriceHundredths: 340 });
    // Paid 1.20 × 100 × 3 = $360, settled for $1,020.
    expect(booked.realizedPnlCents).toBe(66_000);
  });
});

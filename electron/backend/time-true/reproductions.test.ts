/**
 * The six defects of the time-true book, reproduced through the handlers and the CLI on
 * made-up closes (no ../shared needed). Each failed before the as-of book state existed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tryXirr } from '../../../shared/analytics';
import { formatIrr } from '../../../shared/analytics/irr-format';
import { runCli } from '../../cli/run-cli';
import { SYNTHETIC_SPX, SYNTHETIC_VIX, syntheticCboeCsv } from '../testing/synthetic-closes';
import { tempBackend, type TempBackend } from '../testing/temp-backend';

const STRIKES = { putLong: 500000, putShort: 505000, callShort: 560000, callLong: 565000 };

let t: TempBackend | null = null;
afterEach(() => { t?.cleanup(); t = null; });

async function bookWithCloses(now: string): Promise<{ t: TempBackend; portfolioId: number }> {
  t = tempBackend(new Date(`${now}T20:00:00Z`));
  await t.backend.send('market/import', { symbol: 'SPX', csv: syntheticCboeCsv({ endIso: '2026-07-31', weekdays: 300, level: SYNTHETIC_SPX }) });
  await t.backend.send('market/import', { symbol: 'VIX', csv: syntheticCboeCsv({ endIso: '2026-07-31', weekdays: 300, level: SYNTHETIC_VIX }) });
  const p = await t.backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 200_000_00 });
  return { t, portfolioId: p.id };
}

describe('time-true book reproductions', () => {
  it('1. as-of ignores ticket dates: a close of 06-20 does not leak into 06-10 (CLI metrics, layers, prompts agree)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alvh-tt-'));
    const db = join(dir, 'journal.sqlite');
    const cli = async (...argv: string[]) => {
      const out: string[] = [];
      const code = await runCli([...argv.slice(0, 1), ...argv.slice(1)], { out: (l) => out.push(l), err: (l) => out.push(l) }, {});
      return { code, text: out.join('\n') };
    };
    try {
      expect((await cli('portfolio', 'add', '--db', db, '--name', 'Main', '--capital', '100000')).code).toBe(0);
      expect((await cli('condor', 'add', '--db', db, '--portfolio', 'Main', '--opened', '2026-05-26', '--expiration', '2026-07-10', '--strikes', '5000,5050,5600,5650', '--credit', '12.50', '--qty', '2', '--fees', '10')).code).toBe(0);
      expect((await cli('ticket', 'add', '--db', db, '--layer', '1', '--date', '2026-06-20', '--action', 'close', '--debit', '4')).code).toBe(0);
      const m = JSON.parse((await cli('metrics', '--db', db, '--portfolio', 'Main', '--date', '2026-06-10', '--json')).text) as { netCredit: number; realizedPnl: number; margin: number; layers: { id: number; dte: number }[] };
      // Opened 2 × 12.50 less $10 fees; 50-point wings × 100 × 2 open.
      expect(m).toMatchObject({ netCredit: 2490, realizedPnl: 0, margin: 10_000 });
      expect(m.layers).toMatchObject([{ id: 1, dte: 30 }]);
      const layers = JSON.parse((await cli('layers', '--db', db, '--portfolio', 'Main', '--date', '2026-06-10', '--json')).text) as { status: string; openQuantity: number; realizedPnlCents: number }[];
      expect(layers).toMatchObject([{ status: 'open', openQuantity: 2, realizedPnlCents: 0 }]);
      const after = JSON.parse((await cli('metrics', '--db', db, '--portfolio', 'Main', '--date', '2026-06-22', '--json')).text) as { realizedPnl: number; margin: number; layers: unknown[] };
      // The close pays 2 × 4.00 × 100 and, with no --fees, the portfolio's default fee: $1.50 × 4 legs × 2.
      expect(after).toMatchObject({ realizedPnl: 2490 - 800 - 12, margin: 0, layers: [] });
      // Before the opening ticket the layer does not exist yet.
      const before = JSON.parse((await cli('layers', '--db', db, '--portfolio', 'Main', '--date', '2026-05-20', '--json')).text) as unknown[];
      expect(before).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('2. an expired layer is expired-unbooked: no negative DTE, no roll/late-dte prompt, a book-expiration prompt', async () => {
    const { t, portfolioId } = await bookWithCloses('2026-07-20');
    const layer = await t.backend.send('layer/createCondor', { portfolioId, openedOn: '2026-06-01', expiration: '2026-07-10', strikes: STRIKES, quantity: 2, creditHundredths: 1250, feesCents: 0, role: 'base' });
    const d = await t.backend.send('dashboard/get', { portfolioId });
    expect(d.layers).toHaveLength(1);
    expect(d.layers[0]).toMatchObject({ id: layer.id, status: 'expired-unbooked', dte: null, marginDollars: 0 });
    expect(d.marginDollars).toBe(0);
    expect(d.curves).toEqual([]);
    const listed = await t.backend.send('layer/list', { portfolioId });
    expect(listed[0]).toMatchObject({ status: 'expired-unbooked', dte: null });
    const prompts = await t.backend.send('rules/prompts', { portfolioId });
    const about = prompts.prompts.filter((p) => p.layerId === layer.id);
    expect(about.map((p) => p.rule)).toEqual(['book-expiration']);
    // On the expiration day itself the layer is still open at 0 DTE.
    const onDay = await t.backend.send('dashboard/get', { portfolioId, asOf: '2026-07-10' });
    expect(onDay.layers[0]).toMatchObject({ status: 'open', dte: 0 });
  });

  it('3. margin follows a partial close: 12 condors, 4 closed', async () => {
    const { t, portfolioId } = await bookWithCloses('2026-06-30');
    const layer = await t.backend.send('layer/createCondor', { portfolioId, openedOn: '2026-06-01', expiration: '2026-07-17', strikes: STRIKES, quantity: 12, creditHundredths: 1000, feesCents: 0, role: 'base' });
    await t.backend.send('ticket/add', { layerId: layer.id, date: '2026-06-11', action: 'close', quantity: 4, netPriceHundredths: -500 });
    const d = await t.backend.send('dashboard/get', { portfolioId, asOf: '2026-06-21' });
    // 50-point wing × 100 × 8 open condors.
    expect(d.marginDollars).toBe(40_000);
    // Capital-days: 60,000 × 10 days (06-01 → 06-11) + 40,000 × 10 days (06-11 → 06-21).
    expect(d.capitalDollarDays).toBe(60_000 * 10 + 40_000 * 10);
    const before = await t.backend.send('dashboard/get', { portfolioId, asOf: '2026-06-10' });
    expect(before.marginDollars).toBe(60_000);
  });

  it('4. a user mark is the price on its date only; later dates use the model and show the mark age', async () => {
    const { t, portfolioId } = await bookWithCloses('2026-07-09');
    const layer = await t.backend.send('layer/createCondor', { portfolioId, openedOn: '2026-06-01', expiration: '2026-07-17', strikes: STRIKES, quantity: 1, creditHundredths: 1250, feesCents: 0, role: 'base' });
    await t.backend.send('mark/set', { layerId: layer.id, date: '2026-06-18', priceHundredths: 400 });
    const onMark = await t.backend.send('dashboard/get', { portfolioId, asOf: '2026-06-18' });
    expect(onMark.layers[0]?.mark).toMatchObject({ source: 'user', pricePoints: 4, date: '2026-06-18' });
    const later = await t.backend.send('dashboard/get', { portfolioId, asOf: '2026-07-09' });
    expect(later.layers[0]?.mark?.source).toBe('model');
    expect(later.layers[0]?.lastUserMark).toEqual({ date: '2026-06-18', pricePoints: 4, ageDays: 21 });
  });

  it('5. XIRR near −100% is ≈ −100%, not undefined', () => {
    const r = tryXirr([{ date: '2026-06-01', amount: -4000 }, { date: '2026-06-21', amount: 100 }]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rate).toBeGreaterThanOrEqual(-1);
    expect(r.rate).toBeLessThan(-0.999999);
    expect(formatIrr(r.rate)).toBe('≈ −100%');
  });

  it('6. the annualised IRR of a young book carries its age and the holding-period return on margin', async () => {
    const { t, portfolioId } = await bookWithCloses('2026-06-28');
    await t.backend.send('layer/createCondor', { portfolioId, openedOn: '2026-06-01', expiration: '2026-07-17', strikes: STRIKES, quantity: 2, creditHundredths: 1250, feesCents: 0, role: 'base' });
    const layer = (await t.backend.send('layer/list', { portfolioId }))[0];
    if (!layer) throw new Error('no layer');
    await t.backend.send('ticket/add', { layerId: layer.id, date: '2026-06-20', action: 'close', netPriceHundredths: -250 });
    const d = await t.backend.send('dashboard/get', { portfolioId, asOf: '2026-06-28' });
    // Closed: P&L 2 × (12.50 − 2.50) × 100 = $2,000 on $10,000 of margin, held 19 days (06-01 → 06-20), asked on day 27.
    expect(d.irrHolding).toEqual({ holdingPeriodReturn: 0.2, daysHeld: 27, young: true, minAgeDays: 30 });
    expect(d.irr.ok && d.irr.rate).toBeGreaterThan(1);
  });
});

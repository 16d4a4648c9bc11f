import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'alvh-cli-'));
  db = join(dir, 'journal.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, {});
  return { code, out, err };
}

const condorArgs = ['--portfolio', 'Main', '--opened', '2026-05-01', '--expiration', '2026-06-18', '--strikes', '5500,5550,5900,5950', '--credit', '12.50', '--qty', '2', '--fees', '10'];

describe('alvh CLI', () => {
  it('adds a portfolio and a condor, printing the new ids alone', async () => {
    expect(await cli('portfolio', 'add', '--db', db, '--name', 'Main', '--capital', '100000')).toMatchObject({ code: 0, out: ['1'] });
    expect(await cli('condor', 'add', '--db', db, ...condorArgs)).toMatchObject({ code: 0, out: ['1'] });
    const listed = await cli('layers', '--db', db, '--portfolio', 'Main', '--json');
    const layers = JSON.parse(listed.out.join('\n')) as { openPriceHundredths: number; netCashCents: number; strikes: unknown }[];
    expect(layers).toHaveLength(1);
    expect(layers[0]).toMatchObject({ openPriceHundredths: 1250, netCashCents: 249_000, strikes: { putLong: 550000, callLong: 595000 } });
  });

  it('closes with a ticket, defaulting to the whole open quantity and the portfolio\'s fees, as the UI form does', async () => {
    await cli('portfolio', 'add', '--db', db, '--name', 'Main', '--capital', '100000');
    await cli('condor', 'add', '--db', db, ...condorArgs);
    expect((await cli('ticket', 'add', '--db', db, '--layer', '1', '--date', '2026-05-20', '--action', 'close', '--debit', '5.25')).code).toBe(0);
    const layers = JSON.parse((await cli('layers', '--db', db, '--portfolio', 'main', '--json')).out.join('\n')) as { status: string; realizedPnlCents: number }[];
    // No --fees: $1.50 per contract (the portfolio default) × 4 legs × 2 condors = $12.00, as the ticket form shows.
    expect(layers[0]).toMatchObject({ status: 'closed', realizedPnlCents: 249_000 - 105_000 - 1_200 });
  });

  it('opens a condor with the portfolio\'s fees when --fees is not given (4 legs × 2 × $1.50)', async () => {
    await cli('portfolio', 'add', '--db', db, '--name', 'Main', '--capital', '100000');
    const args = condorArgs.flatMap((a, i) => (a === '--fees' || condorArgs[i - 1] === '--fees' ? [] : [a]));
    expect((await cli('condor', 'add', '--db', db, ...args)).code).toBe(0);
    const layers = JSON.parse((await cli('layers', '--db', db, '--portfolio', 'main', '--json')).out.join('\n')) as { feesCents: number }[];
    expect(layers[0]?.feesCents).toBe(1_200);
  });

  it('rejects bad input with one line, a non-zero exit and no change', async () => {
    await cli('portfolio', 'add', '--db', db, '--name', 'Main', '--capital', '100000');
    const cases = [
      ['condor', 'add', '--db', db, ...condorArgs.map((a) => (a === '5500,5550,5900,5950' ? '5600,5550,5900,5950' : a))],
      ['condor', 'add', '--db', db, ...condorArgs.map((a) => (a === '12.50' ? '12.505' : a))],
      ['condor', 'add', '--db', db, ...condorArgs.map((a) => (a === '2026-06-18' ? '2026-02-30' : a))],
      ['condor', 'add', '--db', db, ...condorArgs.map((a) => (a === 'Main' ? 'Nope' : a))],
      ['condor', 'add', '--db', db, '--bogus', 'x'],
      ['ticket', 'add', '--db', db, '--layer', '1', '--date', '2026-05-20', '--action', 'close', '--debit', '1'],
      ['frobnicate'],
    ];
    for (const argv of cases) {
      const r = await cli(...argv);
      expect(r.code, argv.join(' ')).not.toBe(0);
      expect(r.err, argv.join(' ')).toHaveLength(1);
      expect(r.out).toEqual([]);
    }
    expect((await cli('layers', '--db', db, '--portfolio', 'Main', '--json')).out.join('')).toBe('[]');
  });

  it('imports market CSV files: CBOE and date,close; a bad row rejects the file with its line', async () => {
    const cboe = join(dir, 'vix.csv');
    writeFileSync(cboe, 'DATE,OPEN,HIGH,LOW,CLOSE\n01/02/2026,17,18,16,17.24\n01/05/2026,17,18,16,18.19\n');
    expect((await cli('market', 'import', '--db', db, '--symbol', 'VIX', cboe)).out[0]).toMatch(/2 added/);
    expect((await cli('market', 'import', '--db', db, '--symbol', 'VIX', cboe)).out[0]).toMatch(/0 added, 0 updated, 2 unchanged/);
    const generic = join(dir, 'spx.csv');
    writeFileSync(generic, 'date,close\n2026-01-02,5900.5\n2026-01-05,bad\n');
    const bad = await cli('market', 'import', '--db', db, '--symbol', 'SPX', generic);
    expect(bad.code).toBe(1);
    expect(bad.err[0]).toMatch(/line 3/);
  });
});

describe('alvh journal commands', () => {
  it('sets typed settings, imports events and records a mark', async () => {
    await cli('portfolio', 'add', '--db', db, '--name', 'Main', '--capital', '100000');
    await cli('condor', 'add', '--db', db, ...condorArgs);
    expect(await cli('settings', 'set', '--db', db, '--portfolio', 'Main', 'rsiThreshold=65', 'allocationPct=50,25,10', 'macdFilter=off', 'recyclePremium=true')).toMatchObject({
      code: 0, out: ['rsiThreshold=65', 'allocationPct=[50,25,10]', 'macdFilter="off"', 'recyclePremium=true'],
    });
    const bad = await cli('settings', 'set', '--db', db, '--portfolio', 'Main', 'rsiThreshold=150');
    expect(bad.code).toBe(1);
    expect(bad.err[0]).toMatch(/rsiThreshold/);
    expect((await cli('settings', 'set', '--db', db, '--portfolio', 'Main', 'nonsense=1')).err[0]).toMatch(/unknown setting/);
    const events = join(dir, 'events.csv');
    writeFileSync(events, 'date,kind,note\n2026-06-17,FOMC,June\n2026-06-10,CPI,May CPI\n');
    expect((await cli('events', 'import', '--db', db, events)).out[0]).toBe('2 events: 2 added, 0 already there');
    expect((await cli('mark', '--db', db, '--layer', '1', '--date', '2026-05-20', '--price', '6.10')).code).toBe(0);
  });
});

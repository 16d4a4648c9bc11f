/**
 * Migration 2's backfill on a version-1 journal: the summaries it writes are frozen with the
 * migration. The expected rows are what the migration wrote when it still called the live
 * summarizeLedger (checked by hand below), so a change to today's ledger code cannot change
 * what upgrading an old journal produces.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { MIGRATIONS } from './index';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'alvh-m2-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const condorLegs = (first: number, layer: number, expiration: string) => [
  ['put', 'long', 550000], ['put', 'short', 555000], ['call', 'short', 590000], ['call', 'long', 595000],
].map(([right, side, strike], i) => `(${first + i}, ${layer}, 'option', 'SPXW', '${right}', '${side}', ${strike}, '${expiration}', 1, 100)`).join(', ');
const condorFill = (ticket: number, first: number, units: number) =>
  `(${ticket}, ${first}, ${units}), (${ticket}, ${first + 1}, ${-units}), (${ticket}, ${first + 2}, ${-units}), (${ticket}, ${first + 3}, ${units})`;

/** Seven layers: open; closed then expired; partly closed; adjusted with a new leg; a VIX call spread; flattened by an adjust; empty. */
const FIXTURE = `
  INSERT INTO portfolios (id, name, risk_capital_cents, created_at) VALUES (1, 'Main', 10000000, 'x');
  INSERT INTO layers (id, portfolio_id, role, status, opened_on, created_at) VALUES
    (1, 1, 'base', 'open', '2026-05-01', 'x'), (2, 1, 'base', 'open', '2026-05-01', 'x'), (3, 1, 'time-shift', 'open', '2026-05-05', 'x'),
    (4, 1, 'adaptive', 'open', '2026-05-06', 'x'), (5, 1, 'hedge', 'open', '2026-05-07', 'x'), (6, 1, 'base', 'open', '2026-05-08', 'x'),
    (7, 1, 'base', 'open', '2026-05-09', 'x');
  INSERT INTO legs (id, layer_id, instrument, underlying, right, side, strike_hundredths, expiration, ratio, multiplier) VALUES
    ${condorLegs(1, 1, '2026-06-18')}, ${condorLegs(5, 2, '2026-06-18')}, ${condorLegs(9, 3, '2026-06-26')}, ${condorLegs(13, 4, '2026-06-30')},
    (17, 4, 'option', 'SPXW', 'put', 'short', 545000, '2026-06-12', 1, 100),
    (18, 5, 'option', 'VIX', 'call', 'long', 2000, '2026-06-17', 1, 100), (19, 5, 'option', 'VIX', 'call', 'short', 2500, '2026-06-17', 1, 100),
    ${condorLegs(20, 6, '2026-06-19')};
  INSERT INTO tickets (id, layer_id, date, action, quantity, net_price_hundredths, multiplier, fees_cents, created_at) VALUES
    (1, 1, '2026-05-01', 'open', 2, 1250, 100, 1000, 'x'),
    (2, 2, '2026-05-01', 'open', 3, 1250, 100, 1500, 'x'), (3, 2, '2026-05-20', 'close', 1, -525, 100, 500, 'x'),
    (4, 2, '2026-06-18', 'expire', 2, 0, 100, 0, 'x'),
    (5, 3, '2026-05-05', 'open', 2, 1400, 100, 1000, 'x'), (6, 3, '2026-05-22', 'close', 1, -600, 100, 500, 'x'),
    (7, 4, '2026-05-06', 'open', 2, 1250, 100, 1000, 'x'), (8, 4, '2026-05-12', 'adjust', 2, -150, 100, 400, 'x'),
    (9, 5, '2026-05-07', 'open', 1, -150, 100, 300, 'x'),
    (10, 6, '2026-05-08', 'open', 1, 1250, 100, 500, 'x'), (11, 6, '2026-05-15', 'adjust', 1, -300, 100, 500, 'x');
  INSERT INTO ticket_legs (ticket_id, leg_id, quantity) VALUES
    ${condorFill(1, 1, 2)}, ${condorFill(2, 5, 3)}, ${condorFill(3, 5, -1)}, ${condorFill(4, 5, -2)}, ${condorFill(5, 9, 2)}, ${condorFill(6, 9, -1)},
    ${condorFill(7, 13, 2)}, (8, 13, -2), (8, 14, 2), (8, 17, -2), (9, 18, 1), (9, 19, -1), ${condorFill(10, 20, 1)}, ${condorFill(11, 20, -1)};
`;

const CONDOR_STRIKES = JSON.stringify({ putLong: 550000, putShort: 555000, callShort: 590000, callLong: 595000 });
const COLUMNS = 'opened_quantity, open_quantity, open_price_hundredths, net_cash_cents, realized_pnl_cents, fees_cents, expiration, strikes_json';
const row = (opened: number, open: number, price: number, cash: number, realized: number, fees: number, expiration: string | null, strikes: string | null) => ({
  opened_quantity: opened, open_quantity: open, open_price_hundredths: price, net_cash_cents: cash, realized_pnl_cents: realized, fees_cents: fees,
  expiration, strikes_json: strikes,
});

it('migration 2 backfills each layer\'s summary exactly as it did when first written', () => {
  const db = new Database(join(dir, 'v1.sqlite'));
  migrate(db, MIGRATIONS.slice(0, 1));
  db.exec(FIXTURE);
  migrate(db, MIGRATIONS.slice(0, 2));
  const rows = db.prepare(`SELECT ${COLUMNS} FROM layers ORDER BY id`).all();
  db.close();
  expect(rows).toEqual([
    // 2 × 12.50 credit − $10 fees.
    row(2, 2, 1250, 249_000, 0, 1000, '2026-06-18', CONDOR_STRIKES),
    // 3 × 12.50 − $15; close 1 at 5.25 debit − $5; the other 2 expire worthless: realised = net cash.
    row(3, 0, 1250, 320_500, 320_500, 2000, '2026-06-18', CONDOR_STRIKES),
    // 2 × 14.00 − $10 = 2,790.00; close 1 at 6.00 debit − $5 = −605.00; realised −605.00 + half of 2,790.00.
    row(2, 1, 1400, 218_500, 79_000, 1500, '2026-06-26', CONDOR_STRIKES),
    // The adjust flattens the put spread and sells a 5450 put: three live legs, no condor, earliest live expiration.
    row(2, 2, 1250, 218_600, 0, 1400, '2026-06-12', null),
    // A VIX 20/25 call spread bought for 1.50 + $3.
    row(1, 1, -150, -15_300, 0, 300, '2026-06-17', null),
    // An adjust that flattens every leg closes the layer whatever the unit count: realised = net cash.
    row(1, 0, 1250, 94_000, 94_000, 1000, '2026-06-19', CONDOR_STRIKES),
    row(0, 0, 0, 0, 0, 0, null, null),
  ]);
});

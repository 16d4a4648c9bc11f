/**
 * Hostile input: every API operation gets random and malformed payloads (wrong types, huge
 * strings, negative/NaN numbers, unknown ids, SQL-ish text, impossible dates). Each call must
 * answer with a typed error or a valid result, never crash the backend, and a rejected call
 * must leave every table exactly as it was.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATION_NAMES, operations } from '../../shared/api/contract';
import { API_ERROR_CODES } from '../../shared/api/errors';
import { CONDOR, tablesChecksum, tempBackend, type TempBackend } from './testing/temp-backend';

let t: TempBackend;
beforeAll(async () => {
  t = tempBackend();
  // Some real rows, so ids 1–3 exist and rejected writes have something to damage.
  const p = await t.backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 10_000_000 });
  const layer = await t.backend.send('layer/createCondor', { portfolioId: p.id, ...CONDOR });
  await t.backend.send('ticket/add', { layerId: layer.id, date: '2026-05-20', action: 'close', quantity: 1, netPriceHundredths: -500 });
  await t.backend.send('event/create', { date: '2026-06-17', kind: 'FOMC', note: 'June' });
  await t.backend.send('note/create', { portfolioId: p.id, date: '2026-05-02', body: 'note' });
});
afterAll(() => t.cleanup());

const nasty = fc.oneof(
  fc.constantFrom('', ' ', "'; DROP TABLE layers; --", 'Robert"); DELETE FROM tickets; --', '2026-02-30', '2026-13-01', '0000-00-00', '\u0000', '💥', 'NaN', '-1', '1e309', '__proto__', 'constructor'),
  fc.string({ maxLength: 30 }),
  fc.constant('x'.repeat(300_000)),
);
const number = fc.oneof(fc.integer({ min: -3, max: 5 }), fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 1e308, 2 ** 53 + 2, 0.5, -1e-9), fc.double());
const scalar = fc.oneof(number, nasty, fc.boolean(), fc.constant(null), fc.constant(undefined));
const value = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('any'), { maxLength: 4 }), fc.dictionary(fc.constantFrom('portfolioId', 'layerId', 'ticketId', 'name', 'date', 'strikes', 'legs', 'quantity', 'csv', 'text', '__proto__'), tie('any'), { maxKeys: 4 })),
})).any;

/** A payload that keeps a valid shape but fills each field with something hostile. */
function mutate(valid: Record<string, unknown>) {
  return fc.record(Object.fromEntries(Object.keys(valid).map((k) => [k, fc.oneof(fc.constant(valid[k]), scalar, value)])));
}

const VALID: Record<string, Record<string, unknown>> = {
  'portfolio/create': { name: 'Fuzz', riskCapitalCents: 100 },
  'layer/createCondor': { portfolioId: 1, ...CONDOR },
  'ticket/add': { layerId: 1, date: '2026-05-21', action: 'close', quantity: 1, netPriceHundredths: -100 },
  'market/import': { symbol: 'VIX', csv: 'date,close\n2026-01-02,17.5\n' },
  'event/import': { text: 'date,kind,note\n2026-01-28,FOMC,x\n' },
  'mark/set': { layerId: 1, date: '2026-05-21', priceHundredths: 100 },
  'layer/roll': { layerId: 1, date: '2026-05-25', closePriceHundredths: -600, expiration: '2026-07-17', strikes: CONDOR.strikes, creditHundredths: 1400 },
};

describe('every API operation under hostile input', () => {
  it('answers with a typed result or error and never half-writes', async () => {
    const codes = new Set<string>(API_ERROR_CODES);
    for (const name of OPERATION_NAMES) {
      const payload = VALID[name] ? fc.oneof(value, mutate(VALID[name])) : value;
      await fc.assert(fc.asyncProperty(payload, async (input) => {
        const before = tablesChecksum(t.backend);
        const response = await t.backend.call(name, input);
        expect(typeof response.ok).toBe('boolean');
        if (!response.ok) {
          expect(codes.has(response.error.code)).toBe(true);
          expect(response.error.message).not.toMatch(/\n\s+at /); // no stack trace
          expect(response.error.code).not.toBe('internal');
          expect(tablesChecksum(t.backend)).toBe(before);
        } else {
          // A valid result means the input passed the operation's schema (a missing body counts as {}).
          expect(operations[name].input.safeParse(input ?? {}).success).toBe(true);
        }
      }), { numRuns: 25, seed: 424242 });
    }
    expect(t.backend.context.db.pragma('integrity_check', { simple: true })).toBe('ok');
  }, 120_000);
});

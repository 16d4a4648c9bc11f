import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tablesChecksum, tempBackend, type TempBackend } from '../../backend/testing/temp-backend';
import { runCli } from '../run-cli';

const SAMPLE = join(__dirname, '../../backend/testing/fixtures/tastytrade-sample.csv');

let t: TempBackend;
beforeEach(async () => {
  t = tempBackend();
  await t.backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 10_000_000 });
});
afterEach(() => t.cleanup());

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['import', 'tastytrade', '--db', t.dbPath, ...args], { out: (l) => out.push(l), err: (l) => err.push(l) }, {});
  return { code, out, err };
}

describe('alvh import tastytrade', () => {
  it('--dry-run prints the layers and tickets with net prices and writes nothing', async () => {
    const before = tablesChecksum(t.backend);
    const run = await cli('--portfolio', 'main', SAMPLE, '--dry-run');
    expect(run).toMatchObject({ code: 0, err: [] });
    expect(tablesChecksum(t.backend)).toBe(before);
    expect(run.out).toEqual([
      `${SAMPLE}: 3 order(s), 4 expiration row(s) — 2 layer(s) to open, 5 ticket(s), 0 duplicate(s) skipped, 3 row(s) skipped`,
      'Layers to open:',
      '  new layer 1  2024-07-01  SPXW 5150/5200/5750/5800 exp 2024-08-16  x2  6.00 credit  fees $13.28  base  (order #331000001)',
      '  new layer 2  2024-07-25  SPXW 5200/5250/5800/5850 exp 2024-09-20  x1  6.30 credit  fees $6.64  base, rolled from new layer 1  (order #331000003)',
      'Tickets:',
      '  2024-07-01  open   new layer 1  x2  6.00 credit  fees $13.28  (order #331000001, lines 20–23)',
      '  2024-07-17  close  new layer 1  x1  4.40 debit  fees $2.64  (order #331000002, lines 15–18)',
      '  2024-07-25  roll   new layer 1  x1  2.70 debit  fees $2.64  (order #331000003, lines 6–13)',
      '  2024-07-25  open   new layer 2  x1  6.30 credit  fees $6.64  (order #331000003, lines 6–13)',
      '  2024-09-20  expire new layer 2  x1  0.00 credit  fees $0.00  (expiration, lines 2–5)',
      'Rows skipped:',
      '  2 × money movement (deposits, interest, fees) (lines 14, 24)',
      '  1 × not an SPX/SPXW option (QQQ) (line 19)',
      'Dry run: nothing was written.',
    ]);
  });

  it('imports, then reports every order as a duplicate; errors are one line', async () => {
    const first = await cli('--portfolio', 'Main', SAMPLE);
    expect(first.code).toBe(0);
    expect(first.out.at(-1)).toBe('Imported: 5 ticket(s), new layer id(s) 1, 2.');
    const layers = await t.backend.send('layer/list', { portfolioId: 1 });
    expect(layers.map((l) => [l.id, l.status])).toEqual([[2, 'expired'], [1, 'rolled']]);
    const again = await cli('--portfolio', 'Main', SAMPLE);
    expect(again.out).toContain('  expiration row "2024-09-20 SPXW240920P05250000 Expiration" (line 4): already imported');
    expect(again.out).toContain('  order #331000003 (lines 6–13): already imported');
    const json = await cli('--portfolio', 'Main', SAMPLE, '--json');
    expect(JSON.parse(json.out[0] ?? '{}')).toMatchObject({ applied: true, tickets: [], duplicates: [{ reason: 'already imported', delivery: true }, {}, {}, {}, {}, {}, {}] });
    expect((await cli('--portfolio', 'Nope', SAMPLE)).err).toEqual(['alvh import tastytrade: No portfolio named "Nope" (have: Main)']);
    expect((await cli('--portfolio', 'Main')).err).toEqual(['alvh import tastytrade: name the tastytrade CSV file to import']);
  });
});

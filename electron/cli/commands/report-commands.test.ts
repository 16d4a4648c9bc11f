import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedReportJournal } from '../../backend/testing/report-journal';
import { tempBackend, type TempBackend } from '../../backend/testing/temp-backend';
import { runCli } from '../run-cli';

let t: TempBackend;
beforeEach(() => { t = tempBackend(); });
afterEach(() => t.cleanup());

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['report', '--db', t.dbPath, '--portfolio', 'Main', ...args], { out: (l) => out.push(l), err: (l) => err.push(l) }, {});
  return { code, out, err };
}

describe('alvh report', () => {
  it('writes a PDF, a CSV folder and JSON, and never overwrites', async () => {
    await seedReportJournal(t.backend);
    t.backend.close();
    const pdf = join(t.dir, 'r.pdf');
    expect(await cli('--format', 'pdf', '--out', pdf, '--paper', 'letter', '--to', '2026-05-29')).toMatchObject({ code: 0 });
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');

    const folder = join(t.dir, 'csv', 'may');
    expect((await cli('--format', 'csv', '--out', folder, '--from', '2026-05-01')).code).toBe(0);
    for (const f of ['tickets.csv', 'layers.csv', 'monthly-pnl.csv']) expect(existsSync(join(folder, f))).toBe(true);

    const json = join(t.dir, 'r.json');
    expect((await cli('--format', 'json', '--out', json)).code).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toMatchObject({ portfolio: { name: 'Main' }, summary: { realizedPnlDollars: 1408, winRate: 0.75 } });

    const again = await cli('--format', 'pdf', '--out', pdf);
    expect(again.code).toBe(1);
    expect(again.err).toEqual([`alvh report: ${pdf} already exists; choose another --out (reports never overwrite a file)`]);
    const csvAgain = await cli('--format', 'csv', '--out', folder);
    expect(csvAgain.code).toBe(1);
    expect(csvAgain.err).toHaveLength(1);
  });

  it('rejects a bad format, paper or range in one line', async () => {
    await seedReportJournal(t.backend);
    t.backend.close();
    const out = join(t.dir, 'x.pdf');
    expect((await cli('--format', 'docx', '--out', out)).err).toEqual(['alvh report: --format must be one of pdf, csv, json, got "docx"']);
    expect((await cli('--format', 'pdf', '--paper', 'a3', '--out', out)).err).toEqual(['alvh report: --paper must be one of a4, letter, got "a3"']);
    expect((await cli('--format', 'pdf', '--from', '2026-05-02', '--to', '2026-05-01', '--out', out)).err).toEqual(['alvh report: --to must not be before --from']);
    mkdirSync(join(t.dir, 'f'));
    writeFileSync(join(t.dir, 'f', 'layers.csv'), 'mine');
    expect((await cli('--format', 'csv', '--out', join(t.dir, 'f'))).code).toBe(1);
    expect(readFileSync(join(t.dir, 'f', 'layers.csv'), 'utf8')).toBe('mine');
    expect(existsSync(join(t.dir, 'f', 'tickets.csv'))).toBe(false);
  });
});

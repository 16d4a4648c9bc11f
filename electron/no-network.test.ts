/**
 * The backend, the CLI and the browser host make no network request: a representative session
 * runs in child processes under `--require testing/no-network-preload.cjs`, which records (and
 * blocks) every TCP/TLS connect, UDP send, DNS query, http(s) request and fetch to a
 * non-loopback host. The test first proves the preload catches each of those.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYNTHETIC_SPX, SYNTHETIC_VIX, syntheticCboeCsv } from './backend/testing/synthetic-closes';

const ROOT = resolve(__dirname, '..');
const PRELOAD = join(__dirname, 'backend', 'testing', 'no-network-preload.cjs');
const run = promisify(execFile);

let dir: string;
let log: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'alvh-no-net-'));
  log = join(dir, 'network.log');
  await build({
    entryPoints: { cli: join(ROOT, 'electron/cli/main.ts'), host: join(ROOT, 'electron/host/main.ts') },
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', outdir: dir, outExtension: { '.js': '.cjs' },
    external: ['electron', 'better-sqlite3', 'pdfkit'], define: { __APP_VERSION__: '"0.0.0-test"' }, logLevel: 'error',
  });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const childEnv = () => ({ ...process.env, NODE_PATH: join(ROOT, 'node_modules'), ALVH_NO_NET_LOG: log, NO_PROXY: '*', HTTP_PROXY: '', HTTPS_PROXY: '' });

interface Attempt { kind: string; host?: string; detail?: string; stack?: string }

function attempts(): Attempt[] {
  if (!existsSync(log)) return [];
  return readFileSync(log, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Attempt);
}

async function cli(...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ['--require', PRELOAD, join(dir, 'cli.cjs'), ...args], { env: childEnv(), cwd: dir, maxBuffer: 64 * 2 ** 20 });
  return stdout;
}

describe('no network from Node', () => {
  it('the preload records and blocks every kind of non-loopback request (self-test)', async () => {
    const probe = join(dir, 'probe.cjs');
    writeFileSync(probe, `
      const tries = [
        () => fetch('https://example.com/x'),
        () => new Promise((ok, ko) => require('node:https').get('https://registry.example.org/', ok).on('error', ko)),
        () => new Promise((ok, ko) => require('node:http').request({ host: 'example.net', path: '/' }, ok).on('error', ko).end()),
        () => new Promise((ok, ko) => require('node:net').connect(443, 'example.org').on('error', ko).on('connect', ok)),
        () => require('node:dns').promises.lookup('example.com'),
        () => new Promise((ok) => require('node:dns').lookup('example.com', ok)),
        () => new Promise((ok) => require('node:dgram').createSocket('udp4').send('x', 53, '8.8.8.8', ok)),
      ];
      (async () => { for (const t of tries) { try { await t(); } catch {} } })();
    `);
    const before = attempts().length;
    await run(process.execPath, ['--require', PRELOAD, probe], { env: childEnv() });
    const kinds = attempts().slice(before).map((a) => `${a.kind} ${a.host ?? ''}`.trim());
    expect(kinds).toEqual(expect.arrayContaining([
      'fetch example.com', 'https.get registry.example.org', 'http.request example.net', 'net.connect example.org',
      'dns.promises.lookup example.com', 'dns.lookup example.com', 'dgram.send 8.8.8.8',
    ]));
    rmSync(log, { force: true });
  });

  it('a representative CLI session (entry, import, rules, metrics, report, backup, restore, backtest) tries no network', { timeout: 180_000 }, async () => {
    rmSync(log, { force: true });
    const db = join(dir, 'journal.sqlite');
    const spx = join(dir, 'spx.csv');
    const vix = join(dir, 'vix.csv');
    // ~600 weekdays of closes in the CBOE layout, enough for the rules' RSI/realised-vol windows.
    // Made up here, so the test needs nothing beside the checkout: it is about the network, not the numbers.
    writeFileSync(spx, syntheticCboeCsv({ endIso: '2026-06-05', weekdays: 600, level: SYNTHETIC_SPX }));
    writeFileSync(vix, syntheticCboeCsv({ endIso: '2026-06-05', weekdays: 600, level: SYNTHETIC_VIX }));
    const ics = join(dir, 'events.ics');
    writeFileSync(ics, 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20260617\r\nSUMMARY:FOMC\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n');

    await cli('portfolio', 'add', '--db', db, '--name', 'Main', '--capital', '100000');
    await cli('market', 'import', '--db', db, '--symbol', 'SPX', spx);
    await cli('market', 'import', '--db', db, '--symbol', 'VIX', vix);
    await cli('events', 'import', '--db', db, ics);
    await cli('condor', 'add', '--db', db, '--portfolio', 'Main', '--opened', '2026-05-01', '--expiration', '2026-06-18', '--strikes', '5500,5550,5900,5950', '--credit', '12.50', '--qty', '2', '--fees', '10');
    await cli('condor', 'add', '--db', db, '--portfolio', 'Main', '--opened', '2026-05-04', '--expiration', '2026-06-18', '--strikes', '5400,5450,6000,6050', '--credit', '8.00', '--qty', '1');
    await cli('ticket', 'add', '--db', db, '--layer', '2', '--date', '2026-05-20', '--action', 'close', '--debit', '3.25');
    await cli('mark', '--db', db, '--layer', '1', '--date', '2026-05-20', '--price', '6.10');
    await cli('settings', 'set', '--db', db, '--portfolio', 'Main', 'rsiThreshold=65');
    expect(JSON.parse(await cli('layers', '--db', db, '--portfolio', 'Main', '--json'))).toHaveLength(2);
    await cli('prompts', '--db', db, '--portfolio', 'Main', '--date', '2026-06-05', '--json');
    await cli('metrics', '--db', db, '--portfolio', 'Main', '--date', '2026-06-05', '--json');
    await cli('performance', '--db', db, '--portfolio', 'Main', '--json');
    await cli('report', '--db', db, '--portfolio', 'Main', '--format', 'pdf', '--out', join(dir, 'report.pdf'));
    await cli('report', '--db', db, '--portfolio', 'Main', '--format', 'csv', '--out', join(dir, 'csv'));
    await cli('backup', '--db', db, '--out', join(dir, 'backup.json'));
    await cli('backup', '--db', db, '--out', join(dir, 'backup.sqlite'));
    await cli('restore', '--db', join(dir, 'restored.sqlite'), join(dir, 'backup.json'));
    await cli('backtest', '--from', '2024-06-03', '--to', '2024-12-31', '--spx', spx, '--vix', vix, '--json');
    expect(existsSync(join(dir, 'report.pdf'))).toBe(true);

    const seen = attempts();
    expect(seen.filter((a) => a.kind === 'preload-active').length).toBeGreaterThanOrEqual(19);
    expect(seen.filter((a) => a.kind !== 'preload-active')).toEqual([]);
  });

  it('the browser host serves the app and answers the API with no outbound request', { timeout: 60_000 }, async () => {
    rmSync(log, { force: true });
    // A stand-in page: unit tests run before the renderer is built (the e2e spec covers the real UI).
    mkdirSync(join(dir, 'renderer'), { recursive: true });
    writeFileSync(join(dir, 'renderer', 'index.html'), '<html><head><meta name="alvh-token" content="" /></head></html>');
    const child = spawn(process.execPath, ['--require', PRELOAD, join(dir, 'host.cjs'), '--db', join(dir, 'host.sqlite'), '--port', '0'], { env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((ok, ko) => {
        const timer = setTimeout(() => ko(new Error('host did not start')), 30_000);
        child.stdout.on('data', (chunk: Buffer) => {
          const match = /running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(chunk.toString());
          if (match?.[1]) {
            clearTimeout(timer);
            ok(match[1]);
          }
        });
        child.once('exit', (code) => ko(new Error(`host exited with ${code}`)));
      });
      const page = await fetch(url);
      const html = await page.text();
      const token = /name="alvh-token" content="([^"]+)"/.exec(html)?.[1] ?? '';
      for (const [name, body] of [['app/info', {}], ['portfolio/create', { name: 'Main', riskCapitalCents: 10_000_000 }], ['portfolio/list', {}], ['dashboard/get', { portfolioId: 1 }], ['rules/prompts', { portfolioId: 1 }]] as const) {
        const response = await fetch(new URL(`/api/${name}`, url), { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-ALVH-Token': token }, body: JSON.stringify(body) });
        expect(response.status, name).toBeLessThan(500);
      }
    } finally {
      await new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      });
    }
    expect(attempts().filter((a) => a.kind !== 'preload-active')).toEqual([]);
  });
});

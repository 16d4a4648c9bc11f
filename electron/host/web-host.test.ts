import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend, type TempBackend } from '../backend/testing/temp-backend';
import { cookieName } from './security';
import { startWebHost, type WebHost } from './web-host';

let t: TempBackend;
let host: WebHost;

beforeEach(async () => {
  t = tempBackend();
  const staticDir = join(t.dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<html><head><meta name="alvh-token" content="" /></head></html>');
  host = await startWebHost({ backend: t.backend, staticDir, port: 0 });
});
afterEach(async () => {
  await host.close();
  t.cleanup();
});

function raw(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, method: options.method ?? 'GET', headers: { Host: `127.0.0.1:${host.port}`, ...options.headers } }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => { body += chunk.toString(); });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** The cookie the printed URL sets (web-host-access.test.ts checks how it is obtained). */
const signedIn = () => `${cookieName(host.port)}=${host.token}`;

const api = (name: string, body: unknown, headers: Record<string, string> = {}) =>
  raw(`/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-ALVH-Token': host.token, ...headers }, body: JSON.stringify(body) });

describe('browser host', () => {
  it('binds to loopback only', () => {
    const address = host.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
  });

  it('serves the page with its per-run token and a CSP header', async () => {
    const page = await raw('/', { headers: { Cookie: signedIn() } });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`content="${host.token}"`);
  });

  it('answers API calls that carry the token', async () => {
    const res = await api('portfolio/create', { name: 'Main', riskCapitalCents: 100 });
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { name: 'Main' } });
  });

  it('refuses a missing or wrong token, a foreign Host and a foreign Origin', async () => {
    expect((await api('portfolio/list', {}, { 'X-ALVH-Token': 'wrong' })).status).toBe(401);
    expect((await raw('/api/portfolio/list', { method: 'POST', body: '{}' })).status).toBe(401);
    expect((await api('portfolio/list', {}, { Host: 'evil.example:80' })).status).toBe(421);
    expect((await raw('/', { headers: { Host: 'attacker.test' } })).status).toBe(421);
    expect((await api('portfolio/list', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('portfolio/list', {}, { Origin: `http://localhost:${host.port}` })).status).toBe(200);
  });

  it('returns typed errors for bad JSON and unknown operations, and never escapes the static folder', async () => {
    const bad = await raw('/api/portfolio/list', { method: 'POST', headers: { 'X-ALVH-Token': host.token }, body: '{nope' });
    expect(bad.status).toBe(400);
    expect(JSON.parse((await api('drop/table', {})).body)).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    expect((await raw('/..%2f..%2fjournal.sqlite', { headers: { Cookie: signedIn() } })).status).toBe(404);
    expect((await raw('/../journal.sqlite', { headers: { Cookie: signedIn() } })).status).toBe(404);
  });
});

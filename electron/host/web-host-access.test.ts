/**
 * The host: the page and the API need the per-run secret, which only
 * the URL printed to the user's own terminal carries (Jupyter style: `/?token=…` sets an
 * HttpOnly SameSite=Strict cookie, then redirects); and hostile requests get clear answers.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend, type TempBackend } from '../backend/testing/temp-backend';
import { startWebHost, type WebHost } from './web-host';

let t: TempBackend;
let host: WebHost;

beforeEach(async () => {
  t = tempBackend();
  const staticDir = join(t.dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<html><head><meta name="alvh-token" content="" /></head></html>');
  writeFileSync(join(t.dir, 'secret.txt'), 'outside the renderer folder');
  symlinkSync(join(t.dir, 'secret.txt'), join(staticDir, 'link.txt'));
  host = await startWebHost({ backend: t.backend, staticDir, port: 0, maxBodyBytes: 1024 });
});
afterEach(async () => {
  await host.close();
  t.cleanup();
});

interface Reply { status: number; body: string; headers: Record<string, string | string[] | undefined> }

function raw(path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, method: options.method ?? 'GET', headers: { Host: `127.0.0.1:${host.port}`, ...options.headers } }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => { body += chunk.toString(); });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const post = (path: string, body: string | Buffer) => raw(path, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-ALVH-Token': host.token }, body });

describe('browser host access', () => {
  it('a request without the secret (another local account\'s curl) gets neither the page nor the token', async () => {
    const page = await raw('/');
    expect(page.status).toBe(401);
    expect(page.body).not.toContain(host.token);
    expect(page.body).toMatch(/printed/);
    expect((await raw('/index.html')).status).toBe(401);
    expect((await raw('/?token=wrong')).status).toBe(401);
    expect((await raw('/api/portfolio/list', { method: 'POST', body: '{}' })).status).toBe(401);
  });

  it('the printed URL sets an HttpOnly SameSite=Strict cookie and redirects to a clean address; the cookie opens page and API', async () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    const first = await raw(`/?token=${host.token}`);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const setCookie = String(first.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const cookie = setCookie.split(';')[0] ?? '';
    const page = await raw('/', { headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`content="${host.token}"`);
    const listed = await raw('/api/portfolio/list', { method: 'POST', headers: { Cookie: cookie }, body: '{}' });
    expect(JSON.parse(listed.body)).toMatchObject({ ok: true });
  });

  it('a body over the limit is answered 413, not a reset connection', async () => {
    const reply = await post('/api/portfolio/list', Buffer.alloc(4096, 0x20));
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('a bad %-escape in the operation name is a 400', async () => {
    const reply = await post('/api/portfolio%ZZlist', '{}');
    expect(reply.status).toBe(400);
    expect(reply.body).toMatch(/operation name/);
  });

  it('invalid UTF-8 in the JSON is refused, not stored as U+FFFD', async () => {
    const body = Buffer.concat([Buffer.from('{"name":"Ma'), Buffer.from([0xff, 0xfe]), Buffer.from('in","riskCapitalCents":100}')]);
    const reply = await post('/api/portfolio/create', body);
    expect(reply.status).toBe(400);
    expect(reply.body).toMatch(/UTF-8/);
    expect(await t.backend.send('portfolio/list', {})).toEqual([]);
  });

  it('JSON nested 100,000 deep gets a clear error, not "internal"', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const bigHost = await startWebHost({ backend: t.backend, staticDir: join(t.dir, 'renderer'), port: 0 });
    try {
      const reply = await new Promise<Reply>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: bigHost.port, path: '/api/portfolio/create', method: 'POST', headers: { Host: `127.0.0.1:${bigHost.port}`, 'X-ALVH-Token': bigHost.token } }, (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => { body += chunk.toString(); });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
        });
        req.on('error', reject);
        req.end(`{"name":${deep}}`);
      });
      expect(reply.status).toBe(400);
      expect(reply.body).toMatch(/nested more than/);
    } finally {
      await bigHost.close();
    }
  });

  it('never follows a symlink out of the renderer folder', async () => {
    const first = await raw(`/?token=${host.token}`);
    const cookie = String(first.headers['set-cookie']).split(';')[0] ?? '';
    expect((await raw('/link.txt', { headers: { Cookie: cookie } })).status).toBe(404);
  });
});

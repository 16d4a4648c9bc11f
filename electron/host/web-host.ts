/**
 * The browser host: the same backend handlers over HTTP on 127.0.0.1, for `npm run web`,
 * the e2e suite, and machines where Electron's binary is unavailable.
 * Nothing is served without the per-run token: the URL printed to the user's terminal
 * (`/?token=…`) trades it for an HttpOnly SameSite=Strict cookie and redirects to `/`; the page
 * then also carries it for the API header. Another local account that can reach the port
 * but not the terminal gets 401 (docs/security.md).
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Backend } from '../backend/backend';
import { CONTENT_SECURITY_POLICY } from '../page-policy/content-security-policy';
import { readJsonBody } from './request-body';
import { cookieMatches, hostAllowed, originAllowed, queryTokenMatches, tokenCookie, tokenMatches } from './security';
import { readStatic } from './static-files';

/** Enough for the full CBOE SPX history as CSV text inside JSON, with room to spare. */
const MAX_BODY_BYTES = 256 * 1024 * 1024;

export interface WebHost {
  /** The URL to open: it carries the token (`http://127.0.0.1:PORT/?token=…`). */
  url: string;
  port: number;
  token: string;
  server: Server;
  close(): Promise<void>;
}

export interface WebHostOptions {
  /** The backend, or the journal session that stands in for it (recovery mode). */
  backend: Pick<Backend, 'call'>;
  staticDir: string;
  port?: number;
  token?: string;
  /** Largest API request body (default 256 MiB). */
  maxBodyBytes?: number;
}

const NEEDS_TOKEN_PAGE = '<!doctype html><meta charset="utf-8"><title>ALVH Journal</title><p>This page needs its access token. Open the address <code>npm run web</code> printed in its terminal (it ends with <code>?token=…</code>).</p>';

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('hex');
  let port = options.port ?? 0;
  const server = createServer((req, res) => {
    handle(req, res).catch(() => sendJson(res, 500, { ok: false, error: { code: 'internal', message: 'The host failed to answer' } }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    if (!hostAllowed(req, port)) return sendText(res, 421, 'Unknown Host header');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url.pathname.slice('/api/'.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed');
    if (queryTokenMatches(url, token)) {
      // The printed URL: the token becomes a cookie and leaves the address bar (and the history).
      res.writeHead(303, { Location: '/', 'Set-Cookie': tokenCookie(port, token), 'Cache-Control': 'no-store' });
      res.end();
      return;
    }
    if (!cookieMatches(req, port, token)) return send(res, 401, 'text/html; charset=utf-8', Buffer.from(NEEDS_TOKEN_PAGE));
    const file = await readStatic(options.staticDir, url.pathname);
    if (!file) return sendText(res, 404, 'Not found');
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    if (file.contentType.startsWith('text/html')) {
      res.setHeader('Cache-Control', 'no-store');
      const html = file.body.toString('utf8').replace('<meta name="alvh-token" content="" />', `<meta name="alvh-token" content="${token}" />`);
      return send(res, 200, file.contentType, Buffer.from(html));
    }
    return send(res, 200, file.contentType, file.body);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    if (req.method !== 'POST') return sendJson(res, 405, { ok: false, error: { code: 'invalid_input', message: 'API calls are POST requests' } });
    if (!originAllowed(req, port)) return sendJson(res, 403, { ok: false, error: { code: 'invalid_input', message: 'Foreign Origin refused' } });
    if (!tokenMatches(req, token) && !cookieMatches(req, port, token)) return sendJson(res, 401, { ok: false, error: { code: 'invalid_input', message: 'Missing or wrong token' } });
    let operation: string;
    try {
      operation = decodeURIComponent(name);
    } catch {
      return sendJson(res, 400, { ok: false, error: { code: 'invalid_input', message: 'The operation name in the address has a bad %-escape' } });
    }
    const body = await readJsonBody(req, options.maxBodyBytes ?? MAX_BODY_BYTES);
    if (!body.ok) {
      if (body.status === 413) res.setHeader('Connection', 'close');
      return sendJson(res, body.status, { ok: false, error: { code: 'invalid_input', message: body.message } });
    }
    const response = await options.backend.call(operation, body.input);
    return sendJson(res, 200, response);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: the journal is never reachable from another machine.
    server.listen(port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    server,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

function send(res: ServerResponse, status: number, contentType: string, body: Buffer): void {
  res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': body.length });
  res.end(body);
}

function sendText(res: ServerResponse, status: number, text: string): void {
  send(res, status, 'text/plain; charset=utf-8', Buffer.from(text));
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', Buffer.from(JSON.stringify(value)));
}

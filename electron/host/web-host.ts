/**
 * The browser host: the same backend handlers over HTTP on 127.0.0.1, for `npm run web`,
 * the e2e suite, and machines where Electron's binary is unavailable.
 * Every API call needs the per-run token that only the served page carries.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Backend } from '../backend/backend';
import { CONTENT_SECURITY_POLICY } from '../page-policy/content-security-policy';
import { hostAllowed, originAllowed, tokenMatches } from './security';
import { readStatic } from './static-files';

/** Enough for the full CBOE SPX history as CSV text inside JSON, with room to spare. */
const MAX_BODY_BYTES = 256 * 1024 * 1024;

export interface WebHost {
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
}

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
    if (!tokenMatches(req, token)) return sendJson(res, 401, { ok: false, error: { code: 'invalid_input', message: 'Missing or wrong token' } });
    const body = await readBody(req);
    if (body === null) return sendJson(res, 413, { ok: false, error: { code: 'invalid_input', message: `Request larger than ${MAX_BODY_BYTES} bytes` } });
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return sendJson(res, 400, { ok: false, error: { code: 'invalid_input', message: 'The request body is not JSON' } });
    }
    const response = await options.backend.call(decodeURIComponent(name), input);
    return sendJson(res, 200, response);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: the journal is never reachable from another machine.
    server.listen(port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
    server,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
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

/**
 * Request checks for the loopback browser host: token (header or cookie), Host and Origin.
 * Threat model and the access flow: docs/security.md.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-alvh-token';

/** Only our own loopback names: blocks DNS-rebinding pages that resolve a foreign name to 127.0.0.1. */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function hostAllowed(req: IncomingMessage, port: number): boolean {
  return allowedHosts(port).has((req.headers.host ?? '').toLowerCase());
}

/** Browsers send Origin on cross-site POSTs; when present it must be our page. */
export function originAllowed(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return [...allowedHosts(port)].some((host) => origin.toLowerCase() === `http://${host}`);
}

export function tokenMatches(req: IncomingMessage, token: string): boolean {
  const given = req.headers[TOKEN_HEADER];
  return typeof given === 'string' && sameSecret(given, token);
}

/** The cookie that carries the token after the printed URL was opened; per port, as cookies ignore ports. */
export function cookieName(port: number): string {
  return `alvh_token_${port}`;
}

/** `Set-Cookie` for the token: unreadable by scripts, never sent by another site's page. */
export function tokenCookie(port: number, token: string): string {
  return `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

export function cookieMatches(req: IncomingMessage, port: number, token: string): boolean {
  const name = cookieName(port);
  const value = (req.headers.cookie ?? '').split(';').map((c) => c.trim()).find((c) => c.startsWith(`${name}=`))?.slice(name.length + 1);
  return value !== undefined && sameSecret(value, token);
}

export function queryTokenMatches(url: URL, token: string): boolean {
  const given = url.searchParams.get('token');
  return given !== null && sameSecret(given, token);
}

function sameSecret(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

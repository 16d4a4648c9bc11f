/**
 * Picks how the renderer reaches the backend: Electron's preload bridge when present,
 * else the browser host's loopback HTTP API with the per-run token the host put in the page.
 */
import { createApiClient, type ApiClient, type PreloadBridge, type Transport } from '../../../shared/api/client';
import type { ApiResponse } from '../../../shared/api/errors';

declare global {
  interface Window {
    alvh?: PreloadBridge;
  }
}

export const TOKEN_HEADER = 'X-ALVH-Token';

function httpTransport(token: string): Transport {
  return async (name, input) => {
    let response: Response;
    try {
      response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return { ok: false, error: { code: 'storage', message: 'The ALVH Journal host is not reachable. Is `npm run web` still running?' } };
    }
    try {
      return (await response.json()) as ApiResponse<unknown>;
    } catch {
      return { ok: false, error: { code: 'internal', message: `The host answered ${response.status} without a readable body` } };
    }
  };
}

function pageToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="alvh-token"]')?.content ?? '';
}

export function createDefaultClient(): ApiClient {
  const bridge = window.alvh;
  return createApiClient(bridge ? (name, input) => bridge.invoke(name, input) : httpTransport(pageToken()));
}

export const api: ApiClient = createDefaultClient();

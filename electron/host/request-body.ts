/**
 * Reading an API request's JSON body defensively: a size limit answered with 413 (the rest of
 * the upload is drained so the client reads the answer instead of a reset), UTF-8 checked
 * strictly (a bad byte is refused, never turned into U+FFFD), and nesting bounded so no
 * handler recurses through a hostile document.
 */
import type { IncomingMessage } from 'node:http';

/** Deeper than any input of the API (a few levels) by far. */
export const MAX_JSON_DEPTH = 64;

export type BodyResult = { ok: true; input: unknown } | { ok: false; status: 400 | 413; message: string };

export function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (tooLarge) {
        // Drain, up to twice the limit; a client that keeps sending after that is cut off.
        if (size > maxBytes * 2) req.destroy();
        return;
      }
      if (size > maxBytes) {
        tooLarge = true;
        chunks.length = 0;
        resolve({ ok: false, status: 413, message: `The request is larger than ${maxBytes} bytes` });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => { if (!tooLarge) resolve(parseJson(Buffer.concat(chunks))); });
    req.on('error', (error) => (tooLarge ? undefined : reject(error)));
  });
}

function parseJson(body: Buffer): BodyResult {
  if (body.length === 0) return { ok: true, input: {} };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return { ok: false, status: 400, message: 'The request body is not valid UTF-8' };
  }
  if (nestingDepth(text) > MAX_JSON_DEPTH) return { ok: false, status: 400, message: `The request body is nested more than ${MAX_JSON_DEPTH} levels deep` };
  try {
    return { ok: true, input: JSON.parse(text) };
  } catch {
    return { ok: false, status: 400, message: 'The request body is not JSON' };
  }
}

/** The deepest [ / { nesting outside strings, counted without parsing (so a deep document costs no recursion). */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return deepest;
}

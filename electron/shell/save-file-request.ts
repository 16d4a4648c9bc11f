/**
 * Checks a `saveFile` request from the renderer before any dialog opens: a known kind, a
 * plain file name (no folders, no traversal), a MIME type, exactly one of text/base64,
 * within the size limit. Pure, shared by the preload (shape) and main (full check).
 */
import type { SaveFileRequest, SaveKind } from '../../shared/api/client';

export const SAVE_KINDS: readonly SaveKind[] = ['report', 'backup', 'backtest'];
/** The largest file the app writes through the dialog (a 10-year journal's backup is a few tens of MB). */
export const MAX_SAVE_BYTES = 256 * 1024 * 1024;
const MAX_NAME_LENGTH = 200;

export type SaveRequestCheck = { ok: true; request: SaveFileRequest; bytes: number } | { ok: false; message: string };

export function isSaveKind(value: unknown): value is SaveKind {
  return typeof value === 'string' && (SAVE_KINDS as readonly string[]).includes(value);
}

/** A name the OS dialog may suggest: no path separators, no control characters, not `.`/`..`. */
export function isPlainFileName(name: string): boolean {
  if (name.length === 0 || name.length > MAX_NAME_LENGTH) return false;
  if (name === '.' || name === '..' || name.trim() !== name) return false;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  return !/[/\\:*?"<>|\u0000-\u001f]/.test(name);
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function checkSaveRequest(value: unknown): SaveRequestCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, message: 'saveFile expects an object' };
  const r = value as Record<string, unknown>;
  const known = new Set(['kind', 'suggestedName', 'mimeType', 'text', 'base64']);
  const unknownKey = Object.keys(r).find((key) => !known.has(key));
  if (unknownKey !== undefined) return { ok: false, message: `saveFile: unknown field "${unknownKey}"` };
  if (!isSaveKind(r.kind)) return { ok: false, message: `saveFile: kind must be one of ${SAVE_KINDS.join(', ')}` };
  if (typeof r.suggestedName !== 'string' || !isPlainFileName(r.suggestedName)) return { ok: false, message: 'saveFile: suggestedName must be a plain file name' };
  if (typeof r.mimeType !== 'string' || !/^[a-z]+\/[a-z0-9.+-]+$/i.test(r.mimeType)) return { ok: false, message: 'saveFile: mimeType must look like type/subtype' };
  const hasText = r.text !== undefined;
  const hasBase64 = r.base64 !== undefined;
  if (hasText === hasBase64) return { ok: false, message: 'saveFile: give exactly one of text or base64' };
  let bytes: number;
  if (hasText) {
    if (typeof r.text !== 'string') return { ok: false, message: 'saveFile: text must be a string' };
    // UTF-8 is at most 3 bytes per UTF-16 unit: a cheap bound before the exact count.
    if (r.text.length > MAX_SAVE_BYTES) return { ok: false, message: 'saveFile: the file is too large' };
    bytes = Buffer.byteLength(r.text, 'utf8');
  } else {
    if (typeof r.base64 !== 'string' || r.base64.length % 4 !== 0 || !BASE64.test(r.base64)) return { ok: false, message: 'saveFile: base64 is not valid base64' };
    const padding = r.base64.endsWith('==') ? 2 : r.base64.endsWith('=') ? 1 : 0;
    bytes = (r.base64.length / 4) * 3 - padding;
  }
  if (bytes > MAX_SAVE_BYTES) return { ok: false, message: 'saveFile: the file is too large' };
  const request: SaveFileRequest = { kind: r.kind, suggestedName: r.suggestedName, mimeType: r.mimeType, ...(hasText ? { text: r.text as string } : { base64: r.base64 as string }) };
  return { ok: true, request, bytes };
}

/** The bytes to write for a checked request. */
export function requestBytes(request: SaveFileRequest): Buffer {
  return request.base64 !== undefined ? Buffer.from(request.base64, 'base64') : Buffer.from(request.text ?? '', 'utf8');
}

/** The dialog's file-type filter, from the suggested name's extension. */
export function dialogFilters(suggestedName: string): { name: string; extensions: string[] }[] {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(suggestedName);
  if (!match?.[1]) return [{ name: 'All Files', extensions: ['*'] }];
  const extension = match[1].toLowerCase();
  return [{ name: `${extension.toUpperCase()} file`, extensions: [extension] }, { name: 'All Files', extensions: ['*'] }];
}

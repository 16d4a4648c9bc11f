/**
 * Saves an export where the user chooses. In Electron: the OS save dialog through the
 * preload bridge (remembers the folder per kind, asks before replacing a file). In the
 * browser host: a download — the browser's download manager never overwrites silently.
 */
import type { SaveFileRequest, SaveFileResult } from '../../../shared/api/client';
import { decodeTextBytes, type TextEncodingName } from '../../../shared/import/text-bytes';

export async function saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
  const bridge = window.alvh;
  if (bridge?.saveFile) return bridge.saveFile(request);
  const blob = request.base64 !== undefined ? new Blob([base64Bytes(request.base64)], { type: request.mimeType }) : new Blob([request.text ?? ''], { type: request.mimeType });
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = request.suggestedName;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // The download has its own reference by now; give the browser a moment before revoking.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  return { path: `Downloads/${request.suggestedName}` };
}

function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Reads a file the user picked (input type=file) as text; rejects files over `maxBytes`.
 * Decoded by its BOM (UTF-8, UTF-16LE/BE) like the CLI does; invalid UTF-8 is refused.
 */
export async function readPickedText(file: File, maxBytes = 200 * 1024 * 1024): Promise<string> {
  if (file.size > maxBytes) throw new Error(`${file.name} is ${(file.size / 1e6).toFixed(0)} MB; the limit is ${(maxBytes / 1e6).toFixed(0)} MB`);
  return decodeFileBytes(new Uint8Array(await file.arrayBuffer()), file.name);
}

/** A file's bytes as text by the shared policy (shared/import/text-bytes.ts); throws a readable Error. */
export function decodeFileBytes(bytes: Uint8Array, name: string): string {
  const decoded = decodeTextBytes(bytes, name, (encoding: TextEncodingName) => new TextDecoder(encoding, { fatal: true }));
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.text;
}

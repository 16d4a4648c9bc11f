/** Maps an app://alvh/… request to a file inside the built renderer folder, or null. */
import { join, normalize, sep } from 'node:path';
import { APP_HOST } from './app-url';

export function resolveAppFile(rendererDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.host !== APP_HOST) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname).replace(/^\/+/, '');
  } catch {
    return null; // malformed %-escape
  }
  if (relative.includes('\0')) return null;
  const root = normalize(rendererDir);
  const file = normalize(join(root, relative));
  return file.startsWith(root + sep) ? file : null;
}

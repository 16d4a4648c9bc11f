/**
 * Which URLs belong to the app and which may leave it. Pure (no electron import) so the
 * policies are unit-tested under Node; app-protocol.ts and security.ts apply them.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'alvh';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** True when a URL belongs to our own renderer (`app://alvh/…`). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * Links the OS browser may open: http(s) only. Anything else (file:, javascript:, smb:,
 * custom app schemes) could run or reveal something on the machine through the OS.
 */
export function isExternalHttpUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** A top-level navigation may only go to another page of the app (in practice: a hash change). */
export function isNavigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

/** What happens to a `window.open` / target=_blank: never a new Electron window. */
export function windowOpenDecision(url: string): { action: 'deny'; openExternally: boolean } {
  return { action: 'deny', openExternally: isExternalHttpUrl(url) };
}

/** The main window's URL for a renderer route such as `#/reports`. */
export function appPageUrl(hash = ''): string {
  return `${APP_ORIGIN}/index.html${hash}`;
}

/** A renderer route hash the main process may set: `#/section` or `#/section/command`, lower-case words only. */
export function isRouteHash(hash: string): boolean {
  return /^#\/[a-z]+(?:\/[a-z0-9-]+)?$/.test(hash);
}

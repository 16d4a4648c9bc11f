/**
 * Electron hardening applied to every web contents and the session (Electron security
 * checklist): no navigation away from the app, no new windows, only http(s) links opened
 * by the OS, no <webview>, every permission request and check denied. The decisions are
 * pure functions in app-url.ts, unit-tested under Node; the Electron e2e spec tests them live.
 */
import { app, shell, type Session, type WebContents } from 'electron';
import { isExternalHttpUrl, isNavigationAllowed, windowOpenDecision } from './app-url';

export { isExternalHttpUrl } from './app-url';

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  // The journal never downloads anything itself; saves go through the OS save dialog.
  session.on('will-download', (event) => event.preventDefault());
}

const hardened = new WeakSet<WebContents>();

/** Idempotent: the main window is hardened by window.ts and again by 'web-contents-created'. */
export function hardenContents(contents: WebContents): void {
  if (hardened.has(contents)) return;
  hardened.add(contents);
  contents.on('will-navigate', (event, url) => {
    if (!isNavigationAllowed(url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isNavigationAllowed(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isNavigationAllowed(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url);
    if (decision.openExternally && isExternalHttpUrl(url)) void shell.openExternal(url);
    return { action: decision.action };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Every web contents the app ever creates (windows, devtools, anything) gets the same rules. */
export function hardenAllContents(): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
}

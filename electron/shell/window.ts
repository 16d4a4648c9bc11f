import { BrowserWindow, screen } from 'electron';
import { join } from 'node:path';
import { appPageUrl, isRouteHash } from './app-url';
import { hardenContents } from './security';
import { clampBounds, readWindowState, windowStatePath, writeWindowState, type Rect } from './window-state';

const SIZE = { defaultWidth: 1400, defaultHeight: 900, minWidth: 960, minHeight: 640 };

export interface MainWindowOptions {
  preloadPath: string;
  /** Where window-state.json lives (app.getPath('userData')). */
  userDataDir: string;
}

export function createMainWindow({ preloadPath, userDataDir }: MainWindowOptions): BrowserWindow {
  const stateFile = windowStatePath(userDataDir);
  const saved = readWindowState(stateFile);
  const bounds = clampBounds(saved?.bounds ?? null, workAreas(), SIZE);
  const window = new BrowserWindow({
    ...bounds,
    minWidth: SIZE.minWidth,
    minHeight: SIZE.minHeight,
    title: 'ALVH Journal',
    show: false,
    // Electron security checklist: pinned by window-preferences.test.ts and Electronegativity.
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click would otherwise try to open links in a new window (Electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: false,
    },
  });
  hardenContents(window.webContents);
  if (saved?.maximized) window.maximize();
  rememberState(window, stateFile);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appPageUrl());
  return window;
}

/** The displays' work areas, the primary display first (the default window opens there). */
function workAreas(): Rect[] {
  const primary = screen.getPrimaryDisplay();
  return [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map((d) => d.workArea);
}

/** Saves on close (the last state is what the user expects next time); failures are not fatal. */
function rememberState(window: BrowserWindow, file: string): void {
  window.on('close', () => {
    try {
      // getNormalBounds: the size to restore to, even while maximized.
      writeWindowState(file, { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
    } catch (error) {
      console.error('window state not saved:', error);
    }
  });
}

export function preloadPathFor(mainDir: string): string {
  return join(mainDir, 'preload.cjs');
}

/**
 * Shows a renderer route (`#/market/import`) in the main window by changing the page's
 * hash: the renderer's router reacts as to a link click, with no reload (unsaved form
 * drafts survive) and no extra IPC channel. Only strict route hashes are accepted.
 */
export function showRoute(window: BrowserWindow, hash: string): void {
  if (!isRouteHash(hash)) throw new Error(`not a route hash: ${hash}`);
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
  void window.webContents.executeJavaScript(`window.location.hash = ${JSON.stringify(hash)};`);
}

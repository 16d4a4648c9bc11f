/**
 * Electron main process: a thin shell. It opens the journal through the same backend the
 * browser host and CLI use, serves the renderer under app://, and wires one IPC channel.
 */
import { app, BrowserWindow, dialog, session } from 'electron';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createBackend, type Backend } from './backend/backend';
import { resolveDbPath } from './backend/paths';
import { registerAppScheme, serveRenderer } from './shell/app-protocol';
import { registerIpc } from './shell/ipc';
import { hardenSession } from './shell/security';
import { createMainWindow, preloadPathFor } from './shell/window';

registerAppScheme();
app.enableSandbox();

const dbFlagIndex = process.argv.indexOf('--db');
const dbFlag = dbFlagIndex >= 0 ? process.argv[dbFlagIndex + 1] : undefined;
let backend: Backend | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  app.whenReady().then(() => {
    const dbPath = resolveDbPath(dbFlag);
    mkdirSync(dirname(dbPath), { recursive: true });
    try {
      backend = createBackend({ dbPath });
    } catch (error) {
      dialog.showErrorBox('ALVH Journal cannot open its journal', error instanceof Error ? error.message : String(error));
      app.exit(1);
      return;
    }
    hardenSession(session.defaultSession);
    serveRenderer(join(__dirname, '..', 'renderer'));
    registerIpc(backend);
    createMainWindow(preloadPathFor(__dirname));
  }).catch((error: unknown) => {
    console.error(error);
    app.exit(1);
  });

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => backend?.close());
}

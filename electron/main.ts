/**
 * Electron main process: a thin shell. It opens the journal through the same backend the
 * browser host and CLI use, serves the renderer under app://, and wires one IPC channel.
 */
import { app, BrowserWindow, session } from 'electron';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { startupBackup } from './backend/backup/startup-backup';
import { resolveDbPath } from './backend/paths';
import { warmCachesInBackground } from './backend/services/cache-warmup';
import { openSession, type JournalSession } from './backend/session/journal-session';
import { registerAppScheme, serveRenderer } from './shell/app-protocol';
import { installApplicationMenu } from './shell/application-menu';
import { runCliInApp } from './shell/cli-in-app';
import { cliArgvFrom, dbFlagFrom } from './shell/cli-mode';
import { registerIpc } from './shell/ipc';
import { registerSaveFileIpc } from './shell/save-file-ipc';
import { hardenAllContents, hardenSession } from './shell/security';
import { createMainWindow, preloadPathFor } from './shell/window';

registerAppScheme();
app.enableSandbox();
hardenAllContents();
// Tests (e2e/electron) keep window-state.json and dialog-folders.json in a temporary folder.
if (process.env.ALVH_USER_DATA) app.setPath('userData', process.env.ALVH_USER_DATA);

const cliArgv = cliArgvFrom(process.argv);
const dbFlag = dbFlagFrom(process.argv);
let backend: JournalSession | null = null;
let mainWindow: BrowserWindow | null = null;

if (cliArgv !== null) {
  // `--cli …`: the command line inside the app binary (no window, no lock), then exit.
  runCliInApp(cliArgv, __dirname);
} else if (!app.requestSingleInstanceLock()) {
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
    try { mkdirSync(dirname(dbPath), { recursive: true }); } catch { /* reported by app/health */ }
    // A journal that cannot be opened starts the recovery screen (app/health) instead of exiting.
    backend = openSession({ dbPath, onOpen: (opened) => { startupBackup(opened); warmCachesInBackground(opened); } });
    hardenSession(session.defaultSession);
    serveRenderer(join(__dirname, '..', 'renderer'));
    registerIpc(backend);
    registerSaveFileIpc(app.getPath('userData'));
    installApplicationMenu(() => mainWindow);
    mainWindow = createMainWindow({ preloadPath: preloadPathFor(__dirname), userDataDir: app.getPath('userData') });
    mainWindow.on('closed', () => { mainWindow = null; });
  }).catch((error: unknown) => {
    console.error(error);
    app.exit(1);
  });

  app.on('window-all-closed', () => app.quit());
  // backend.close() checkpoints the WAL into the journal file (wal_checkpoint(TRUNCATE)).
  app.on('will-quit', () => {
    backend?.close();
    backend = null;
  });
}

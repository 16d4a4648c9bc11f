/** Installs the application menu and carries out its commands. */
import { app, dialog, Menu, shell, type BrowserWindow } from 'electron';
import { docsEntryFile } from './docs-location';
import { buildMenuTemplate, type MenuCommand } from './menu';
import { showRoute } from './window';

export function installApplicationMenu(mainWindow: () => BrowserWindow | null): void {
  app.setAboutPanelOptions({ applicationName: app.getName(), applicationVersion: app.getVersion(), copyright: 'Offline trading journal — your data stays on this machine.' });
  const template = buildMenuTemplate({
    platform: process.platform,
    appName: app.getName(),
    isDevelopment: !app.isPackaged,
    onCommand: (command) => runCommand(command, mainWindow()),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function runCommand(command: MenuCommand, window: BrowserWindow | null): void {
  switch (command.kind) {
    case 'route':
      if (window) showRoute(window, command.hash);
      return;
    case 'about':
      app.showAboutPanel();
      return;
    case 'docs': {
      const file = docsEntryFile(app.isPackaged, process.resourcesPath, app.getAppPath());
      void shell.openPath(file).then((error) => {
        if (error) void dialog.showMessageBox({ type: 'info', message: 'The documentation is in', detail: `${file}\n\n(${error})` });
      });
      return;
    }
  }
}

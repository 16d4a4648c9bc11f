/**
 * The application menu as data: a pure function of the platform and a command callback,
 * unit-tested under Node (only a type comes from electron). Items that drive the UI emit
 * a route command; application-menu.ts turns it into a hash change in the main window
 * (`#/market/import`), so the menu adds no IPC surface.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { intentHash } from '../../shared/navigation';

export type MenuCommand = { kind: 'route'; hash: string } | { kind: 'docs' } | { kind: 'about' };

/** The renderer's sections, in its navigation order (menu.test.ts checks them against renderer/src/shell/sections.ts). */
export const MENU_SECTIONS = [
  { id: 'dashboard', label: 'Dashboard' },
  { id: 'layers', label: 'Layers' },
  { id: 'market', label: 'Market Data' },
  { id: 'journal', label: 'Journal' },
  { id: 'rules', label: 'Rules' },
  { id: 'settings', label: 'Settings' },
  { id: 'performance', label: 'Performance' },
  { id: 'backtest', label: 'Backtest' },
  // "and", not "&": on Windows and Linux "&" marks the menu's access key.
  { id: 'reports', label: 'Reports and Backups' },
] as const;

/**
 * Routes the File menu opens: `#/<section>/<intent>`, from the intents the renderer's router
 * knows (shared/navigation.ts). The renderer shows the section, opens the form or dialog the
 * intent names once, then drops the intent from the hash.
 */
export const FILE_ROUTES = {
  newPortfolio: intentHash('new-portfolio'),
  importMarketData: intentHash('import'),
  importTastytrade: intentHash('import-tastytrade'),
  exportReport: intentHash('export'),
  backUpNow: intentHash('backup'),
  restore: intentHash('restore'),
} as const;

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Adds Reload and Developer Tools (never in a packaged app). */
  isDevelopment: boolean;
  onCommand: (command: MenuCommand) => void;
}

export function buildMenuTemplate({ platform, appName, isDevelopment, onCommand }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const route = (label: string, hash: string, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => onCommand({ kind: 'route', hash }),
  });
  const about: MenuItemConstructorOptions = { label: `About ${appName}`, click: () => onCommand({ kind: 'about' }) };

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [{ label: appName, submenu: [about, { type: 'separator' }, { role: 'services' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }] }]
    : [];
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      route('New Portfolio', FILE_ROUTES.newPortfolio, 'CmdOrCtrl+N'),
      { type: 'separator' },
      route('Import Market Data…', FILE_ROUTES.importMarketData),
      route('Import from tastytrade…', FILE_ROUTES.importTastytrade),
      route('Export Report…', FILE_ROUTES.exportReport, 'CmdOrCtrl+E'),
      { type: 'separator' },
      route('Back Up Now', FILE_ROUTES.backUpNow),
      route('Restore…', FILE_ROUTES.restore),
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    // Roles, so copy/paste shortcuts work in text fields (on macOS only through the menu).
    submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...MENU_SECTIONS.map((section) => route(section.label, `#/${section.id}`)),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(isDevelopment ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };
  const windowMenu: MenuItemConstructorOptions[] = mac ? [{ role: 'windowMenu' }] : [];
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [{ label: `${appName} Documentation`, click: () => onCommand({ kind: 'docs' }) }, ...(mac ? [] : [{ type: 'separator' } as const, about])],
  };
  return [...appMenu, file, edit, view, ...windowMenu, help];
}

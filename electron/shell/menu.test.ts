import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
// eslint-disable-next-line no-restricted-imports -- test only: the menu's sections must match the renderer's navigation
import { SECTIONS } from '../../renderer/src/shell/sections';
// eslint-disable-next-line no-restricted-imports -- test only: the menu's routes must parse as the renderer's intents
import { parseHash } from '../../renderer/src/routing/route';
import { ROUTE_INTENTS } from '../../shared/navigation';
import { isRouteHash } from './app-url';
import { buildMenuTemplate, FILE_ROUTES, MENU_SECTIONS, type MenuCommand } from './menu';

function build(platform: NodeJS.Platform, isDevelopment = false) {
  const commands: MenuCommand[] = [];
  const template = buildMenuTemplate({ platform, appName: 'ALVH Journal', isDevelopment, onCommand: (c) => commands.push(c) });
  return { template, commands };
}

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((m) => m.label?.replace('&', '') === label);
  expect(menu, label).toBeDefined();
  return Array.isArray(menu?.submenu) ? menu.submenu : [];
}

function click(items: MenuItemConstructorOptions[], label: string): void {
  const item = items.find((i) => i.label === label);
  expect(item, label).toBeDefined();
  (item?.click as (() => void) | undefined)?.();
}

describe('application menu', () => {
  it('File: new portfolio, imports, export, back up, restore, quit — each a route in the renderer', () => {
    const { template, commands } = build('linux');
    const file = submenu(template, 'File');
    for (const label of ['New Portfolio', 'Import Market Data…', 'Import from tastytrade…', 'Export Report…', 'Back Up Now', 'Restore…']) click(file, label);
    expect(commands).toEqual(Object.values(FILE_ROUTES).map((hash) => ({ kind: 'route', hash })));
    expect(file.at(-1)?.role).toBe('quit');
    for (const hash of Object.values(FILE_ROUTES)) expect(isRouteHash(hash), hash).toBe(true);
  });

  it('File routes are intents the renderer opens: one each, in the section that handles it', () => {
    const intents = Object.values(FILE_ROUTES).map((hash) => parseHash(hash));
    expect(intents.map((r) => r.intent)).toEqual(['new-portfolio', 'import', 'import-tastytrade', 'export', 'backup', 'restore']);
    expect(intents.map((r) => r.section)).toEqual(['settings', 'market', 'layers', 'reports', 'reports', 'reports']);
    expect(new Set(intents.map((r) => r.intent)).size).toBe(Object.keys(ROUTE_INTENTS).length);
  });

  it('View lists every section of the renderer, in order', () => {
    const ids = SECTIONS.map((s) => s.id);
    expect(MENU_SECTIONS.map((s) => s.id)).toEqual(ids);
    const { template, commands } = build('win32');
    const view = submenu(template, 'View');
    for (const section of MENU_SECTIONS) click(view, section.label);
    expect(commands).toEqual(ids.map((id) => ({ kind: 'route', hash: `#/${id}` })));
  });

  it('Help opens the documentation and About', () => {
    const { template, commands } = build('linux');
    const help = submenu(template, 'Help');
    click(help, 'ALVH Journal Documentation');
    click(help, 'About ALVH Journal');
    expect(commands).toEqual([{ kind: 'docs' }, { kind: 'about' }]);
  });

  it('macOS: an app menu with About and Quit, File ends with Close, a Window menu', () => {
    const { template } = build('darwin');
    expect(template[0]?.label).toBe('ALVH Journal');
    expect(submenu(template, 'File').at(-1)?.role).toBe('close');
    expect(template.some((m) => m.role === 'windowMenu')).toBe(true);
  });

  it('developer tools only outside a packaged app', () => {
    const roles = (dev: boolean) => submenu(build('linux', dev).template, 'View').map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });
});

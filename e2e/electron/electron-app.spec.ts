/**
 * The real Electron app, driven through Playwright's Electron support: every item of the
 * Electron security checklist that can be observed from outside, plus the shell's own
 * features (menu, window state, save dialog, --cli, WAL checkpoint on quit).
 *
 * Electron's binary cannot be downloaded on offline machines (CI here): then every test
 * skips with a printed reason, and the Node-testable halves (URL policy, sender check,
 * CSP string, menu template, window-state clamp, save-request checks) run in Vitest
 * beside electron/shell/.
 */
import { expect, test, type Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { PreloadBridge } from '../../shared/api/client';
import { APP_ENTRY, electronBinary, launchApp, PRELOAD, removeData, skipReason, type LaunchedApp } from './electron-launch';

const reason = skipReason();
let launched: LaunchedApp | null = null;

if (reason) console.log(`SKIPPED e2e/electron: ${reason}`);
test.skip(reason !== null, reason ?? '');

test.afterEach(async () => {
  if (launched) {
    await launched.app.close().catch(() => undefined);
    removeData(launched.dataDir);
    launched = null;
  }
});

async function start(): Promise<LaunchedApp> {
  launched = await launchApp();
  return launched;
}

/** The bridge the preload exposes, as the page sees it. */
type BridgeWindow = { alvh: PreloadBridge };

async function expectStillOnApp(page: Page): Promise<void> {
  await page.waitForTimeout(500);
  expect(page.url()).toMatch(/^app:\/\/alvh\//);
}

test('the renderer has no Node: require, process and Buffer are unreachable; the bridge exposes two functions', async () => {
  const { page } = await start();
  await expect(page.getByRole('heading', { name: /portfolio/i }).first()).toBeVisible();
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  expect(await page.evaluate(() => typeof (globalThis as { Buffer?: unknown }).Buffer)).toBe('undefined');
  expect(await page.evaluate(() => Object.keys((window as unknown as BridgeWindow).alvh).sort())).toEqual(['invoke', 'saveFile']);
  // The page is served from our protocol, never file://.
  expect(page.url()).toMatch(/^app:\/\/alvh\/index\.html/);
});

test('the CSP blocks an injected inline script and eval', async () => {
  const { page } = await start();
  const result = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.head.append(script);
    let evalResult = 'ran';
    try {
      eval('1 + 1');
    } catch {
      evalResult = 'blocked';
    }
    await new Promise((r) => setTimeout(r, 200));
    return { injected: (window as { __injected?: boolean }).__injected === true, evalResult, violations };
  });
  expect(result.injected).toBe(false);
  expect(result.evalResult).toBe('blocked');
  expect(result.violations.some((d) => d.startsWith('script-src'))).toBe(true);
});

test('navigation away from the app is refused', async () => {
  const { page } = await start();
  await page.evaluate(() => { window.location.href = 'https://example.com/'; });
  await expectStillOnApp(page);
  await page.evaluate(() => { window.location.href = 'file:///etc/passwd'; });
  await expectStillOnApp(page);
  // A hash change inside the app is fine (that is how the router works).
  await page.evaluate(() => { window.location.hash = '#/market'; });
  await expect.poll(() => page.url()).toMatch(/#\/market$/);
});

test('window.open never creates a window; only http(s) links go to the OS browser', async () => {
  const { app, page } = await start();
  await app.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as { __opened?: string[] }).__opened = opened;
    shell.openExternal = async (url: string) => { opened.push(url); };
  });
  const results = await page.evaluate(() => ['https://www.cboe.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'app://alvh/index.html'].map((url) => window.open(url) === null));
  expect(results).toEqual([true, true, true, true, true]);
  await page.evaluate(() => {
    const link = document.createElement('a');
    link.href = 'http://example.com/target';
    link.target = '_blank';
    document.body.append(link);
    link.click();
  });
  await expect.poll(() => app.evaluate(() => (globalThis as { __opened?: string[] }).__opened)).toEqual(['https://www.cboe.com/', 'http://example.com/target']);
  expect(app.windows()).toHaveLength(1);
});

test('IPC from a frame that is not the app’s main frame is refused', async () => {
  const { app } = await start();
  // A second window with our preload but a foreign page: the bridge exists, main must refuse it.
  const foreignPage = app.waitForEvent('window');
  await app.evaluate(({ BrowserWindow }, preload) => {
    const foreign = new BrowserWindow({ show: false, webPreferences: { preload, sandbox: true, contextIsolation: true } });
    void foreign.loadURL('data:text/html,<title>foreign</title><p>not the app</p>');
  }, PRELOAD);
  const foreign = await foreignPage;
  await foreign.waitForLoadState('domcontentloaded');
  const invoked = await foreign.evaluate(() => (window as unknown as BridgeWindow).alvh.invoke('portfolio/list', {}));
  expect(invoked).toMatchObject({ ok: false, error: { message: /unexpected frame/ } });
  const saved = await foreign.evaluate(() => (window as unknown as BridgeWindow).alvh.saveFile?.({ kind: 'report', suggestedName: 'x.csv', mimeType: 'text/csv', text: 'a' }).then(() => 'saved', (e: unknown) => String(e)));
  expect(saved).toMatch(/unexpected frame/);
});

test('permission requests and checks are denied', async () => {
  const { page } = await start();
  const result = await page.evaluate(async () => {
    const notification = await Notification.requestPermission();
    const geolocation = (await navigator.permissions.query({ name: 'geolocation' })).state;
    const camera = await navigator.mediaDevices.getUserMedia({ video: true }).then(() => 'granted', () => 'denied');
    return { notification, geolocation, camera };
  });
  expect(result).toEqual({ notification: 'denied', geolocation: 'denied', camera: 'denied' });
});

test('the app makes no network request while every section is visited', async () => {
  const { app, page } = await start();
  await app.evaluate(({ session }) => {
    const attempts: string[] = [];
    (globalThis as { __attempts?: string[] }).__attempts = attempts;
    session.defaultSession.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
      const { protocol } = new URL(details.url);
      if (!['app:', 'data:', 'blob:', 'devtools:'].includes(protocol)) attempts.push(details.url);
      callback({ cancel: protocol !== 'app:' && protocol !== 'data:' && protocol !== 'blob:' });
    });
  });
  await page.reload();
  for (const section of ['dashboard', 'layers', 'market', 'journal', 'rules', 'settings', 'performance', 'backtest', 'reports']) {
    await page.evaluate((hash) => { window.location.hash = hash; }, `#/${section}`);
    await page.waitForTimeout(300);
  }
  expect(await app.evaluate(() => (globalThis as { __attempts?: string[] }).__attempts)).toEqual([]);
});

test('the application menu drives the UI through route changes', async () => {
  const { app, page } = await start();
  const labels = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((i) => i.label.replace('&', '')) ?? []);
  expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Help']));
  const click = (menu: string, item: string) => app.evaluate(({ Menu }, [m, i]) => {
    const submenu = Menu.getApplicationMenu()?.items.find((x) => x.label.replace('&', '') === m)?.submenu;
    submenu?.items.find((x) => x.label === i)?.click();
  }, [menu, item] as const);
  await click('View', 'Market Data');
  await expect.poll(() => page.url()).toMatch(/#\/market$/);
  await click('File', 'Export Report…');
  await expect.poll(() => page.url()).toMatch(/#\/reports\/export$/);
});

test('saveFile: the OS dialog in the folder last used for that kind, then the file is written', async () => {
  const { app, page, dataDir, userDataDir } = await start();
  const target = join(dataDir, 'exports', 'report.csv');
  await app.evaluate(({ dialog }, filePath) => {
    const calls: unknown[] = [];
    (globalThis as { __dialogs?: unknown[] }).__dialogs = calls;
    let answer: { canceled: boolean; filePath: string } = { canceled: false, filePath };
    (globalThis as { __answer?: (a: typeof answer) => void }).__answer = (a) => { answer = a; };
    // Replaced for the test: the real dialog needs a user.
    (dialog as unknown as { showSaveDialog: (...args: unknown[]) => Promise<unknown> }).showSaveDialog = async (...args: unknown[]) => {
      calls.push(args.at(-1));
      return answer;
    };
  }, target);
  mkdirSync(join(dataDir, 'exports'), { recursive: true });
  const result = await page.evaluate(() => (window as unknown as BridgeWindow).alvh.saveFile?.({ kind: 'report', suggestedName: 'report.csv', mimeType: 'text/csv', text: 'date,pnl\n2026-06-01,125.00\n' }));
  expect(result).toEqual({ path: target });
  expect(readFileSync(target, 'utf8')).toBe('date,pnl\n2026-06-01,125.00\n');
  expect(JSON.parse(readFileSync(join(userDataDir, 'dialog-folders.json'), 'utf8'))).toEqual({ report: join(dataDir, 'exports') });
  // Next time the dialog opens there, asks before overwriting, and a cancel writes nothing.
  await app.evaluate(() => (globalThis as { __answer?: (a: { canceled: boolean; filePath: string }) => void }).__answer?.({ canceled: true, filePath: '' }));
  const cancelled = await page.evaluate(() => (window as unknown as BridgeWindow).alvh.saveFile?.({ kind: 'report', suggestedName: 'second.csv', mimeType: 'text/csv', text: 'x' }));
  expect(cancelled).toEqual({ path: null });
  const dialogs = await app.evaluate(() => (globalThis as { __dialogs?: unknown[] }).__dialogs);
  expect(dialogs?.[1]).toMatchObject({ defaultPath: join(dataDir, 'exports', 'second.csv'), properties: ['showOverwriteConfirmation', 'createDirectory'] });
  // A malformed request never reaches the dialog.
  const refused = await page.evaluate(() => (window as unknown as BridgeWindow).alvh.saveFile?.({ kind: 'report', suggestedName: '../../x.csv', mimeType: 'text/csv', text: 'x' }).then(() => 'saved', (e: unknown) => String(e)));
  expect(refused).toMatch(/plain file name/);
  expect(await app.evaluate(() => (globalThis as { __dialogs?: unknown[] }).__dialogs?.length)).toBe(2);
});

test('window bounds are remembered across restarts', async () => {
  const first = await start();
  await first.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.setBounds({ x: 40, y: 50, width: 1100, height: 700 }));
  await first.app.close();
  expect(existsSync(join(first.userDataDir, 'window-state.json'))).toBe(true);
  launched = await launchApp({ dataDir: first.dataDir });
  const bounds = await launched.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getBounds());
  expect(bounds).toMatchObject({ width: 1100, height: 700 });
});

test('quitting checkpoints the WAL into the journal file', async () => {
  const { app, page, dbPath, dataDir } = await start();
  await page.evaluate(() => (window as unknown as BridgeWindow).alvh.invoke('portfolio/create', { name: 'WAL check', riskCapitalCents: 10_000_000 }));
  await app.close();
  launched = null;
  const wal = `${dbPath}-wal`;
  expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
  removeData(dataDir);
});

test('`--cli` runs the command line inside the app binary, with no window, and exits with its code', async () => {
  const binary = electronBinary();
  test.skip(binary === null, 'no Electron binary');
  const dir = mkdtempSync(join(tmpdir(), 'alvh-cli-'));
  const db = join(dir, 'journal.sqlite');
  const run = promisify(execFile);
  // Without ELECTRON_RUN_AS_NODE: the app binary itself (runAsNode is fused off when packaged).
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  try {
    const added = await run(binary ?? '', [APP_ENTRY, '--cli', 'portfolio', 'add', '--db', db, '--name', 'Main', '--capital', '100000'], { env });
    expect(added.stdout.trim()).toMatch(/^\d+$/);
    const listed = await run(binary ?? '', [APP_ENTRY, '--cli', 'portfolio', 'list', '--db', db, '--json'], { env });
    expect(JSON.parse(listed.stdout)).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Main' })]));
    const failed = await run(binary ?? '', [APP_ENTRY, '--cli', 'no-such-command'], { env }).then(() => 0, (e: { code?: number }) => e.code ?? -1);
    expect(failed).toBe(2);
  } finally {
    removeData(dir);
  }
});

/**
 * Pins the renderer's webPreferences as written in window.ts. They stay an inline literal
 * there so Electronegativity can see them too (it only analyses literals passed to
 * `new BrowserWindow`); the Electron e2e spec checks their effect in the running app.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const source = readFileSync(join(__dirname, 'window.ts'), 'utf8');
const block = /webPreferences: \{([^}]*)\}/.exec(source)?.[1] ?? '';

describe('main window webPreferences', () => {
  it.each([
    ['contextIsolation', 'true'],
    ['sandbox', 'true'],
    ['nodeIntegration', 'false'],
    ['nodeIntegrationInWorker', 'false'],
    ['nodeIntegrationInSubFrames', 'false'],
    ['webSecurity', 'true'],
    ['allowRunningInsecureContent', 'false'],
    ['experimentalFeatures', 'false'],
    ['webviewTag', 'false'],
    ['navigateOnDragDrop', 'false'],
    ['disableBlinkFeatures', "'Auxclick'"],
  ])('%s: %s', (key, value) => {
    expect(block).toMatch(new RegExp(`\\b${key}: ${value},`));
  });

  it('never enables Blink features or remote modules', () => {
    expect(source).not.toMatch(/enableBlinkFeatures|enableRemoteModule|nodeIntegration: true/);
  });
});

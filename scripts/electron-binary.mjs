// Finds Electron's binary the way node_modules/electron/index.js does (path.txt names the
// executable inside dist/), without throwing: `npm start` decides what to do when it is missing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @param {string} electronDir the installed `electron` package folder (node_modules/electron)
 * @returns {{ found: true, path: string } | { found: false, reason: string }}
 */
export function findElectronBinary(electronDir) {
  if (!existsSync(join(electronDir, 'package.json'))) {
    return { found: false, reason: `the electron package is not installed (${electronDir} is missing)` };
  }
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return { found: false, reason: "Electron's binary was not downloaded (node_modules/electron/path.txt is missing)" };
  }
  const executable = readFileSync(pathFile, 'utf8').trim();
  const binary = join(electronDir, 'dist', executable);
  if (executable === '' || !existsSync(binary)) {
    return { found: false, reason: `Electron's binary is missing (${join('node_modules/electron/dist', executable)} does not exist)` };
  }
  return { found: true, path: binary };
}

/** The two ways forward, in one line each, printed when the binary is missing. */
export const missingBinaryAdvice = [
  'Starting the browser version instead (same screens and data, on 127.0.0.1 only; `npm run web` does this directly).',
  'To get the desktop window, fetch Electron\'s binary (needs internet): node node_modules/electron/install.js',
];

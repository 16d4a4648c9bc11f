/**
 * Where Help → Documentation points: the README shipped beside the app
 * (electron-builder copies README.md and docs/ into the resources folder), or the
 * project's README when running from a checkout. Always a local file we ship, opened
 * with the OS's viewer; never a URL built from content.
 */
import { join } from 'node:path';

export function docsEntryFile(isPackaged: boolean, resourcesPath: string, appPath: string): string {
  return isPackaged ? join(resourcesPath, 'README.md') : join(appPath, 'README.md');
}

import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'ALVH Journal';
export const DB_FILE_NAME = 'journal.sqlite';

/**
 * The folder Electron's `app.getPath('userData')` uses, computed without Electron so the
 * app, the browser host and the CLI open the same journal by default.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME);
}

/** `--db PATH` wins, then `ALVH_DB`, then the user-data folder. */
export function resolveDbPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return flag;
  if (env.ALVH_DB) return env.ALVH_DB;
  return join(defaultDataDir(env), DB_FILE_NAME);
}

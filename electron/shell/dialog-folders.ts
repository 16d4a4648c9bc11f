/**
 * The folder each kind of save dialog opened in last time (reports, backups and backtests
 * usually live in different places), kept in userData/dialog-folders.json.
 * Pure read/validate/update functions; the file I/O is two small helpers.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import type { SaveKind } from '../../shared/api/client';
import { isSaveKind } from './save-file-request';

export type DialogFolders = Partial<Record<SaveKind, string>>;

export const DIALOG_FOLDERS_FILE = 'dialog-folders.json';

export function dialogFoldersPath(userDataDir: string): string {
  return join(userDataDir, DIALOG_FOLDERS_FILE);
}

/** Keeps only known kinds with absolute folder paths; anything else (or a broken file) is ignored. */
export function parseDialogFolders(text: string | null): DialogFolders {
  if (text === null) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const folders: DialogFolders = {};
  for (const [kind, folder] of Object.entries(value)) {
    if (isSaveKind(kind) && typeof folder === 'string' && folder.length < 4096 && isAbsolute(folder)) folders[kind] = folder;
  }
  return folders;
}

/** Where the dialog for `kind` opens: the remembered folder, else `fallback` (the user's Documents). */
export function folderFor(folders: DialogFolders, kind: SaveKind, fallback: string): string {
  return folders[kind] ?? fallback;
}

/** The folders after the user saved `savedPath` for `kind` (a new object; the input is unchanged). */
export function rememberFolder(folders: DialogFolders, kind: SaveKind, savedPath: string): DialogFolders {
  return { ...folders, [kind]: dirname(savedPath) };
}

export function readDialogFolders(file: string): DialogFolders {
  try {
    return parseDialogFolders(readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
}

export function writeDialogFolders(file: string, folders: DialogFolders): void {
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(folders, null, 2)}\n`);
  renameSync(temporary, file);
}

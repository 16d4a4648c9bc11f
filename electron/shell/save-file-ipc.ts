/**
 * Main-process side of `window.alvh.saveFile`: the OS save dialog (opened in the folder
 * last used for that kind, asking before replacing a file), then the write. Same trusted-
 * sender rule as the backend channel; the request is re-validated here, whatever the preload did.
 */
import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SaveFileResult } from '../../shared/api/client';
import { dialogFoldersPath, folderFor, readDialogFolders, rememberFolder, writeDialogFolders } from './dialog-folders';
import { SAVE_FILE_CHANNEL } from './ipc-channel';
import { checkSaveRequest, dialogFilters, requestBytes } from './save-file-request';
import { isTrustedSender, REFUSED_SENDER_MESSAGE } from './sender-check';

export function registerSaveFileIpc(userDataDir: string): void {
  const foldersFile = dialogFoldersPath(userDataDir);
  ipcMain.handle(SAVE_FILE_CHANNEL, async (event: IpcMainInvokeEvent, raw: unknown): Promise<SaveFileResult> => {
    if (!isTrustedSender(event)) throw new Error(REFUSED_SENDER_MESSAGE);
    const check = checkSaveRequest(raw);
    if (!check.ok) throw new Error(check.message);
    const { request } = check;
    const folders = readDialogFolders(foldersFile);
    const options = {
      title: 'Save',
      defaultPath: join(folderFor(folders, request.kind, app.getPath('documents')), request.suggestedName),
      filters: dialogFilters(request.suggestedName),
      properties: ['showOverwriteConfirmation', 'createDirectory'] as ('showOverwriteConfirmation' | 'createDirectory')[],
    };
    const owner = BrowserWindow.fromWebContents(event.sender);
    const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { path: null };
    writeAtomically(choice.filePath, requestBytes(request));
    try {
      writeDialogFolders(foldersFile, rememberFolder(folders, request.kind, choice.filePath));
    } catch (error) {
      console.error('dialog folder not remembered:', error);
    }
    return { path: choice.filePath };
  });
}

/** The chosen file is replaced whole or not at all (a half-written backup is worse than none). */
function writeAtomically(file: string, bytes: Buffer): void {
  const temporary = `${file}.alvh-partial`;
  try {
    writeFileSync(temporary, bytes, { flush: true });
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

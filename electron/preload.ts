/**
 * The only bridge between the sandboxed renderer and the main process: one function that
 * forwards an operation name and input, and one that asks main to save a file through the
 * OS dialog. No Node or Electron object reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { PreloadBridge } from '../shared/api/client';
import { IPC_CHANNEL, SAVE_FILE_CHANNEL } from './shell/ipc-channel';
import { checkSaveRequest } from './shell/save-file-request';

const bridge = {
  invoke: (name, input) => ipcRenderer.invoke(IPC_CHANNEL, name, input),
  // Checked here so a malformed request fails in the page with a clear message; main checks again.
  saveFile: (request) => {
    const check = checkSaveRequest(request);
    if (!check.ok) return Promise.reject(new Error(check.message));
    return ipcRenderer.invoke(SAVE_FILE_CHANNEL, check.request);
  },
} satisfies PreloadBridge;

contextBridge.exposeInMainWorld('alvh', bridge);

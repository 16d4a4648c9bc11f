/**
 * The only bridge between the sandboxed renderer and the main process: one function that
 * forwards an operation name and input. No Node or Electron object reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { PreloadBridge } from '../shared/api/client';
import { IPC_CHANNEL } from './shell/ipc-channel';

const bridge = {
  invoke: (name, input) => ipcRenderer.invoke(IPC_CHANNEL, name, input),
} satisfies PreloadBridge;

contextBridge.exposeInMainWorld('alvh', bridge);

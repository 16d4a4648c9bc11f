/** Registers the one IPC handler; calls from any frame other than our app's main frame are refused. */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Backend } from '../backend/backend';
import { isAppUrl } from './app-protocol';
import { IPC_CHANNEL } from './ipc-channel';

export function registerIpc(backend: Backend): void {
  ipcMain.handle(IPC_CHANNEL, (event: IpcMainInvokeEvent, name: unknown, input: unknown) => {
    if (!isTrustedSender(event)) return { ok: false, error: { code: 'invalid_input', message: 'IPC from an unexpected frame was refused' } };
    return backend.call(typeof name === 'string' ? name : '', input);
  });
}

function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

/** Registers the backend's IPC handler; calls from any frame other than our app's main frame are refused. */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Backend } from '../backend/backend';
import { IPC_CHANNEL } from './ipc-channel';
import { isTrustedSender, REFUSED_SENDER_MESSAGE } from './sender-check';

export function registerIpc(backend: Pick<Backend, 'call'>): void {
  ipcMain.handle(IPC_CHANNEL, (event: IpcMainInvokeEvent, name: unknown, input: unknown) => {
    if (!isTrustedSender(event)) return { ok: false, error: { code: 'invalid_input', message: REFUSED_SENDER_MESSAGE } };
    return backend.call(typeof name === 'string' ? name : '', input);
  });
}

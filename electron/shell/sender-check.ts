/**
 * Every IPC handler refuses calls unless they come from the main frame of an app://alvh
 * page: a subframe, a foreign page or a destroyed frame never reaches the backend.
 * Written against a minimal frame shape so it is tested with fake events under Node.
 */
import { isAppUrl } from './app-url';

export interface SenderFrameLike {
  readonly url: string;
  readonly parent: unknown;
}

export interface IpcEventLike {
  readonly senderFrame: SenderFrameLike | null;
}

export function isTrustedSender(event: IpcEventLike): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

export const REFUSED_SENDER_MESSAGE = 'IPC from an unexpected frame was refused';

/** The IPC channels the preload and main agree on; both are invoke/handle (request → reply). */
export const IPC_CHANNEL = 'alvh:invoke';
/** The OS save dialog + file write behind `window.alvh.saveFile`. */
export const SAVE_FILE_CHANNEL = 'alvh:save-file';

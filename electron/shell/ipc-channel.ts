/** The single IPC channel the preload and main agree on. */
export const IPC_CHANNEL = 'alvh:invoke';

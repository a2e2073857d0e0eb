/**
 * The single IPC channel; the operation name travels inside the message and is checked.
 * Its own zod-free module, so the sandboxed preload can import it without pulling in zod.
 */
export const IPC_CHANNEL = 'zhibu:call';

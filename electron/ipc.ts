import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNEL, type ApiResult } from './api/index.js';
import type { InstallationGate } from './services/access/lockedStart.js';
import { newSession, type Session } from './services/access/session.js';
import type { ErrorLogger } from './services/dispatch.js';

/** What the handler reads of an IPC event; structural so tests call it without Electron. */
export interface IpcSender {
  readonly senderFrame: { readonly url: string } | null;
}

export type IpcCallHandler = (event: IpcSender, name: unknown, input: unknown) => Promise<ApiResult<unknown>>;

const UNTRUSTED: ApiResult<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: '拒绝访问：请求不是来自支部台账的窗口' },
};

/**
 * The whole IPC surface: check who is asking, then hand the name and input to the same gate
 * the browser-mode host uses (the open installation's dispatch(), which validates and never
 * lets a stack out, or the locked start until the first right login opens the data).
 * The window's login lives here in the main process, never in the renderer.
 */
export function createIpcHandler(
  gate: InstallationGate,
  isTrustedSender: (frameUrl: string | null) => boolean,
  log?: ErrorLogger,
  session: Session = newSession(),
): IpcCallHandler {
  return async (event, name, input) => {
    // A frame that navigated away or was destroyed is null: it is nobody we trust.
    if (!isTrustedSender(event.senderFrame?.url ?? null)) return UNTRUSTED;
    return gate.call(session, name, input, log);
  };
}

/** Registers the one channel; returns the function that removes it (on quit). */
export function bindIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  gate: InstallationGate,
  isTrustedSender: (frameUrl: string | null) => boolean,
  log?: ErrorLogger,
  session?: Session,
): () => void {
  const handler = createIpcHandler(gate, isTrustedSender, log, session);
  ipcMain.handle(IPC_CHANNEL, (event: IpcMainInvokeEvent, name: unknown, input: unknown) =>
    handler(event, name, input),
  );
  return () => ipcMain.removeHandler(IPC_CHANNEL);
}

import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL } from './api/channel.js';
import type { ApiResult, Input, OpName, Output, ZhibuBridge } from './api/index.js';

/**
 * The renderer's only door to the main process: one function, one channel. The operation name
 * and input are checked in the main process (ipc.ts → dispatch), never trusted from here.
 */
const bridge = {
  call<K extends OpName>(name: K, input: Input<K>): Promise<ApiResult<Output<K>>> {
    // ipcRenderer.invoke is untyped; the main process answers every call with dispatch()'s ApiResult.
    return ipcRenderer.invoke(IPC_CHANNEL, name, input) as Promise<ApiResult<Output<K>>>;
  },
} satisfies ZhibuBridge;

contextBridge.exposeInMainWorld('zhibu', bridge);

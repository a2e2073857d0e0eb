import {
  BRANCH_VIEW_OPS,
  isApiError,
  type ApiError,
  type ApiResult,
  type ErrorCode,
  type FieldIssue,
  type Input,
  type OpName,
  type Output,
} from '../electron/api/index.js';
import { useAuthStore } from './stores/auth.js';
import { useLensStore } from './stores/lens.js';

/** A refused or failed operation; `message` is Chinese and meant for the user as is. */
export class ApiFailure extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly issues: FieldIssue[];

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
    this.code = error.code;
    this.field = error.field;
    this.issues = error.issues ?? (error.field ? [{ field: error.field, message: error.message }] : []);
  }
}

const UNREACHABLE = '无法连接到本机服务，请确认支部台账仍在运行';
const TOKEN_EXPIRED = '访问口令已失效（程序可能已重新启动），请使用启动时显示的完整地址（含 ?token=）重新打开';
const BAD_REPLY = '本机服务的回复无法识别，请重新启动支部台账';

function internal(message: string): ApiFailure {
  return new ApiFailure({ code: 'INTERNAL', message });
}

function isApiResult(v: unknown): v is ApiResult<unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return o.ok === true ? 'value' in o : o.ok === false && isApiError(o.error);
}

async function overHttp(name: OpName, input: unknown): Promise<ApiResult<unknown>> {
  let response: Response;
  try {
    // Relative: the host serves the app under this run's own path (see electron/host/server.ts).
    response = await fetch('api/call', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name, input }),
      credentials: 'same-origin',
    });
  } catch {
    throw internal(UNREACHABLE);
  }
  if (response.status === 401) throw internal(TOKEN_EXPIRED);
  if (!response.ok) throw internal(UNREACHABLE);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw internal(BAD_REPLY);
  }
  if (!isApiResult(body)) throw internal(BAD_REPLY);
  return body;
}

/**
 * The one way the renderer reaches the main process: Electron IPC through the preload
 * bridge, or the loopback host in browser mode. Resolves with the value or throws ApiFailure.
 * While an office looks at a branch (stores/lens.ts), reads go to that branch's records.
 */
export async function call<K extends OpName>(name: K, input: Input<K>): Promise<Output<K>> {
  const lens = useLensStore.getState().lens;
  if (lens && !name.startsWith('office.') && !name.startsWith('auth.') && name !== 'app.info') {
    if (!(BRANCH_VIEW_OPS as readonly string[]).includes(name))
      throw new ApiFailure({ code: 'FORBIDDEN', message: '上级党委查看支部时只能查看，不能修改支部的记录' });
    return (await send('office.view', { code: lens.code, op: name as never, input })) as Output<K>;
  }
  return send(name, input);
}

async function send<K extends OpName>(name: K, input: Input<K>): Promise<Output<K>> {
  const bridge = window.zhibu;
  let result: ApiResult<unknown>;
  if (bridge) {
    try {
      result = await bridge.call(name, input);
    } catch {
      throw internal(UNREACHABLE);
    }
  } else {
    result = await overHttp(name, input);
  }
  if (!result.ok) {
    // Locked by idle time or logged out: back to the lock or login screen, whatever page asked.
    if (result.error.code === 'UNAUTHENTICATED') useAuthStore.getState().lost(null);
    throw new ApiFailure(result.error);
  }
  // The transport carries the contract's own output for this operation name.
  return result.value as Output<K>;
}

/** The sentence to show for any failure, including ones that are not ApiFailure. */
export function failureMessage(err: unknown): string {
  return err instanceof ApiFailure ? err.message : '操作未能完成，请重试';
}

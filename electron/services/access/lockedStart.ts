import type { DataKey } from '../../../db/cipher.js';
import type { Clock } from '../../../db/clock.js';
import { DatabaseOpenError } from '../../../db/errors.js';
import { contract, DEFAULT_IDLE_MINUTES, type ApiError, type ApiResult, type AuthStatus } from '../../api/index.js';
import { hasPasswordSlots } from '../cipher/dataKey.js';
import { keyFileFor, readKeyFile } from '../cipher/keyFile.js';
import { unlockWithPassword } from '../cipher/passwordSlot.js';
import type { ServiceContext } from '../context.js';
import { dispatch, validationError, type ErrorLogger } from '../dispatch.js';
import { retryDelaySeconds } from './passwords.js';
import type { Session } from './session.js';

/** How a transport reaches the installation: open from the start, or opened by the first login. */
export interface InstallationGate {
  /** The open installation's context; null while the data is still locked. */
  readonly ctx: ServiceContext | null;
  call(session: Session, name: unknown, input: unknown, log?: ErrorLogger): Promise<ApiResult<unknown>>;
}

/**
 * A call on the open installation with this caller's session. The context is copied only once no
 * restore is putting its file in place (Maintenance.served), so the copy holds the restored
 * connection, never the one the restore closed.
 */
async function callOpen(
  ctx: ServiceContext,
  session: Session,
  name: unknown,
  input: unknown,
  log?: ErrorLogger,
): Promise<ApiResult<unknown>> {
  await ctx.maintenance?.served();
  return dispatch({ ...ctx, session }, name, input, log);
}

export function openGate(ctx: ServiceContext): InstallationGate {
  return { ctx, call: (session, name, input, log) => callOpen(ctx, session, name, input, log) };
}

const LOCKED_STATUS: AuthStatus = {
  needsAdmin: false,
  user: null,
  lockedName: null,
  idleMinutes: DEFAULT_IDLE_MINUTES,
  dataLocked: true,
};

const refuse = (error: ApiError): ApiResult<unknown> => ({ ok: false, error });

/**
 * A start whose data key only an account's password opens (password-only, or a folder moved
 * from another PC): the app is served, its login page shows, and the first right login unwraps
 * the key through that account's slot and opens the installation (`open`), then runs the
 * normal login on it (the account's own checks, its audit entry). Until then every other call is
 * refused. Wrong passwords wait as a login does, counted here per user name: the file cannot
 * count them before it is open (someone holding the key file could try passwords offline anyway;
 * the wait only slows guessing through the app).
 */
export function lockedStart(options: {
  databasePath: string;
  clock: Clock;
  open: (key: DataKey) => Promise<ServiceContext>;
}): InstallationGate {
  const keyPath = keyFileFor(options.databasePath);
  if (!hasPasswordSlots(readKeyFile(keyPath)))
    throw new DatabaseOpenError(
      'DB_KEY',
      `数据已加密，本机不能直接打开 ${options.databasePath}，而它的密钥文件里还没有任何账号的密码（账号是在旧版本里建立的）：请在原来的电脑上用新版本登录一次，再把数据拷来`,
    );
  const waits = new Map<string, { failed: number; retryAtMs: number }>();
  let ctx: ServiceContext | null = null;
  let opening: Promise<ServiceContext> | null = null;

  const unlock = async (session: Session, input: unknown, log?: ErrorLogger): Promise<ApiResult<unknown>> => {
    const parsed = contract['auth.login'].input.safeParse(input ?? {});
    if (!parsed.success) return refuse(validationError(parsed.error));
    const { name, password } = parsed.data;
    const now = options.clock.nowMs();
    const wait = waits.get(name) ?? { failed: 0, retryAtMs: 0 };
    if (now < wait.retryAtMs)
      return refuse({
        code: 'LOGIN_FAILED',
        field: 'password',
        message: `密码错误次数较多，请 ${Math.ceil((wait.retryAtMs - now) / 1000)} 秒后再试`,
      });
    const opened = await unlockWithPassword(readKeyFile(keyPath), name, password);
    if (!opened) {
      const failed = wait.failed + 1;
      const delay = retryDelaySeconds(failed);
      waits.set(name, { failed, retryAtMs: now + delay * 1000 });
      return refuse({ code: 'LOGIN_FAILED', field: 'password', message: `用户名或密码不正确，请 ${delay} 秒后再试` });
    }
    waits.delete(name);
    // Two browsers logging in at once open the installation once.
    opening ??= options.open(opened.key);
    try {
      ctx = await opening;
    } catch (err) {
      opening = null;
      (log ?? console.error)('auth.login', err);
      const message = err instanceof DatabaseOpenError ? err.message : '数据未能打开，请重试';
      return refuse({ code: 'INTERNAL', message });
    }
    return callOpen(ctx, session, 'auth.login', input, log);
  };

  return {
    get ctx() {
      return ctx;
    },
    async call(session, name, input, log) {
      if (ctx) return callOpen(ctx, session, name, input, log);
      if (name === 'auth.status') return { ok: true, value: LOCKED_STATUS };
      if (name === 'auth.login') return unlock(session, input, log);
      return refuse({ code: 'UNAUTHENTICATED', message: '数据已加密，请登录以打开' });
    },
  };
}

import type { ApiError, ApiResult } from '../../electron/api/index.js';
import { dispatch } from '../../electron/services/dispatch.js';
import type { Installation } from '../../electron/services/installation.js';

/**
 * Calls operations of a test installation exactly as a transport would (through dispatch),
 * failing the test on an unexpected refusal or acceptance.
 */
export function contractOf(inst: Pick<Installation, 'ctx'>) {
  const call = (name: string, input: unknown): Promise<ApiResult<unknown>> =>
    dispatch(inst.ctx, name, input, (_op, err) => {
      throw err;
    });
  return {
    call,
    async ok<T>(name: string, input: unknown): Promise<T> {
      const r = await call(name, input);
      if (!r.ok) throw new Error(`${name} refused: ${r.error.message} (${r.error.field ?? ''})`);
      return r.value as T;
    },
    async refusal(name: string, input: unknown): Promise<ApiError> {
      const r = await call(name, input);
      if (r.ok) throw new Error(`${name} was accepted`);
      return r.error;
    },
  };
}

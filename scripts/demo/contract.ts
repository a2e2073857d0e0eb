import type { Input, OpName, Output } from '../../electron/api/index.js';
import type { ServiceContext } from '../../electron/services/context.js';
import { dispatch } from '../../electron/services/dispatch.js';

/** Every demo write goes through the contract, so demo data passes the same checks as typed data. */
export async function call<K extends OpName>(ctx: ServiceContext, name: K, input: Input<K>): Promise<Output<K>> {
  const r = await dispatch(ctx, name, input);
  if (!r.ok) throw new Error(`demo: ${name} refused: ${r.error.message} (${r.error.field ?? ''})`);
  return r.value as Output<K>;
}

/** The service context as it was on `day`: records get that entry date, as if typed then. */
export function on(ctx: ServiceContext, day: string): ServiceContext {
  return { ...ctx, clock: { nowMs: () => ctx.clock.nowMs(), today: () => day } };
}

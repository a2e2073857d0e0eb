import type { Kysely } from 'kysely';
import { findBranchPeer, findPeerRevocation, markPeerRevoked } from '../../../db/queries/syncPeers.js';
import type { Database } from '../../../db/schema.js';
import type { ServiceContext } from '../context.js';
import { invalid } from '../errors.js';
import { requireOrganization } from '../org/profile.js';
import { inTransaction } from '../tx.js';
import { refreshDirectory } from './directory.js';

/**
 * Office: stops a branch (dissolved, merged, or its PC lost). Its bundles are refused from now
 * on, none is exported to it, and the county directory drops it, all in one transaction.
 * Enrolling it again (重新登记) is the way back, with new keys.
 */
export async function revokeBranch(ctx: ServiceContext, code: string): Promise<{ code: string; name: string }> {
  const org = await requireOrganization(ctx);
  if (org.mode !== 'office') throw invalid([{ field: 'code', message: '只有上级党委才能停用支部' }]);
  return inTransaction(ctx, async (tx, stamp) => {
    const peer = await findBranchPeer(tx, code);
    if (!peer) throw invalid([{ field: 'code', message: `没有登记代码为 ${code} 的支部` }]);
    if (peer.revoked) throw invalid([{ field: 'code', message: `${peer.name}（${code}）已经停用` }]);
    await markPeerRevoked(tx, code);
    await refreshDirectory(tx, stamp);
    return { code: peer.code, name: peer.name };
  });
}

/** Nothing is exported to a stopped branch. */
export async function refuseRevoked(db: Kysely<Database>, peerCode: string): Promise<void> {
  const peer = await findPeerRevocation(db, peerCode);
  if (peer?.revoked)
    throw invalid([{ field: 'peer', message: `${peer.name}已停用，不能向其导出数据包（如需恢复，请重新登记该支部）` }]);
}

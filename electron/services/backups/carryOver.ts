import { latestHlc, raiseHlcSeen } from '../../../db/queries/changeLog.js';
import { raisePeerMarks, readPeerMarks, type PeerMarks } from '../../../db/queries/exchangeMarks.js';
import type { ServiceContext } from '../context.js';

/**
 * What a restore must not take back: the bundle numbers already sent to each peer and the latest
 * stamp ever written or seen. A peer refuses a bundle whose number it has imported, and keeps its
 * newer copy of a row over one stamped earlier, so an older copy put back as it was would have its
 * next bundle refused and its next edits lost at the office. The numbers RECEIVED go back with the
 * copy on purpose: the rows of the bundles imported since are not in it, and the same files must
 * import again.
 */
export interface ExchangeMarks {
  peers: PeerMarks[];
  hlc: string | undefined;
}

/** Read from the data about to be replaced (the same data the 恢复前 copy keeps). */
export async function readExchangeMarks(db: ServiceContext['db']): Promise<ExchangeMarks> {
  return { peers: await readPeerMarks(db), hlc: await latestHlc(db) };
}

/**
 * Applied to the restored data, in one transaction: each peer it knows keeps the higher number
 * sent, and the clock restarts past the latest stamp of either file.
 */
export async function carryOverExchangeMarks(ctx: ServiceContext, marks: ExchangeMarks): Promise<void> {
  await ctx.db.transaction().execute(async (tx) => {
    for (const peer of marks.peers) await raisePeerMarks(tx, peer);
    if (marks.hlc) await raiseHlcSeen(tx, marks.hlc);
  });
  if (marks.hlc) ctx.hlc.observe(marks.hlc);
}

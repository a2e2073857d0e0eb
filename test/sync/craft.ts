import { encodeBundle, openBody, readEnvelope, type HeaderFields } from '../../electron/sync/format.js';
import { ensureIdentity } from '../../electron/sync/identity.js';
import { publicKeys } from '../../electron/sync/keys.js';
import type { Change } from '../../electron/sync/rows.js';
import type { TestInstallation } from '../support/temp.js';

export interface Body {
  changes: Change[];
}

/**
 * What an enrolled peer can do: open a bundle it exported, change anything in it, and sign
 * it again with its own keys. The result is a correctly signed bundle, so only the importer's
 * own rules stand between it and the recipient's database.
 */
export async function reseal(
  bytes: Buffer,
  from: TestInstallation,
  to: TestInstallation,
  edit: (body: Body, header: HeaderFields) => void,
): Promise<Buffer> {
  const raw = readEnvelope(bytes);
  const recipient = await ensureIdentity(to.ctx.db);
  const body = openBody(raw, recipient.encSeed) as Body;
  const { sender, recipient: to_, seq, created, ack, enrol, full } = raw.header;
  const header: HeaderFields = { sender, recipient: to_, seq, created, ack, ...(enrol ? { enrol } : {}) };
  if (full) header.full = full;
  edit(body, header);
  const signer = await ensureIdentity(from.ctx.db);
  return encodeBundle(header, body, { senderSignSeed: signer.signSeed, recipientEnc: publicKeys(recipient).enc });
}

/** A copy of a row of `table` from the body, by a predicate, to build a crafted change from. */
export function rowOf(body: Body, table: string, pick: (row: Change['row']) => boolean = () => true): Change {
  const c = body.changes.find((x) => x.table === table && pick(x.row));
  if (!c) throw new Error(`no ${table} row in the bundle`);
  return structuredClone(c);
}

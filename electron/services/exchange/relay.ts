import type { Transaction } from 'kysely';
import { setMeta } from '../../../db/queries/localMeta.js';
import { findMember } from '../../../db/queries/members.js';
import {
  findOrganizationNameByCode,
  findOwnOrganization,
  listBranchOrganizationIds,
} from '../../../db/queries/organization.js';
import { findActiveBranchPeer } from '../../../db/queries/syncPeers.js';
import { findRelay, findRelayForTransfer } from '../../../db/queries/transferRelays.js';
import { findTransfer } from '../../../db/queries/transfers.js';
import { insertRecord, tombstoneRecord, type Stamper } from '../../../db/records.js';
import type { Database } from '../../../db/schema.js';
import { addAudience } from '../../sync/audience.js';
import type { Applied } from '../../sync/importer.js';
import { applyOfficeSteps } from '../development/officeSteps.js';
import { toInput } from '../members/mapping.js';
import { writeReceipt } from '../members/lifecycle.js';

type Tx = Transaction<Database>;

/** A 转出 to another enrolled branch becomes a relay row addressed to both ends. */
async function relayTransfer(tx: Tx, stamp: Stamper, from: Applied['peer'], transferId: string): Promise<void> {
  const t = await findTransfer(tx, transferId);
  if (!t || t.direction !== 'out' || !t.counterpart_code || t.counterpart_code === from.code) return;
  const to = await findActiveBranchPeer(tx, t.counterpart_code);
  if (!to) return;
  const done = await findRelayForTransfer(tx, t.id);
  if (done) return;
  const member = await findMember(tx, t.member_id);
  if (!member) return;
  // The receiving branch has its own 党小组 and posts; the rest of the roster line travels.
  const snapshot = { ...toInput(member), groupId: null, partyPost: '' };
  // The sender's full name as its own organisation row has it (the enrolment name is short).
  const org = await findOrganizationNameByCode(tx, from.code);
  const id = await insertRecord(tx, stamp, 'transfer_relay', {
    out_transfer_id: t.id,
    from_code: from.code,
    from_name: org?.name ?? from.name,
    to_code: to.code,
    member: JSON.stringify(snapshot),
    letter_no: t.letter_no,
    issued_on: t.issued_on,
    valid_days: t.valid_days,
    dues_paid_to: t.dues_paid_to,
    note: t.note,
    status: 'pending',
    answered_on: null,
    answer_note: '',
  });
  await addAudience(tx, 'transfer_relay', id, to.code);
  await addAudience(tx, 'transfer_relay', id, from.code);
}

/** The receiving branch accepted: the 回执 goes onto the sender's own 转出 row. */
async function relayReceipt(tx: Tx, stamp: Stamper, relayId: string): Promise<void> {
  const r = await findRelay(tx, relayId);
  if (!r || r.status !== 'accepted' || !r.answered_on) return;
  const t = await findTransfer(tx, r.out_transfer_id);
  if (!t || t.receipt_on) return;
  const eventId = await writeReceipt(tx, stamp, t, r.answered_on);
  await addAudience(tx, 'member_event', eventId, r.from_code);
}

/**
 * A reinstalled branch created its own organisation row at setup; the recovery bundle brings
 * back the original. The older one (with the history) stays this installation's own.
 */
async function adoptRestoredOrganization(tx: Tx, stamp: Stamper): Promise<void> {
  const own = await findOwnOrganization(tx);
  if (!own) return;
  const same = await listBranchOrganizationIds(tx, own.code);
  const [first, ...others] = same;
  if (!first || others.length === 0) return;
  await setMeta(tx, 'org_id', first.id);
  for (const o of others) await tombstoneRecord(tx, stamp, 'organization', o.id);
}

/**
 * Follow-ups to an imported bundle, in the import's own transaction. On an office: relay each
 * new 转出 between two of its branches, and send each 回执 back to the sender. On a branch:
 * after a recovery bundle, keep the original organisation row.
 */
export async function afterImport(tx: Tx, stamp: Stamper, applied: Applied): Promise<void> {
  if (applied.mode === 'branch') {
    if (applied.rows.some((r) => r.table === 'organization')) await adoptRestoredOrganization(tx, stamp);
    await applyOfficeSteps(tx, stamp, applied);
    return;
  }
  for (const row of applied.rows) {
    if (row.table === 'transfer') await relayTransfer(tx, stamp, applied.peer, row.id);
    if (row.table === 'transfer_relay') await relayReceipt(tx, stamp, row.id);
  }
}

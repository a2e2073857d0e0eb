import type { Transaction } from 'kysely';
import { localIsoDate } from '../../../db/clock.js';
import { rowAuthor } from '../../../db/queries/changeLog.js';
import {
  devSteps,
  devStepsAmong,
  findDevPerson,
  type DevPersonRow,
  type DevStepRow,
} from '../../../db/queries/development.js';
import { findMember, findMemberByIdNumber } from '../../../db/queries/members.js';
import { findGroup } from '../../../db/queries/partyGroup.js';
import { tombstoneRecord, updateRecord, type Stamper } from '../../../db/records.js';
import type { Database } from '../../../db/schema.js';
import { OFFICE_STEPS } from '../../api/approvals.js';
import type { Applied } from '../../sync/importer.js';
import { ServiceError } from '../errors.js';
import { checkMember, insertMember } from '../members/records.js';
import { probationEnds } from '../rules/development.js';
import { stepDates } from './mapping.js';
import { confirm, rosterEntry } from './steps.js';

type Tx = Transaction<Database>;

/**
 * The branch had recorded the same 备案/审批 itself before the office's record arrived: the
 * office's own record (its date and 文号) is the one kept. Rows that arrived in this bundle
 * are left alone, so a recovery bundle (every row at once) never removes anything.
 */
async function dropOwnCopies(tx: Tx, stamp: Stamper, row: DevStepRow, arrived: ReadonlySet<string>): Promise<void> {
  const same = (await devSteps(tx, [row.person_id])).filter(
    (s) => s.step === row.step && s.id !== row.id && !arrived.has(s.id),
  );
  // Only the branch's own copies: a row the office wrote is the office's to change, and the
  // office would refuse a bundle that tombstones it (electron/sync/ownership.ts).
  for (const s of same)
    if ((await rowAuthor(tx, 'dev_step', s.id)) === null) await tombstoneRecord(tx, stamp, 'dev_step', s.id);
}

/**
 * 审批 puts the person on the roster, as steps.ts does when the secretary records it — but
 * inside an import, where a refusal would turn the whole bundle away. So a roster line the
 * secretary already made (same ID number) is linked instead of duplicated, a 党小组 dissolved
 * meanwhile is left empty, and anything else the roster refuses is left to the secretary
 * (the person stays a 预备党员 in 发展党员, without a roster line).
 */
async function enrol(tx: Tx, stamp: Stamper, p: DevPersonRow, today: string): Promise<void> {
  if (p.member_id) return;
  const voteOn = stepDates(await devSteps(tx, [p.id])).congress_vote?.[0];
  if (!voteOn) return;
  const same = await findMemberByIdNumber(tx, p.id_number);
  if (same) {
    if (same.status === 'active') await updateRecord(tx, stamp, 'dev_person', p.id, { member_id: same.id });
    return;
  }
  const entry = rosterEntry(p, voteOn);
  const m = entry.groupId && !(await findGroup(tx, entry.groupId)) ? { ...entry, groupId: null } : entry;
  try {
    await checkMember(tx, m, today);
  } catch (err) {
    // checkMember only reads; nothing has been written for this person yet.
    if (err instanceof ServiceError) return;
    throw err;
  }
  const memberId = await insertMember(tx, stamp, m);
  await updateRecord(tx, stamp, 'dev_person', p.id, { member_id: memberId });
}

/** 转正审批 makes the roster member 正式党员 on the day the 预备期 ended, once. */
async function confirmMember(tx: Tx, stamp: Stamper, p: DevPersonRow): Promise<void> {
  if (!p.member_id) return;
  const member = await findMember(tx, p.member_id);
  if (!member || member.kind === 'formal') return;
  const ends = probationEnds(stepDates(await devSteps(tx, [p.id])), p.extended_months ?? 0);
  if (ends) await confirm(tx, stamp, p, ends);
}

/**
 * On a branch, after importing a bundle from the office (relay.ts afterImport, in the import's
 * transaction): the office's 备案/预审/审批 records leave the branch exactly as if the
 * secretary had entered them here — 审批 enrols the 预备党员, 转正审批 makes a 正式党员.
 * Every effect checks the current state first, so applying a row twice changes nothing.
 */
export async function applyOfficeSteps(tx: Tx, stamp: Stamper, applied: Applied): Promise<void> {
  const ids = applied.rows.filter((r) => r.table === 'dev_step').map((r) => r.id);
  if (ids.length === 0) return;
  // In date order: 审批 before 转正审批, should one bundle carry both.
  const arrived = await devStepsAmong(tx, ids, OFFICE_STEPS);
  if (arrived.length === 0) return;
  const today = localIsoDate(new Date(applied.now));
  const arrivedIds = new Set(ids);
  for (const row of arrived) {
    await dropOwnCopies(tx, stamp, row, arrivedIds);
    const p = await findDevPerson(tx, row.person_id);
    if (!p || p.cancelled_on) continue;
    if (row.step === 'approval') await enrol(tx, stamp, p, today);
    if (row.step === 'confirm_approval') await confirmMember(tx, stamp, (await findDevPerson(tx, p.id)) ?? p);
  }
}

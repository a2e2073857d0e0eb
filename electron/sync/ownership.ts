import { OFFICE_STEPS } from '../api/approvals.js';
import { TABLE_LABELS } from '../api/tables.js';
import type { RecordTable } from '../../db/schema.js';
import { BundleError } from './errors.js';
import type { WireRow } from './rows.js';

/**
 * Who may write which rows, declared once per table (docs/bundle-format.md, "Ownership").
 * A signature proves who sent a bundle, not that the sender may write what it carries: an
 * office takes from a branch only that branch's own records (and its answers to the office's
 * rows); a branch takes from its office only what an office writes for it.
 */
interface TableRule {
  /** A branch may create such a row about itself, and change the ones it created. */
  branchWrites: boolean | ((row: WireRow) => boolean);
  /** The office may create such a row for a branch, and change the ones it created. */
  officeWrites: boolean | ((row: WireRow) => boolean);
  /** The row names the branch it belongs to; it must be the sending (office side) or receiving (branch side) one. */
  belongsTo?: (row: WireRow, branch: string) => boolean;
  /** Columns of a row the other side created that this side may change: its answer or follow-up. */
  answer?: { by: 'branch' | 'office'; columns: readonly string[] };
}

const COUNTY_SETTINGS: readonly unknown[] = ['directory', 'county'];
const isNoticeFile = (row: WireRow) => row.owner_table === 'notice';

export const OWNERSHIP: Record<RecordTable, TableRule> = {
  organization: {
    branchWrites: (row) => row.mode === 'branch',
    officeWrites: false,
    belongsTo: (row, code) => row.code === code,
  },
  committee_member: { branchWrites: true, officeWrites: false },
  party_group: { branchWrites: true, officeWrites: false },
  member: { branchWrites: true, officeWrites: false },
  // The office writes one kind: the 回执 of a 转出 it relayed (electron/services/exchange/relay.ts).
  member_event: { branchWrites: true, officeWrites: (row) => row.kind === 'receipt' },
  // ...and puts its date on the sender's own 转出 row.
  transfer: { branchWrites: true, officeWrites: false, answer: { by: 'office', columns: ['receipt_on'] } },
  setting: {
    branchWrites: (row) => !COUNTY_SETTINGS.includes(row.key),
    officeWrites: (row) => COUNTY_SETTINGS.includes(row.key),
  },
  meeting: { branchWrites: true, officeWrites: false },
  meeting_attendance: { branchWrites: true, officeWrites: false },
  meeting_vote: { branchWrites: true, officeWrites: false },
  appraisal_grade: { branchWrites: true, officeWrites: false },
  rectification: { branchWrites: true, officeWrites: false },
  talk: { branchWrites: true, officeWrites: false },
  attachment: { branchWrites: (row) => !isNoticeFile(row), officeWrites: isNoticeFile },
  dues_basis: { branchWrites: true, officeWrites: false },
  dues_payment: { branchWrites: true, officeWrites: false },
  dues_remittance: { branchWrites: true, officeWrites: false },
  dev_person: { branchWrites: true, officeWrites: false },
  // A branch may record the office's 备案/审批 itself when its office does not use the app.
  dev_step: { branchWrites: true, officeWrites: (row) => (OFFICE_STEPS as readonly unknown[]).includes(row.step) },
  transfer_relay: {
    branchWrites: false,
    officeWrites: true,
    belongsTo: (row, code) => row.to_code === code || row.from_code === code,
    answer: { by: 'branch', columns: ['status', 'answered_on', 'answer_note'] },
  },
  notice: { branchWrites: false, officeWrites: true },
  notice_reply: { branchWrites: true, officeWrites: false, belongsTo: (row, code) => row.branch_code === code },
};

/** One incoming row version that would replace what this side has (or add to it). */
export interface Incoming {
  table: RecordTable;
  row: WireRow;
  /** This side's current version, or undefined for a new row. */
  local: WireRow | undefined;
  /** Who first wrote the row here: the peer's code, this installation (null), or undefined (new). */
  author: string | null | undefined;
}

export interface Direction {
  /** Which side imports. */
  receiver: 'branch' | 'office';
  /** The branch the rows belong to: the sender on an office, this branch on a branch. */
  branch: string;
  /** The peer that sent the bundle. */
  sender: string;
  /** A recovery bundle: an office may bring a branch its own records back. */
  recovery: boolean;
}

const allows = (w: boolean | ((row: WireRow) => boolean), row: WireRow) => (typeof w === 'boolean' ? w : w(row));

function onlyChanges(local: WireRow, row: WireRow, columns: readonly string[]): boolean {
  const free = new Set([...columns, 'updated_at']);
  return Object.keys(row).every((c) => free.has(c) || JSON.stringify(row[c]) === JSON.stringify(local[c]));
}

/** Whether the sender may write this version of the row. */
export function mayWrite(r: Incoming, d: Direction): boolean {
  const rule = OWNERSHIP[r.table];
  const belongs = !rule.belongsTo || rule.belongsTo(r.row, d.branch);
  const senderWrote = r.author === undefined || r.author === d.sender;
  const senderSide = d.receiver === 'office' ? 'branch' : 'office';
  const writes = senderSide === 'branch' ? rule.branchWrites : rule.officeWrites;
  if (senderWrote && allows(writes, r.row) && belongs) return true;
  // A recovery bundle brings a reinstalled branch's own records back from its office.
  if (d.recovery && d.receiver === 'branch' && allows(rule.branchWrites, r.row) && belongs) return true;
  const answer = rule.answer;
  return (
    answer !== undefined &&
    answer.by === senderSide &&
    r.local !== undefined &&
    belongs &&
    onlyChanges(r.local, r.row, answer.columns)
  );
}

export function refuseNotOwned(table: RecordTable, d: Direction): never {
  const label = TABLE_LABELS[table] ?? table;
  throw new BundleError(
    'NOT_OWNER',
    d.receiver === 'office'
      ? `数据包中有不属于该支部的记录（${label}），已拒绝整个数据包，没有做任何改动`
      : `数据包中有上级党委不应发来的记录（${label}），已拒绝整个数据包，没有做任何改动`,
  );
}

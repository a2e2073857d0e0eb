import type { Generated } from 'kysely';

/** Columns of the sync record convention, shared by every synced table. */
export interface RecordColumns {
  id: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface LocalMetaTable {
  key: string;
  value: string;
}

export interface ChangeLogTable {
  seq: Generated<number>;
  table_name: string;
  row_id: string;
  hlc: string;
  op: 'insert' | 'update' | 'delete';
  /** JSON array of the column names this write set. */
  columns: string;
  /** The peer whose bundle brought this write (NULL: written here); it is not sent back there. */
  source: Generated<string | null>;
}

/** A local login (0009-access); never synced. */
export interface AccountTable {
  id: string;
  name: string;
  role: 'admin' | 'clerk' | 'treasurer' | 'viewer';
  salt: string;
  password_hash: string;
  disabled: number;
  failed_attempts: number;
  retry_at_ms: number;
  created_at: string;
  updated_at: string;
}

/** One entry of 操作记录 (append-only: triggers refuse UPDATE and DELETE). */
export interface AuditLogTable {
  seq: Generated<number>;
  /** ISO timestamp (UTC). */
  at: string;
  user_id: string | null;
  user_name: string;
  action: string;
  table_name: string | null;
  row_id: string | null;
  /** JSON object: column → [before, after]. */
  changes: string;
  note: string;
}

export interface OrganizationTable extends RecordColumns {
  mode: 'branch' | 'office';
  name: string;
  code: string;
  parent_name: string;
  org_type: string;
  founded_on: string | null;
  term_started_on: string | null;
  contact_name: string;
  contact_phone: string;
}

export interface CommitteeMemberTable extends RecordColumns {
  /** The roster member holding the seat, when linked. */
  member_id: string | null;
  position: string;
  name: string;
  duty: string;
  started_on: string | null;
  /** The day the term ended (its successor's first day); null while it is held. */
  ended_on: string | null;
  sort_order: number;
}

export interface PartyGroupTable extends RecordColumns {
  name: string;
  leader_name: string;
  /** 任职时间 of the current 党小组长. */
  leader_since: string | null;
  sort_order: number;
  established_on: string | null;
  /** A dissolved group keeps its row so past periods still show it. */
  dissolved_on: string | null;
}

export interface MemberTable extends RecordColumns {
  name: string;
  gender: 'male' | 'female';
  ethnicity: string;
  id_number: string;
  birth_date: string;
  native_place: string;
  education: string;
  degree: string;
  occupation: string;
  work_unit: string;
  phone: string;
  address: string;
  joined_on: string;
  confirmed_on: string | null;
  kind: 'formal' | 'probationary';
  group_id: string | null;
  party_post: string;
  status: 'active' | 'transferred_out' | 'left' | 'deceased' | 'suspended';
  status_since: string | null;
  probation_extended_months: number | null;
  is_mobile: number;
  mobile_since: string | null;
  mobile_destination: string;
  mobile_reason: string;
  mobile_org: string;
  mobile_card: string;
  mobile_contact: string;
  mobile_dues: string;
  lost_contact: number;
  lost_since: string | null;
  hardship: number;
  hardship_since: string | null;
  hardship_note: string;
  remarks: string;
  /** Pinyin initials and full pinyin of the name, for instant search (derived on write). */
  search_key: string;
}

export interface MemberEventTable extends RecordColumns {
  member_id: string;
  kind: string;
  event_date: string;
  /** JSON object of the event's own fields. */
  details: string;
  note: string;
}

export interface TransferTable extends RecordColumns {
  member_id: string;
  direction: 'in' | 'out';
  letter_no: string;
  counterpart_org: string;
  issued_on: string;
  valid_days: number;
  /** 党费交至 YYYY-MM. */
  dues_paid_to: string;
  receipt_on: string | null;
  handler: string;
  note: string;
  /** The receiving branch's code when it is in the same county (the office relays it). */
  counterpart_code: string | null;
}

export interface TransferRelayTable extends RecordColumns {
  out_transfer_id: string;
  from_code: string;
  from_name: string;
  to_code: string;
  /** JSON: the member's roster fields as the sending branch had them. */
  member: string;
  letter_no: string;
  issued_on: string;
  valid_days: number;
  dues_paid_to: string;
  note: string;
  status: 'pending' | 'accepted' | 'declined';
  answered_on: string | null;
  answer_note: string;
}

export interface NoticeTable extends RecordColumns {
  title: string;
  body: string;
  issued_on: string;
  due_on: string | null;
  issuer: string;
  /** '*' for every branch, else a JSON array of branch codes. */
  recipients: string;
}

export interface NoticeReplyTable extends RecordColumns {
  notice_id: string;
  branch_code: string;
  read_on: string | null;
  done_on: string | null;
  note: string;
}

export interface SettingTable extends RecordColumns {
  key: string;
  /** JSON. */
  value: string;
}

export interface MeetingTable extends RecordColumns {
  kind: string;
  /** JSON array of further activity kinds this one meeting also counts as. */
  also_counts_as: string;
  group_id: string | null;
  title: string;
  held_on: string;
  start_time: string;
  end_time: string;
  place: string;
  host: string;
  recorder: string;
  guests: string;
  superiors: string;
  /** JSON array of 议题. */
  agenda: string;
  minutes: string;
  decisions: string;
  lecturer: string;
  lecture_title: string;
  lecture_hours: number | null;
  /** JSON array of 主题党日 activity forms. */
  activities: string;
  /** The day the record was entered (补录 when long after held_on). */
  recorded_on: string;
}

export interface MeetingAttendanceTable extends RecordColumns {
  meeting_id: string;
  member_id: string;
  status: 'present' | 'leave' | 'absent';
  reason: string;
  /** 1 when the member had a vote that day (正式党员). */
  voting: number;
}

export interface MeetingVoteTable extends RecordColumns {
  meeting_id: string;
  motion: string;
  yes: number;
  no: number;
  abstain: number;
  sort_order: number;
}

export interface AppraisalGradeTable extends RecordColumns {
  meeting_id: string;
  member_id: string;
  grade: string;
  ballots_issued: number | null;
  ballots_returned: number | null;
  votes_excellent: number | null;
  votes_qualified: number | null;
  votes_basic: number | null;
  votes_unqualified: number | null;
  disposition: string;
  note: string;
}

export interface RectificationTable extends RecordColumns {
  meeting_id: string;
  problem: string;
  measure: string;
  owner: string;
  due_on: string | null;
  done_on: string | null;
  progress: string;
  sort_order: number;
}

export interface TalkTable extends RecordColumns {
  held_on: string;
  talker: string;
  talker_post: string;
  member_id: string | null;
  talkee: string;
  talkee_post: string;
  place: string;
  talk_type: string;
  topic: string;
  content: string;
  feedback: string;
  follow_up: string;
  recorded_on: string;
}

export interface AttachmentTable extends RecordColumns {
  owner_table: string;
  owner_id: string;
  file_name: string;
  mime: string;
  size: number;
  data: Uint8Array;
}

export interface DuesBasisTable extends RecordColumns {
  member_id: string;
  /** YYYY-MM. */
  effective_from: string;
  category: string;
  base_fen: number | null;
  fixed_fen: number | null;
  rate_bp: number | null;
  computed_fen: number;
  reduction: 'none' | 'reduced' | 'exempt';
  reduced_fen: number | null;
  decision_on: string | null;
  approval_ref: string;
  note: string;
}

export interface DuesPaymentTable extends RecordColumns {
  member_id: string;
  kind: 'regular' | 'voluntary' | 'correction';
  from_month: string;
  to_month: string;
  amount_fen: number;
  paid_on: string;
  handler: string;
  receipt_no: string;
  method: string;
  note: string;
  corrects_id: string | null;
  /** A single voluntary payment of 1000 元 or more goes entirely upward. */
  full_remit: number;
}

export interface DuesRemittanceTable extends RecordColumns {
  period_label: string;
  from_month: string;
  to_month: string;
  members_count: number;
  amount_fen: number;
  remitted_on: string;
  method: string;
  receipt_no: string;
  handler: string;
  receiver: string;
  note: string;
}

export interface DevPersonTable extends RecordColumns {
  name: string;
  gender: 'male' | 'female';
  ethnicity: string;
  id_number: string;
  birth_date: string;
  education: string;
  occupation: string;
  work_unit: string;
  phone: string;
  address: string;
  group_id: string | null;
  note: string;
  /** The roster member created at 审批. */
  member_id: string | null;
  cancelled_on: string | null;
  extended_months: number | null;
}

export interface DevStepTable extends RecordColumns {
  person_id: string;
  step: string;
  done_on: string;
  /** JSON of the step's own fields. */
  details: string;
}

export interface SyncPeerTable {
  code: string;
  role: 'office' | 'branch';
  name: string;
  sign_pub: string | null;
  enc_pub: string | null;
  secret: string;
  enrolled_at: string;
  last_seq_sent: number;
  last_seq_received: number;
  peer_acked: number;
  revoked: number;
}

export interface SyncOutboxTable {
  id: Generated<number>;
  peer_code: string;
  seq: number;
  created: string;
  change_cursor: number;
  rows: number;
}

export interface SyncInboxTable {
  id: Generated<number>;
  peer_code: string;
  seq: number;
  imported_at: string;
  rows: number;
  applied: number;
  conflicts: number;
}

export interface SyncAudienceTable {
  table_name: string;
  row_id: string;
  peer_code: string;
  /** 1: this peer first wrote the row here (its author); 0: the row is only addressed to it. */
  origin: Generated<number>;
}

export interface SyncConflictTable {
  id: Generated<number>;
  peer_code: string;
  table_name: string;
  row_id: string;
  kept_hlc: string;
  lost_hlc: string;
  lost_values: string;
  created: string;
  resolved: number;
}

/** The one source of table types for Kysely. */
export interface Database {
  local_meta: LocalMetaTable;
  change_log: ChangeLogTable;
  organization: OrganizationTable;
  committee_member: CommitteeMemberTable;
  party_group: PartyGroupTable;
  member: MemberTable;
  member_event: MemberEventTable;
  transfer: TransferTable;
  setting: SettingTable;
  meeting: MeetingTable;
  meeting_attendance: MeetingAttendanceTable;
  meeting_vote: MeetingVoteTable;
  appraisal_grade: AppraisalGradeTable;
  rectification: RectificationTable;
  talk: TalkTable;
  attachment: AttachmentTable;
  dues_basis: DuesBasisTable;
  dues_payment: DuesPaymentTable;
  dues_remittance: DuesRemittanceTable;
  dev_person: DevPersonTable;
  dev_step: DevStepTable;
  transfer_relay: TransferRelayTable;
  notice: NoticeTable;
  notice_reply: NoticeReplyTable;
  sync_peer: SyncPeerTable;
  sync_outbox: SyncOutboxTable;
  sync_inbox: SyncInboxTable;
  sync_conflict: SyncConflictTable;
  sync_audience: SyncAudienceTable;
  account: AccountTable;
  audit_log: AuditLogTable;
}

/** Tables that follow the sync record convention (everything but bookkeeping). */
export type RecordTable = Exclude<
  keyof Database,
  | 'local_meta'
  | 'change_log'
  | 'sync_peer'
  | 'sync_outbox'
  | 'sync_inbox'
  | 'sync_conflict'
  | 'sync_audience'
  | 'account'
  | 'audit_log'
>;

export const RECORD_TABLES: readonly RecordTable[] = [
  'organization',
  'committee_member',
  'party_group',
  'member',
  'member_event',
  'transfer',
  'setting',
  'meeting',
  'meeting_attendance',
  'meeting_vote',
  'appraisal_grade',
  'rectification',
  'talk',
  'attachment',
  'dues_basis',
  'dues_payment',
  'dues_remittance',
  'dev_person',
  'dev_step',
  'transfer_relay',
  'notice',
  'notice_reply',
];

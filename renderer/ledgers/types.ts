import type { LedgerId } from '../../electron/api/ledgers.js';
import type { MeetingDetail } from '../../electron/api/meetings.js';
import type { Gender, MemberKind, MemberStatus } from '../../electron/api/memberOptions.js';
import type { OrgOverview } from '../../electron/api/org.js';
import type { Talk } from '../../electron/api/talks.js';
import type { ColumnOverrides } from './columns.js';
import type {
  DevelopmentLedgerData,
  DevelopmentListsLedgerData,
  DevelopmentRecordLedgerData,
} from './development/types.js';
import type { DuesBasisLedgerData, DuesLedgerData, DuesNoticeLedgerData, DuesRemitLedgerData } from './dues/types.js';
import type { Orientation } from './printStyles.js';

/** 党员情况 on the 党支部基本情况登记表, counted from the roster; a missing count prints `—`. */
export interface BranchCounts {
  total: number;
  formal: number;
  probationary: number;
  female: number;
  minority: number;
  age35OrUnder: number;
  age61OrOver: number;
  collegeOrAbove: number;
  outgoing: number;
  applicants: number;
  activists: number;
  candidates: number;
}

/** What the roster knows about a committee member; each missing fact prints `—`. */
export interface CommitteeFacts {
  gender?: string | null;
  ethnicity?: string | null;
  /** ISO date (or `YYYY-MM`), printed as 出生年月 `1970.05`. */
  birthDate?: string | null;
  education?: string | null;
  /** ISO date the member joined the Party. */
  joinedOn?: string | null;
}

export interface BranchLedgerData {
  ledger: 'branch';
  year: number;
  /** ISO date of printing (填报日期). */
  printedOn: string;
  overview: OrgOverview;
  /** Filled once the member roster exists. */
  counts?: Partial<BranchCounts>;
  /** Members per 党小组, by group id. */
  groupSizes?: Record<string, number>;
  /** Groups of a past year's copy whose 组长 then is not recorded (the current one took over later). */
  leaderUnknown?: string[];
  /** Roster facts per committee member, by committee member id. */
  committeeFacts?: Record<string, CommitteeFacts>;
  /** The user's column settings for this ledger, by table key (see LEDGER_TABLES). */
  columns?: ColumnOverrides;
}

/** One current member on the 党员花名册; the ledger formats and labels every field. */
export interface RosterEntry {
  id: string;
  name: string;
  gender: Gender;
  ethnicity: string;
  idNumber: string;
  nativePlace: string;
  /** ISO date. */
  birthDate: string;
  age: number;
  education: string;
  joinedOn: string;
  confirmedOn: string | null;
  kind: MemberKind;
  /** 人员类别. */
  occupation: string;
  workUnit: string;
  phone: string;
  groupName: string;
  partyPost: string;
  /** Where the member is away to, while registered as 外出流动. */
  mobileDestination: string | null;
  lostContact: boolean;
  hardship: boolean;
  remarks: string;
}

export interface RosterLedgerData {
  ledger: 'roster';
  /** ISO date of printing: the roster is as of this day (截至). */
  printedOn: string;
  orgName: string;
  /** Already in print order: by 党小组, then 入党时间. */
  entries: RosterEntry[];
  columns?: ColumnOverrides;
}

/** One 介绍信 on the 党员组织关系转接登记表. */
export interface TransferEntry {
  id: string;
  direction: 'in' | 'out';
  name: string;
  gender: Gender | null;
  idNumber: string;
  /** 正式/预备 on the day the letter was issued; null when the member is unknown. */
  kind: MemberKind | null;
  letterNo: string;
  counterpartOrg: string;
  /** 党费交至, `YYYY-MM` or empty. */
  duesPaidTo: string;
  validDays: number;
  /** ISO date the branch handled the transfer (转出 / 转入 recorded). */
  handledOn: string;
  receiptOn: string | null;
  handler: string;
  note: string;
  /** An out-letter still without 回执 more than 3 months after issue. */
  overdue: boolean;
}

export interface TransfersLedgerData {
  ledger: 'transfers';
  year: number;
  printedOn: string;
  orgName: string;
  /** Letters issued in the year, oldest first. */
  entries: TransferEntry[];
  columns?: ColumnOverrides;
}

/** One period away of one member on the 流动党员登记表 (a member away twice has two rows). */
export interface MobileEntry {
  /** Unique per period, e.g. the mobile_start event's id. */
  key: string;
  name: string;
  gender: Gender | null;
  birthDate: string | null;
  joinedOn: string | null;
  /** ISO date the member left (外出时间); null when never recorded. */
  since: string | null;
  destination: string;
  reason: string;
  org: string;
  card: string;
  /** Contact while away, else the member's own phone. */
  contact: string;
  dues: string;
  /** ISO date of return (返回时间); null while still away. */
  returnedOn: string | null;
  /** The note recorded with the return. */
  returnNote: string;
  /** The member left the branch while away (转出, 出党, 去世), which ended the period. */
  endedBy: { status: MemberStatus; on: string | null } | null;
}

export interface MobileLedgerData {
  ledger: 'mobile';
  year: number;
  printedOn: string;
  orgName: string;
  /** Periods overlapping the year, by date of leaving. */
  entries: MobileEntry[];
  columns?: ColumnOverrides;
}

/** What every yearly ledger of organisational life starts from. */
interface YearLedgerBase {
  year: number;
  /** ISO date of printing (填报日期). */
  printedOn: string;
  orgName: string;
  columns?: ColumnOverrides;
}

export interface MeetingsLedgerData extends YearLedgerBase {
  ledger: 'meetings';
  /** Every meeting and activity of the year as recorded, oldest first. */
  meetings: MeetingDetail[];
  /** 组长 of each 党小组, by group id: a 党小组会 record names its leader. */
  groupLeaders: Record<string, string>;
}

export interface OrgLifeLedgerData extends YearLedgerBase {
  ledger: 'org-life';
  /** Details, not summaries: the register prints the 主持人. Oldest first. */
  meetings: MeetingDetail[];
}

export interface AppraisalLedgerData extends YearLedgerBase {
  ledger: 'appraisal';
  /** The year's 民主评议党员 meetings with their grades, oldest first. */
  appraisals: MeetingDetail[];
  /** Names on the blank ballot: those graded at the latest appraisal, else the current roster. */
  ballotNames: string[];
}

export interface TalksLedgerData extends YearLedgerBase {
  ledger: 'talks';
  /** Oldest first. */
  talks: Talk[];
}

/** The data each ledger prints, gathered by the main process (or the CLI) from the database. */
export type LedgerData =
  | BranchLedgerData
  | RosterLedgerData
  | TransfersLedgerData
  | MobileLedgerData
  | MeetingsLedgerData
  | OrgLifeLedgerData
  | AppraisalLedgerData
  | TalksLedgerData
  | DuesLedgerData
  | DuesBasisLedgerData
  | DuesNoticeLedgerData
  | DuesRemitLedgerData
  | DevelopmentLedgerData
  | DevelopmentRecordLedgerData
  | DevelopmentListsLedgerData;

/** A ledger rendered to a complete, self-contained HTML document ready for printing. */
export interface LedgerDocument {
  id: LedgerId;
  title: string;
  fileName: string;
  orientation: Orientation;
  /** Printed at the top of every page: organisation name left, year right. */
  headerLeft: string;
  headerRight: string;
  html: string;
}

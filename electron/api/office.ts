import { z } from 'zod';
import { op } from './define.js';
import { isoDate, year } from './fields.js';
import type { ExcelFile } from './memberImport.js';
import type { ActivityKind } from './meetingOptions.js';
import type { Fen } from './money.js';
import type { TermInfo } from './org.js';

/** Completion of one required activity over a branch's year (党小组会: all groups together). */
export interface ActivityCompletion {
  kind: ActivityKind;
  /** Periods owed up to the day (ended or running). */
  required: number;
  done: number;
  overdue: number;
}

/** What the office's 总览 shows of one branch, computed by the branch's own rules. */
export interface BranchStatus {
  /** The day it was computed for; every light is judged as of this day. */
  asOf: string;
  year: number;
  orgLife: {
    /** Periods with no meeting that ended this quarter / this year. */
    overdueQuarter: number;
    overdueYear: number;
    activities: ActivityCompletion[];
    /** The same counts per quarter (a period belongs to the quarter it ends in). */
    quarters: { required: number; done: number; overdue: number }[];
    talksRequired: number;
    talksDone: number;
    lateRecords: number;
  };
  dues: {
    /** Members 3–5 / ≥6 consecutive months behind. */
    warning: number;
    serious: number;
    due: Fen;
    collected: Fen;
    remitted: Fen;
    /** Collected and not yet remitted, ever. */
    unremitted: Fen;
  };
  development: {
    applicants: number;
    activists: number;
    candidates: number;
    probationary: number;
    breaches: number;
    upcoming: number;
  };
  term: TermInfo;
}

export interface OfficeBranchRow {
  code: string;
  /** The organisation name the branch gave itself (or the enrolment name before any bundle). */
  name: string;
  revoked: boolean;
  /** Day the last bundle from it was imported; null: none yet. */
  lastBundleOn: string | null;
  daysSinceBundle: number | null;
  bundles: number;
  members: number;
  /** Null until its first bundle is in, or while it is being computed for today. */
  status: BranchStatus | null;
}

export interface OfficeBranches {
  today: string;
  rows: OfficeBranchRow[];
  /** Branches whose status still has to be computed for today (office.refresh). */
  stale: number;
}

export interface CountItem {
  label: string;
  count: number;
}

/** One breakdown of the members (by 性别, by 学历, …), labels in the 党内统计 order. */
export interface Breakdown {
  key: string;
  title: string;
  items: CountItem[];
}

export interface BranchStructure {
  code: string;
  name: string;
  total: number;
  formal: number;
  probationary: number;
  female: number;
  minority: number;
  age35: number;
  age61: number;
  college: number;
  mobile: number;
  newMembers: number;
  confirmed: number;
  applicants: number;
  activists: number;
  candidates: number;
}

/** 党员队伍结构 over the chosen branches, as of a day; `year` names the 发展/转正 year. */
export interface StructureStats {
  asOf: string;
  year: number;
  branches: number;
  total: BranchStructure;
  breakdowns: Breakdown[];
  perBranch: BranchStructure[];
}

/** A branch's status on the 统计 page's day (null: nothing received from it by then). */
export type BranchStatusRow = Pick<OfficeBranchRow, 'code' | 'name' | 'status'>;

/** 统计's 三会一课 and 党费 figures: every chosen branch's status as of the day. */
export interface OfficeStatuses {
  /** The day the figures stand on: the chosen day, at most the year's end and today. */
  asOf: string;
  year: number;
  rows: BranchStatusRow[];
}

const codes = z.array(z.string().min(1).max(32)).max(5000);

const statsInput = z.object({
  asOf: isoDate('统计截止日期'),
  year: year(),
  branches: codes.nullable().default(null),
});

export const officeOps = {
  'office.branches': op<OfficeBranches>()({
    summary: '上级党委总览：每个支部的数据包、人数和各项状态',
    role: 'viewer',
    input: z.object({}),
    errors: ['NOT_SET_UP', 'FORBIDDEN'],
  }),
  'office.refresh': op<{ remaining: number }>()({
    summary: '上级党委总览：按各支部自己的规则计算今天的状态（每次若干个）',
    role: 'viewer',
    input: z.object({ limit: z.number().int().min(1).max(1000).default(50) }),
    errors: ['NOT_SET_UP', 'FORBIDDEN'],
  }),
  'office.structure': op<StructureStats>()({
    summary: '党员队伍结构统计（全部支部或所选支部，截至某日）',
    role: 'viewer',
    input: statsInput,
    errors: ['NOT_SET_UP', 'FORBIDDEN'],
  }),
  'office.statuses': op<OfficeStatuses>()({
    summary: '各支部组织生活和党费情况（全部支部或所选支部，截至某日）',
    role: 'viewer',
    input: statsInput,
    errors: ['NOT_SET_UP', 'FORBIDDEN'],
  }),
  'office.statsExport': op<ExcelFile>()({
    summary: '统计表导出为 Excel（结构、各项分类、组织生活、党费，每表一页）',
    role: 'viewer',
    input: statsInput,
    errors: ['NOT_SET_UP', 'FORBIDDEN'],
  }),
} as const;

/**
 * What the office may ask of one branch's records through `office.view`: reads only. The
 * office sees each branch exactly as the branch entered it, and never writes to it.
 */
export const BRANCH_VIEW_OPS = [
  'org.get',
  'org.overview',
  'members.list',
  'members.get',
  'members.export',
  'transfers.list',
  'transfers.incoming',
  'meetings.list',
  'meetings.get',
  'talks.list',
  'compliance.year',
  'compliance.participation',
  'attachments.get',
  'settings.get',
  'dues.bases',
  'dues.payments',
  'dues.year',
  'dues.arrears',
  'dues.export',
  'dues.remittances',
  'dev.list',
  'dev.dashboard',
  'dev.get',
  'ledger.render',
  'ledger.pdf',
  'ledger.columns',
] as const;
export type BranchViewOp = (typeof BRANCH_VIEW_OPS)[number];

/**
 * The operations an office runs on its own records. On an office installation every other
 * operation that writes is refused at the boundary (services/dispatch.ts): a branch's records
 * are changed only by the branch, and reach the office in its bundles.
 */
export const OFFICE_WRITE_OPS: readonly string[] = [
  'org.setup',
  'org.update',
  'approvals.record',
  'county.save',
  'notices.save',
  'notices.remove',
  'notices.addFile',
  'notices.removeFile',
  'ledger.saveColumns',
  'ledger.resetColumns',
  'backups.list',
  'backups.create',
  'backups.restore',
  'backups.setSecondFolder',
];

/** The office's printed reports (`zhibu print office-…`). */
export const OFFICE_REPORTS = [
  'office-summary',
  'office-structure',
  'office-activity',
  'office-dues',
  'office-development',
] as const;
export type OfficeReportId = (typeof OFFICE_REPORTS)[number];
export const OFFICE_REPORT_TITLES: Record<OfficeReportId, string> = {
  'office-summary': '基层党组织情况汇总表',
  'office-structure': '党员队伍结构统计表',
  'office-activity': '组织生活落实情况通报表',
  'office-dues': '党费收缴汇总表',
  'office-development': '发展党员情况汇总表',
};

const reportInput = z.object({ report: z.enum(OFFICE_REPORTS), year: year() });

export const officeReportOps = {
  'office.report': op<{ title: string; html: string }>()({
    summary: '上级党委报表的打印预览',
    role: 'viewer',
    input: reportInput,
    errors: ['NOT_SET_UP', 'FORBIDDEN'],
  }),
  'office.reportPdf': op<ExcelFile>()({
    summary: '上级党委报表保存为 PDF',
    role: 'viewer',
    input: reportInput,
    errors: ['NOT_SET_UP', 'FORBIDDEN', 'PRINT_UNAVAILABLE'],
  }),
} as const;

export const officeViewOps = {
  'office.view': op<unknown>()({
    summary: '上级党委只读查看一个支部的记录（花名册、组织生活、党费、发展党员、台账）',
    role: 'viewer',
    input: z.object({
      code: z.string().min(1).max(32),
      op: z.enum(BRANCH_VIEW_OPS),
      input: z.unknown(),
    }),
    errors: ['NOT_SET_UP', 'FORBIDDEN', 'NOT_FOUND'],
  }),
} as const;

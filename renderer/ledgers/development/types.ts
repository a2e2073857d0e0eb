import type { DevDetail } from '../../../electron/api/development.js';
import type { ColumnOverrides } from '../columns.js';

/** What the three 发展党员 ledgers start from. */
interface DevLedgerBase {
  year: number;
  /** ISO date of printing (填报日期). */
  printedOn: string;
  orgName: string;
  /** 党小组 names by id: the 纪实表 names the group a 预备党员 was placed in. */
  groupNames: Record<string, string>;
  columns?: ColumnOverrides;
}

/** 发展党员工作台账: everyone in the pipeline at some time in the year, by date of application. */
export interface DevelopmentLedgerData extends DevLedgerBase {
  ledger: 'development';
  /** As they stood at the end of the year (or today, while it runs). */
  people: DevDetail[];
}

/** 发展党员全程纪实表: each person's whole record to date, five pages each. */
export interface DevelopmentRecordLedgerData extends DevLedgerBase {
  ledger: 'development-record';
  people: DevDetail[];
  /** One person's record was asked for: the file and page header name them instead of the year. */
  single: boolean;
}

/** 入党积极分子花名册 and 发展对象名册: who was in each stage on `asOf`. */
export interface DevelopmentListsLedgerData extends DevLedgerBase {
  ledger: 'development-lists';
  /** ISO date the lists are taken on (截至): the year's last day, or today while it runs. */
  asOf: string;
  activists: DevDetail[];
  candidates: DevDetail[];
}

import type { BasisRow, DuesLedgerRow, DuesRemittance, DuesYear } from '../../../electron/api/dues.js';
import type { Reduction } from '../../../electron/api/duesOptions.js';
import type { Fen } from '../../../electron/api/money.js';
import type { ColumnOverrides } from '../columns.js';

/** What every yearly 党费 ledger starts from. */
interface DuesLedgerBase {
  year: number;
  /** ISO date of printing (填报日期). */
  printedOn: string;
  orgName: string;
  columns?: ColumnOverrides;
}

/** One member's year of 党费 with what its 备注 needs beyond the collection row. */
export interface DuesEntry extends DuesLedgerRow {
  /** The 减免 of the basis the row's 月应交 comes from. */
  reduction: Reduction;
  /** Months already ended that are not paid in full (欠交 N 个月). */
  owedMonths: number;
}

/** What the branch still holds (all collected less all remitted), as of a day. */
export interface DuesBalance {
  fen: Fen;
  /** ISO date: the year's last day, or the printing day while the year runs. */
  asOf: string;
}

/** The year's money as received and passed upward. */
export type DuesTotals = Pick<DuesYear, 'collected' | 'voluntary' | 'fullRemitDue' | 'remitted' | 'carriedIn'>;

/** 党费收缴登记表: one row per member of the branch during the year. */
export interface DuesLedgerData extends DuesLedgerBase {
  ledger: 'dues';
  entries: DuesEntry[];
  /** Per month of the year: total due and paid. */
  monthTotals: DuesYear['monthTotals'];
}

/** 党费核定表: the year's basis of each member on the roster. */
export interface DuesBasisLedgerData extends DuesLedgerBase {
  ledger: 'dues-basis';
  /** `current` is the basis set within the year, `previous` the one carried over (沿用上年). */
  rows: BasisRow[];
}

/** 党费收缴情况公示, posted for the members to check. */
export interface DuesNoticeLedgerData extends DuesLedgerBase {
  ledger: 'dues-notice';
  entries: DuesEntry[];
  totals: DuesTotals;
  balance: DuesBalance;
  /** The branch's contact phone (监督电话); empty leaves room to write it in. */
  phone: string;
}

/** 党费上缴登记表: the year's remittances to the upper organisation. */
export interface DuesRemitLedgerData extends DuesLedgerBase {
  ledger: 'dues-remit';
  /** Remitted within the year, oldest first. */
  remittances: DuesRemittance[];
  totals: DuesTotals;
  balance: DuesBalance;
}

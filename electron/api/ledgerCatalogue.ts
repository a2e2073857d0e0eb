// Plain data, no zod: `zhibu --help` lists the ledgers without loading the contract's schemas.
/** Printable ledgers. Later issues add theirs here; the UI lists what this holds. */
export const LEDGERS = [
  'branch',
  'roster',
  'transfers',
  'mobile',
  'meetings',
  'org-life',
  'appraisal',
  'talks',
  'dues',
  'dues-basis',
  'dues-notice',
  'dues-remit',
  'development',
  'development-record',
  'development-lists',
] as const;
export type LedgerId = (typeof LEDGERS)[number];

export interface LedgerInfo {
  id: LedgerId;
  title: string;
  orientation: 'portrait' | 'landscape';
  /** Whether the ledger is per year (a year must be chosen). */
  yearly: boolean;
}

export const LEDGER_CATALOGUE: readonly LedgerInfo[] = [
  { id: 'branch', title: '党支部基本情况登记表', orientation: 'portrait', yearly: false },
  { id: 'roster', title: '党员花名册', orientation: 'landscape', yearly: false },
  { id: 'transfers', title: '党员组织关系转接登记表', orientation: 'landscape', yearly: true },
  { id: 'mobile', title: '流动党员登记表', orientation: 'landscape', yearly: true },
  { id: 'meetings', title: '三会一课记录', orientation: 'portrait', yearly: true },
  { id: 'org-life', title: '组织生活台账', orientation: 'landscape', yearly: true },
  { id: 'appraisal', title: '民主评议党员结果表', orientation: 'portrait', yearly: true },
  { id: 'talks', title: '谈心谈话记录表', orientation: 'portrait', yearly: true },
  { id: 'dues', title: '党费收缴登记表', orientation: 'landscape', yearly: true },
  { id: 'dues-basis', title: '党费核定表', orientation: 'landscape', yearly: true },
  { id: 'dues-notice', title: '党费收缴公示', orientation: 'portrait', yearly: true },
  { id: 'dues-remit', title: '党费上缴登记表', orientation: 'landscape', yearly: true },
  { id: 'development', title: '发展党员工作台账', orientation: 'landscape', yearly: true },
  { id: 'development-record', title: '发展党员全程纪实表', orientation: 'portrait', yearly: true },
  { id: 'development-lists', title: '入党积极分子和发展对象名册', orientation: 'landscape', yearly: true },
];

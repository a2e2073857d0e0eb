import { z } from 'zod';
import { op } from './define.js';
import { oneOf, recordId, year } from './fields.js';

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

/** Shown wherever a PDF is asked for and no browser engine can print it. */
export const NO_BROWSER_MESSAGE =
  '未找到可用于生成 PDF 的浏览器（Chromium、Chrome 或 Edge）。请安装其中之一，或设置环境变量 ZHIBU_BROWSER=浏览器程序路径';

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

export interface RenderedLedger {
  title: string;
  /** A complete HTML document with the print stylesheet inlined. */
  html: string;
}

export interface LedgerPdf {
  fileName: string;
  /** PDF bytes, base64 (both transports carry JSON). */
  base64: string;
}

const ledgerInput = z.object({
  ledger: oneOf('台账', LEDGERS),
  year: year().optional(),
  /** 发展党员全程纪实表: print this person's record only (a dev_person id); else everyone's of the year. */
  person: recordId('发展对象').optional(),
});

export const ledgerOps = {
  'ledger.render': op<RenderedLedger>()({
    summary: '生成台账的打印预览',
    role: 'viewer',
    input: ledgerInput,
    errors: ['NOT_SET_UP', 'NOT_FOUND'],
  }),
  'ledger.pdf': op<LedgerPdf>()({
    summary: '把台账保存为 PDF',
    role: 'viewer',
    input: ledgerInput,
    errors: ['NOT_SET_UP', 'NOT_FOUND', 'PRINT_UNAVAILABLE'],
  }),
};

import { z } from 'zod';
import { op } from './define.js';
import { oneOf, recordId, year } from './fields.js';
import { LEDGERS, type LedgerId } from './ledgerCatalogue.js';

export { LEDGER_CATALOGUE, LEDGERS, type LedgerId, type LedgerInfo } from './ledgerCatalogue.js';

/** Shown wherever a PDF is asked for and no browser engine can print it. */
export const NO_BROWSER_MESSAGE =
  '未找到可用于生成 PDF 的浏览器（Chromium、Chrome 或 Edge）。请安装其中之一，或设置环境变量 ZHIBU_BROWSER=浏览器程序路径';

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

/** A column as the ledger prints it by default (renderer/ledgers ColumnInfo). */
export interface ColumnDefault {
  key: string;
  title: string;
  /** Off unless the user turns it on (身份证号码 and other personal columns). */
  hidden: boolean;
}

/** The user's choice for one column, in print order (renderer/ledgers ColumnOverride). */
export interface ColumnChoice {
  key: string;
  /** A new heading; absent or blank keeps the default. */
  title?: string;
  hidden?: boolean;
}

/** One customisable table of a ledger: its defaults and what the user saved for it. */
export interface LedgerColumnTable {
  /** Stable key the overrides are saved under (e.g. `members`). */
  key: string;
  /** What the table is called (党小组, 签到表, 整改清单…). */
  title: string;
  columns: ColumnDefault[];
  /** Empty when the table prints its defaults. */
  overrides: ColumnChoice[];
}

export interface LedgerColumns {
  ledger: LedgerId;
  /** Empty for ledgers printed as free-form records (谈心谈话, 全程纪实表). */
  tables: LedgerColumnTable[];
}

/** Long headings squeeze the narrow columns of a landscape register out of shape. */
export const COLUMN_TITLE_MAX = 20;

const columnChoice = z.object({
  key: z.string({ error: '缺少列' }).min(1, { error: '缺少列' }).max(40, { error: '列无效' }),
  title: z
    .string({ error: '列名必须是文字' })
    .trim()
    .max(COLUMN_TITLE_MAX, { error: `列名不能超过 ${COLUMN_TITLE_MAX} 个字` })
    .optional(),
  hidden: z.boolean({ error: '“显示”必须选择是或否' }).optional(),
});

const tableKey = z.string({ error: '请选择表格' }).min(1, { error: '请选择表格' }).max(40, { error: '表格无效' });

/**
 * Structure only: which tables and columns a ledger has is known to the services (from the
 * ledger components), which refuse unknown keys and a table left with no visible column.
 */
const saveColumnsInput = z.object({
  ledger: oneOf('台账', LEDGERS),
  table: tableKey,
  columns: z
    .array(columnChoice, { error: '缺少列设置' })
    .min(1, { error: '缺少列设置' })
    .max(100, { error: '列太多' })
    .superRefine((columns, ctx) => {
      const seen = new Set<string>();
      columns.forEach((c, i) => {
        if (seen.has(c.key)) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: '同一列出现了两次' });
        seen.add(c.key);
      });
    }),
});

/** One thing the year's 台账 lacks, found before printing the 工作手册. */
export interface CompletenessGap {
  /** Which part of the 台账 it concerns (e.g. 组织生活会, 党费). */
  area: string;
  message: string;
}

export interface CompletenessReport {
  year: number;
  gaps: CompletenessGap[];
}

export const ledgerOps = {
  'ledger.completeness': op<CompletenessReport>()({
    summary: '台账完整性检查：打印年度工作手册前列出本年缺少的内容',
    role: 'viewer',
    input: z.object({ year: year() }),
    errors: ['NOT_SET_UP'],
  }),
  'ledger.yearbook': op<LedgerPdf>()({
    summary: '生成年度党支部工作手册 PDF：封面、目录（含页码）和本年全部台账',
    role: 'viewer',
    input: z.object({ year: year() }),
    errors: ['NOT_SET_UP', 'PRINT_UNAVAILABLE'],
  }),
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
  'ledger.columns': op<LedgerColumns>()({
    summary: '读取台账各表格的列设置（默认列和用户的调整）',
    role: 'viewer',
    input: z.object({ ledger: oneOf('台账', LEDGERS) }),
    errors: [],
  }),
  'ledger.saveColumns': op<LedgerColumns>()({
    summary: '保存台账一张表格的列设置（改列名、隐藏、调整顺序）',
    role: 'clerk',
    input: saveColumnsInput,
    errors: [],
  }),
  'ledger.resetColumns': op<LedgerColumns>()({
    summary: '把台账的列恢复为默认（一张表格，或不指定表格时整份台账）',
    role: 'clerk',
    input: z.object({ ledger: oneOf('台账', LEDGERS), table: tableKey.optional() }),
    errors: [],
  }),
};

import { z } from 'zod';
import { op } from './define.js';
import { DUES_CATEGORIES, PAYMENT_METHODS, REDUCTIONS, type DuesCategory, type Reduction } from './duesOptions.js';
import { isoDate, oneOf, optionalIsoDate, optionalText, recordId, requiredText, year } from './fields.js';
import type { ExcelFile } from './memberImport.js';
import { parseYuan, type Fen } from './money.js';

const month = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: `${label}格式应为 年-月（如 2026-03）` });

function toFen(label: string, allowNegative: boolean) {
  return (v: string | number, ctx: z.RefinementCtx): number => {
    const fen = parseYuan(String(v));
    if (fen === null) {
      ctx.addIssue({ code: 'custom', message: `${label}应为金额（元，最多两位小数）` });
      return z.NEVER;
    }
    if (fen < 0 && !allowNegative) {
      ctx.addIssue({ code: 'custom', message: `${label}不能为负数` });
      return z.NEVER;
    }
    return fen;
  };
}

/** An amount typed in 元 (`6,200.00`), carried as integer 分. */
const yuan = (label: string, opts: { allowNegative?: boolean } = {}) =>
  z.union([z.string(), z.number()], { error: `请填写${label}` }).transform(toFen(label, opts.allowNegative ?? false));

/** The same, where blank means none. */
const optionalYuan = (label: string) =>
  z
    .union([z.string(), z.number(), z.null()], { error: `${label}应为金额` })
    .optional()
    .transform((v, ctx) => (v === undefined || v === null || v === '' ? null : toFen(label, false)(v, ctx)));

export const basisInput = z.object({
  memberId: recordId('党员'),
  effectiveFrom: month('起始月份'),
  category: oneOf('党费类别', DUES_CATEGORIES),
  base: optionalYuan('交纳基数'),
  fixed: optionalYuan('固定金额'),
  reduction: oneOf('减免', REDUCTIONS).default('none'),
  reducedAmount: optionalYuan('减免后每月金额'),
  decisionOn: optionalIsoDate('支部决定日期'),
  approvalRef: optionalText('上级批准文号', 60),
  note: optionalText('备注', 200),
});
export type BasisInput = z.output<typeof basisInput>;

export const paymentInput = z.object({
  memberId: recordId('党员'),
  kind: oneOf('交纳类型', ['regular', 'voluntary'] as const).default('regular'),
  fromMonth: month('起始月份'),
  toMonth: month('截止月份'),
  amount: yuan('金额'),
  paidOn: isoDate('交纳日期'),
  handler: requiredText('经手人', 20),
  receiptNo: optionalText('票据号', 40),
  method: oneOf('交纳方式', PAYMENT_METHODS).default('cash'),
  note: optionalText('备注', 200),
});

export const remittanceInput = z.object({
  periodLabel: requiredText('所属期间', 30),
  fromMonth: month('起始月份'),
  toMonth: month('截止月份'),
  membersCount: z.coerce
    .number({ error: '交纳人数必须是数字' })
    .int({ error: '交纳人数必须是整数' })
    .min(0, { error: '交纳人数不能为负数' }),
  amount: yuan('上缴金额'),
  remittedOn: isoDate('上缴日期'),
  method: oneOf('上缴方式', PAYMENT_METHODS).default('transfer'),
  receiptNo: optionalText('收据编号', 40),
  handler: requiredText('经手人', 20),
  receiver: optionalText('接收单位', 60),
  note: optionalText('备注', 200),
});

/** What one 本月按核定收齐 recorded: one payment per member who still owed the month. */
export interface MonthCollection {
  month: string;
  payments: number;
  amount: Fen;
  /** Current members left out because they have no basis (未核定). */
  unassessed: string[];
}

export interface DuesBasis {
  id: string;
  memberId: string;
  effectiveFrom: string;
  category: DuesCategory;
  base: Fen | null;
  fixed: Fen | null;
  rateBp: number | null;
  /** What the rule gives. */
  computed: Fen;
  reduction: Reduction;
  reducedAmount: Fen | null;
  /** What is due each month after any approved 减免. */
  monthly: Fen;
  explanation: string;
  decisionOn: string | null;
  approvalRef: string;
  note: string;
}

export interface BasisRow {
  memberId: string;
  name: string;
  groupName: string;
  kind: 'formal' | 'probationary';
  /** The basis in force at the start of the year asked for (last year's, during a review). */
  previous: DuesBasis | null;
  /** The basis set for this year: January's from the review, or the first one starting later in the year. */
  current: DuesBasis | null;
}

export interface DuesPayment {
  id: string;
  memberId: string;
  memberName: string;
  kind: 'regular' | 'voluntary' | 'correction';
  fromMonth: string;
  toMonth: string;
  amount: Fen;
  paidOn: string;
  handler: string;
  receiptNo: string;
  method: string;
  note: string;
  correctsId: string | null;
  fullRemit: boolean;
}

export interface MonthCell {
  /** Owed this month (0 when not a member of the branch at the month's end, or exempt). */
  due: Fen;
  paid: Fen;
  /** Whether the member belonged to the branch at the month's end. */
  obliged: boolean;
}

export interface DuesLedgerRow {
  memberId: string;
  name: string;
  category: DuesCategory | null;
  base: Fen | null;
  rateBp: number | null;
  monthly: Fen | null;
  months: MonthCell[];
  dueTotal: Fen;
  paidTotal: Fen;
  /** Unpaid amount of the months already ended. */
  owed: Fen;
  voluntary: Fen;
  /** Last month paid in full, `YYYY-MM` (党费交至). */
  paidThrough: string | null;
}

export type ArrearsLevel = 'none' | 'warning' | 'serious';

export interface ArrearsRow {
  memberId: string;
  name: string;
  /** Consecutive ended months with nothing paid, up to last month. */
  consecutiveUnpaid: number;
  unpaidMonths: string[];
  owed: Fen;
  level: ArrearsLevel;
}

export interface DuesYear {
  year: number;
  rows: DuesLedgerRow[];
  /** Per month of the year: total due and paid. */
  monthTotals: { due: Fen; paid: Fen }[];
  /** 全年应交: what the months that have ended asked of the members (the page, the office, the reports). */
  due: Fen;
  collected: Fen;
  voluntary: Fen;
  /** Voluntary payments of 1000 元 or more: to be remitted in full. */
  fullRemitDue: Fen;
  remitted: Fen;
  /** 上年结转: collected plus voluntary less remitted, over every earlier year. */
  carriedIn: Fen;
  /** 结存 = 上年结转 + 实交（含自愿多交）− 上缴. */
  balance: Fen;
}

export interface DuesRemittance {
  id: string;
  periodLabel: string;
  fromMonth: string;
  toMonth: string;
  membersCount: number;
  amount: Fen;
  remittedOn: string;
  method: string;
  receiptNo: string;
  handler: string;
  receiver: string;
  note: string;
}

export interface RemittanceSummary {
  remittances: DuesRemittance[];
  /** All collected (regular, voluntary, corrections) less all remitted, ever. */
  balance: Fen;
}

export const duesOps = {
  'dues.bases': op<BasisRow[]>()({
    summary: '党费核定：每名党员去年和今年的交纳基数',
    role: 'viewer',
    input: z.object({ year: year() }),
    errors: [],
  }),
  'dues.setBasis': op<DuesBasis>()({
    summary: '设定一名党员的党费基数（从某月起）',
    role: 'treasurer',
    input: basisInput,
    errors: ['NOT_FOUND'],
  }),
  'dues.review': op<{ saved: number }>()({
    summary: '年度核定：一次保存多名党员的新基数（全部成功或全部不保存）',
    role: 'treasurer',
    input: z.object({
      year: year(),
      entries: z
        .array(basisInput.omit({ effectiveFrom: true }))
        .min(1, { error: '没有要保存的基数' })
        .max(10000, { error: '一次最多核定 10000 名党员' }),
    }),
    errors: ['NOT_FOUND'],
  }),
  'dues.pay': op<DuesPayment>()({
    summary: '登记交纳党费（按月、按季，预交或补交不超过 6 个月）',
    role: 'treasurer',
    input: paymentInput,
    errors: ['NOT_FOUND'],
  }),
  'dues.payMonth': op<MonthCollection>()({
    summary: '本月按核定收齐：为当月还没交足的每名党员各登记一笔当月党费（一次完成）',
    role: 'treasurer',
    input: z.object({
      month: month('月份'),
      paidOn: isoDate('交纳日期'),
      handler: requiredText('经手人', 20),
      method: oneOf('交纳方式', PAYMENT_METHODS).default('cash'),
    }),
    errors: ['NOT_SET_UP'],
  }),
  'dues.correct': op<DuesPayment>()({
    summary: '更正一笔交纳记录（新增更正记录，原记录保留）',
    role: 'treasurer',
    input: z.object({
      paymentId: recordId('交纳记录'),
      amount: yuan('更正金额', { allowNegative: true }),
      paidOn: isoDate('更正日期'),
      handler: requiredText('经手人', 20),
      note: requiredText('更正原因', 200),
    }),
    errors: ['NOT_FOUND'],
  }),
  'dues.payments': op<DuesPayment[]>()({
    summary: '交纳记录（某年，或某名党员）',
    role: 'viewer',
    input: z.object({ year: year(), memberId: recordId('党员').optional() }),
    errors: [],
  }),
  'dues.year': op<DuesYear>()({
    summary: '党费收缴登记：每名党员每月应交、实交',
    role: 'viewer',
    input: z.object({ year: year() }),
    errors: [],
  }),
  'dues.arrears': op<ArrearsRow[]>()({
    summary: '欠交党费：连续 3 个月提醒，6 个月严重',
    role: 'viewer',
    input: z.object({}),
    errors: [],
  }),
  'dues.export': op<ExcelFile>()({
    summary: '导出一年的党费收缴表为 Excel',
    role: 'viewer',
    input: z.object({ year: year() }),
    errors: ['NOT_SET_UP'],
  }),
  'dues.remit': op<DuesRemittance>()({
    summary: '登记向上级上缴党费',
    role: 'treasurer',
    input: remittanceInput,
    errors: [],
  }),
  'dues.remittances': op<RemittanceSummary>()({
    summary: '上缴记录和支部结存',
    role: 'viewer',
    input: z.object({}),
    errors: [],
  }),
};

import ExcelJS from 'exceljs';
import type { DuesLedgerRow } from '../../api/dues.js';
import { DUES_CATEGORY_LABELS } from '../../api/duesOptions.js';
import type { ExcelFile } from '../../api/memberImport.js';
import { formatYuan, type Fen } from '../../api/money.js';
import type { ServiceContext } from '../context.js';
import { addRegisterSheet, chineseDate, safeFileName, workbookBase64, type ExcelColumn } from '../excel/register.js';
import { requireOrganization } from '../org/profile.js';
import { duesYear } from './year.js';

/** 元 as an Excel number (from the exact decimal text, never by dividing a float). */
const yuan = (fen: Fen | null): number | string => (fen === null ? '' : Number(formatYuan(fen, false)));

type Line = DuesLedgerRow | { total: true; rows: DuesLedgerRow[] };

const sum = (l: Line, pick: (r: DuesLedgerRow) => Fen): Fen =>
  'total' in l ? l.rows.reduce((s, r) => s + pick(r), 0) : pick(l);

function rate(r: DuesLedgerRow): string {
  if (r.rateBp !== null) return `${r.rateBp / 100}%`;
  return r.category ? DUES_CATEGORY_LABELS[r.category] : '';
}

function columns(): ExcelColumn<Line>[] {
  const months: ExcelColumn<Line>[] = Array.from({ length: 12 }, (_, i) => ({
    header: `${i + 1}月`,
    width: 8,
    numFmt: '0.00',
    value: (l) => yuan(sum(l, (r) => r.months[i]?.paid ?? 0)),
  }));
  return [
    { header: '序号', width: 6, value: (l, i) => ('total' in l ? '合计' : i + 1) },
    { header: '姓名', width: 10, value: (l) => ('total' in l ? '' : l.name) },
    {
      header: '类别',
      width: 12,
      wrap: true,
      value: (l) => ('total' in l || !l.category ? '' : DUES_CATEGORY_LABELS[l.category]),
    },
    { header: '交纳基数', width: 11, numFmt: '0.00', value: (l) => ('total' in l ? '' : yuan(l.base)) },
    { header: '比例/标准', width: 9, value: (l) => ('total' in l ? '' : rate(l)) },
    { header: '月应交', width: 9, numFmt: '0.00', value: (l) => ('total' in l ? '' : yuan(l.monthly)) },
    ...months,
    { header: '全年应交', width: 10, numFmt: '0.00', value: (l) => yuan(sum(l, (r) => r.dueTotal)) },
    { header: '全年实交', width: 10, numFmt: '0.00', value: (l) => yuan(sum(l, (r) => r.paidTotal)) },
    { header: '欠交', width: 9, numFmt: '0.00', value: (l) => yuan(sum(l, (r) => r.owed)) },
    { header: '自愿多交', width: 10, numFmt: '0.00', value: (l) => yuan(sum(l, (r) => r.voluntary)) },
  ];
}

/** The year's 党费收缴 table as .xlsx, with the same columns as the printed 收缴登记表. */
export async function exportDuesYear(ctx: ServiceContext, year: number): Promise<ExcelFile> {
  const org = await requireOrganization(ctx);
  const y = await duesYear(ctx, year);
  const wb = new ExcelJS.Workbook();
  wb.creator = '支部台账';
  const title = `${year}年度党费收缴登记表`;
  addRegisterSheet<Line>(wb, {
    sheetName: '党费收缴',
    title: `${org.name}${title}`,
    subtitle: `单位：元\u3000\u3000导出日期：${chineseDate(ctx.clock.today())}`,
    columns: columns(),
    rows: y.rows,
    footer: [{ total: true, rows: y.rows }],
  });
  return { fileName: `${safeFileName(org.name)}-${title}.xlsx`, base64: await workbookBase64(wb) };
}

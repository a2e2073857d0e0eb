import ExcelJS from 'exceljs';
import { ACTIVITY_KINDS, ACTIVITY_SHORT, type ActivityKind } from '../../api/meetingOptions.js';
import type { ExcelFile } from '../../api/memberImport.js';
import type { BranchStatus, BranchStructure, StructureStats } from '../../api/office.js';
import type { ServiceContext } from '../context.js';
import { addRegisterSheet, chineseDate, safeFileName, workbookBase64, type ExcelColumn } from '../excel/register.js';
import { requireOffice } from './guard.js';
import { statsStatuses } from './statsStatuses.js';
import { structureStats } from './structure.js';

const yuan = (fen: number) => fen / 100;
const percent = (n: number, total: number) => (total === 0 ? '—' : `${((n / total) * 100).toFixed(1)}%`);

const STRUCTURE_COLUMNS: readonly ExcelColumn<BranchStructure>[] = [
  { header: '支部', width: 32, value: (r) => r.name, align: 'left' },
  { header: '党员总数', width: 9, value: (r) => r.total },
  { header: '正式党员', width: 9, value: (r) => r.formal },
  { header: '预备党员', width: 9, value: (r) => r.probationary },
  { header: '女', width: 7, value: (r) => r.female },
  { header: '少数民族', width: 9, value: (r) => r.minority },
  { header: '35岁及以下', width: 10, value: (r) => r.age35 },
  { header: '61岁及以上', width: 10, value: (r) => r.age61 },
  { header: '大专及以上', width: 10, value: (r) => r.college },
  { header: '流动党员', width: 9, value: (r) => r.mobile },
  { header: '本年发展', width: 9, value: (r) => r.newMembers },
  { header: '本年转正', width: 9, value: (r) => r.confirmed },
  { header: '入党申请人', width: 10, value: (r) => r.applicants },
  { header: '积极分子', width: 9, value: (r) => r.activists },
  { header: '发展对象', width: 9, value: (r) => r.candidates },
];

/** Kinds that have periods in at least one branch's calendar, in the calendar's order. */
function kindsIn(statuses: readonly BranchStatus[]): ActivityKind[] {
  const seen = new Set(statuses.flatMap((s) => s.orgLife.activities.map((a) => a.kind)));
  return ACTIVITY_KINDS.filter((k) => seen.has(k));
}

interface StatusRow {
  name: string;
  status: BranchStatus;
}

/** Every table of the 统计 page in one workbook, one sheet each. */
export async function exportStats(
  ctx: ServiceContext,
  input: { asOf: string; year: number; branches: string[] | null },
): Promise<ExcelFile> {
  const office = await requireOffice(ctx);
  const stats: StructureStats = await structureStats(ctx, input);
  const statuses = await statsStatuses(ctx, input);
  const byCode = new Map(statuses.rows.map((r) => [r.code, r.status]));
  const wb = new ExcelJS.Workbook();
  wb.creator = '支部台账';

  addRegisterSheet(wb, {
    sheetName: '党员队伍结构',
    title: `${office.name}党员队伍结构统计表`,
    subtitle: `截至 ${chineseDate(stats.asOf)}  共 ${stats.branches} 个支部`,
    columns: STRUCTURE_COLUMNS,
    rows: stats.perBranch,
    footer: [stats.total],
  });
  for (const b of stats.breakdowns) {
    const total = b.items.reduce((n, i) => n + i.count, 0);
    addRegisterSheet(wb, {
      sheetName: `按${b.title}`,
      title: `党员按${b.title}统计`,
      subtitle: `截至 ${chineseDate(stats.asOf)}`,
      columns: [
        { header: b.title, width: 20, value: (r) => r.label },
        { header: '人数', width: 10, value: (r) => r.count },
        { header: '占比', width: 10, value: (r) => percent(r.count, total) },
      ],
      rows: b.items,
      footer: [{ label: '合计', count: total }],
    });
  }

  const rows: StatusRow[] = stats.perBranch.flatMap((b) => {
    const status = byCode.get(b.code);
    return status ? [{ name: b.name, status }] : [];
  });
  const kinds = kindsIn(rows.map((r) => r.status));
  addRegisterSheet<StatusRow>(wb, {
    sheetName: '组织生活',
    title: `${statuses.year}年度各支部组织生活落实情况（已开展/应开展）`,
    subtitle: `截至 ${chineseDate(statuses.asOf)}`,
    columns: [
      { header: '支部', width: 32, value: (r) => r.name, align: 'left' },
      ...kinds.map<ExcelColumn<StatusRow>>((k) => ({
        header: ACTIVITY_SHORT[k],
        width: 10,
        value: (r) => {
          const a = r.status.orgLife.activities.find((x) => x.kind === k);
          return a ? `${a.done}/${a.required}` : '—';
        },
      })),
      { header: '逾期(本年)', width: 10, value: (r) => r.status.orgLife.overdueYear },
      {
        header: '谈心谈话',
        width: 10,
        value: (r) => `${r.status.orgLife.talksDone}/${r.status.orgLife.talksRequired}`,
      },
      { header: '补录', width: 8, value: (r) => r.status.orgLife.lateRecords },
    ],
    rows,
  });
  addRegisterSheet<StatusRow>(wb, {
    sheetName: '党费',
    title: `${statuses.year}年度各支部党费收缴情况`,
    subtitle: `截至 ${chineseDate(statuses.asOf)}  单位：元`,
    columns: [
      { header: '支部', width: 32, value: (r) => r.name, align: 'left' },
      { header: '应交', width: 12, value: (r) => yuan(r.status.dues.due), numFmt: '0.00', align: 'right' },
      { header: '实收', width: 12, value: (r) => yuan(r.status.dues.collected), numFmt: '0.00', align: 'right' },
      { header: '已上缴', width: 12, value: (r) => yuan(r.status.dues.remitted), numFmt: '0.00', align: 'right' },
      { header: '未上缴', width: 12, value: (r) => yuan(r.status.dues.unremitted), numFmt: '0.00', align: 'right' },
      { header: '欠交3个月以上', width: 14, value: (r) => r.status.dues.warning },
      { header: '欠交6个月以上', width: 14, value: (r) => r.status.dues.serious },
    ],
    rows,
  });
  return {
    fileName: safeFileName(`党员统计-截至${stats.asOf}.xlsx`),
    base64: await workbookBase64(wb),
  };
}

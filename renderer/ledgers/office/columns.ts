import { formatYuan } from '../../../electron/api/money.js';
import type { ColumnSpec } from '../columns.js';
import { formatDate } from '../format.js';
import type { OfficeReportRow } from './types.js';

const index: ColumnSpec<OfficeReportRow> = {
  key: 'index',
  title: '序号',
  width: 9,
  align: 'center',
  render: (_r, i) => i + 1,
};
const branch: ColumnSpec<OfficeReportRow> = {
  key: 'branch',
  title: '党组织名称',
  width: 52,
  render: (r) => r.structure.name,
};
const count = (key: string, title: string, pick: (r: OfficeReportRow) => number | undefined, width = 13) =>
  ({ key, title, width, align: 'right', render: (r) => pick(r) ?? null }) satisfies ColumnSpec<OfficeReportRow>;
const yuan = (key: string, title: string, pick: (r: OfficeReportRow) => number | undefined) =>
  ({
    key,
    title,
    width: 20,
    align: 'right',
    render: (r) => {
      const v = pick(r);
      return v === undefined ? null : formatYuan(v);
    },
  }) satisfies ColumnSpec<OfficeReportRow>;

const TERM_LABELS = { ok: '正常', 'due-soon': '即将届满', overdue: '已超期', unknown: '未填' } as const;

/** 基层党组织情况汇总表: each branch's size, committee term and reporting. */
export const SUMMARY_COLUMNS: readonly ColumnSpec<OfficeReportRow>[] = [
  index,
  branch,
  count('total', '党员总数', (r) => r.structure.total),
  count('formal', '正式党员', (r) => r.structure.formal),
  count('probationary', '预备党员', (r) => r.structure.probationary),
  count('female', '女党员', (r) => r.structure.female),
  count('age35', '35岁及以下', (r) => r.structure.age35, 15),
  {
    key: 'termStart',
    title: '本届选举时间',
    width: 22,
    align: 'center',
    render: (r) => formatDate(r.status?.term.startedOn),
  },
  { key: 'termDue', title: '届满时间', width: 22, align: 'center', render: (r) => formatDate(r.status?.term.dueOn) },
  {
    key: 'term',
    title: '换届情况',
    width: 18,
    align: 'center',
    render: (r) => (r.status ? TERM_LABELS[r.status.term.status] : null),
  },
  { key: 'bundle', title: '最近报送', width: 22, align: 'center', render: (r) => formatDate(r.lastBundleOn) },
];

/** 党员队伍结构统计表 (党内统计 headings). */
export const STRUCTURE_COLUMNS: readonly ColumnSpec<OfficeReportRow>[] = [
  index,
  branch,
  count('total', '党员总数', (r) => r.structure.total),
  count('formal', '正式党员', (r) => r.structure.formal),
  count('probationary', '预备党员', (r) => r.structure.probationary),
  count('female', '女', (r) => r.structure.female, 10),
  count('minority', '少数民族', (r) => r.structure.minority),
  count('age35', '35岁及以下', (r) => r.structure.age35, 15),
  count('age61', '61岁及以上', (r) => r.structure.age61, 15),
  count('college', '大专及以上', (r) => r.structure.college, 15),
  count('mobile', '流动党员', (r) => r.structure.mobile),
];

const quarter = (q: number) =>
  ({
    key: `q${q + 1}`,
    title: `第${'一二三四'[q]}季度`,
    group: '已开展/应开展',
    width: 19,
    align: 'center',
    render: (r) => {
      const c = r.status?.orgLife.quarters[q];
      if (!c || c.required === 0) return null;
      return c.overdue > 0 ? `${c.done}/${c.required}（缺${c.overdue}）` : `${c.done}/${c.required}`;
    },
  }) satisfies ColumnSpec<OfficeReportRow>;

/** 组织生活落实情况通报表: per branch and quarter, 三会一课 and the other required activities. */
export const ACTIVITY_COLUMNS: readonly ColumnSpec<OfficeReportRow>[] = [
  index,
  branch,
  quarter(0),
  quarter(1),
  quarter(2),
  quarter(3),
  count('overdue', '全年未开展', (r) => r.status?.orgLife.overdueYear, 15),
  {
    key: 'talks',
    title: '谈心谈话',
    width: 16,
    align: 'center',
    render: (r) => (r.status ? `${r.status.orgLife.talksDone}/${r.status.orgLife.talksRequired}` : null),
  },
  count('late', '补录', (r) => r.status?.orgLife.lateRecords, 10),
];

/** 党费收缴汇总表 (元). */
export const DUES_COLUMNS: readonly ColumnSpec<OfficeReportRow>[] = [
  index,
  branch,
  count('members', '党员数', (r) => r.structure.total, 11),
  yuan('due', '应交', (r) => r.status?.dues.due),
  yuan('collected', '实收', (r) => r.status?.dues.collected),
  yuan('remitted', '已上缴', (r) => r.status?.dues.remitted),
  yuan('unremitted', '未上缴', (r) => r.status?.dues.unremitted),
  count('warning', '欠交3–5个月', (r) => r.status?.dues.warning, 16),
  count('serious', '欠交6个月以上', (r) => r.status?.dues.serious, 18),
];

/** 发展党员情况汇总表. */
export const DEVELOPMENT_COLUMNS: readonly ColumnSpec<OfficeReportRow>[] = [
  index,
  branch,
  count('applicants', '入党申请人', (r) => r.structure.applicants, 15),
  count('activists', '入党积极分子', (r) => r.structure.activists, 17),
  count('candidates', '发展对象', (r) => r.structure.candidates),
  count('new', '本年发展', (r) => r.structure.newMembers),
  count('confirmed', '本年转正', (r) => r.structure.confirmed),
  count('breaches', '超时限事项', (r) => r.status?.development.breaches, 15),
  count('upcoming', '30天内到期', (r) => r.status?.development.upcoming, 15),
];

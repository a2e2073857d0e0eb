import type { DevDetail } from '../../../electron/api/development.js';
import type { ColumnSpec } from '../columns.js';
import { formatDate, formatMonth } from '../format.js';
import { dateOf, devRemarks, genderOf, joinNames, namesOf, publicityOf, textOf, trainingOf } from './facts.js';

/** 职业/单位: the occupation, then where the person works (a villager's 单位 is often empty). */
export function occupationOf(d: DevDetail): string {
  return [d.input.occupation, d.input.workUnit.trim()].filter((s) => s !== '').join('，');
}

/** 政审情况: the conclusion with the date it was reached. */
function vettingOf(d: DevDetail): string {
  const on = dateOf(d, 'vetting');
  if (!on) return '';
  const conclusion = textOf(d, 'vetting', 'conclusion');
  return conclusion ? `${formatDate(on)} ${conclusion}` : formatDate(on);
}

/** A full date (2025.04.10) on one line at the lists' 9pt, with the cell's padding. */
const DATE_MM = 19;

/** Millimetres of landscape A4 (265 mm of text) each shared column takes on one list. */
interface CommonWidths {
  ethnicity: number;
  education: number;
  occupation: number;
  mentors: number;
}

/**
 * The columns both lists share, up to 培养联系人, at 9pt: full dates and 出生年月 on one line.
 * The 发展对象名册 adds six columns, so there 文化程度 stacks two characters a line (大学/专科)
 * and 职业/单位 and the names wrap.
 */
function commonColumns(w: CommonWidths): ColumnSpec<DevDetail>[] {
  return [
    { key: 'index', title: '序号', width: 7.5, align: 'center', render: (_d, i) => i + 1 },
    { key: 'name', title: '姓名', width: 14, align: 'center', render: (d) => d.name },
    { key: 'gender', title: '性别', width: 7.5, align: 'center', render: genderOf },
    { key: 'ethnicity', title: '民族', width: w.ethnicity, align: 'center', render: (d) => d.input.ethnicity },
    { key: 'birth', title: '出生年月', width: 14, align: 'center', render: (d) => formatMonth(d.birthDate) },
    { key: 'education', title: '文化程度', width: w.education, align: 'center', render: (d) => d.input.education },
    { key: 'occupation', title: '职业/单位', width: w.occupation, minWidth: 16, render: occupationOf },
    {
      key: 'applied',
      title: '递交申请书时间',
      width: DATE_MM,
      align: 'center',
      render: (d) => formatDate(dateOf(d, 'apply')),
    },
    {
      key: 'activist',
      title: '确定为积极分子时间',
      width: DATE_MM,
      align: 'center',
      render: (d) => formatDate(dateOf(d, 'activist')),
    },
    {
      key: 'mentors',
      title: '培养联系人',
      width: w.mentors,
      align: 'center',
      render: (d) => joinNames(namesOf(d, 'mentors')),
    },
  ];
}

const remarks = (width: number, minWidth: number): ColumnSpec<DevDetail> => ({
  key: 'remarks',
  title: '备注',
  width,
  minWidth,
  render: devRemarks,
});

/** 入党积极分子花名册 (LEDGERS.md 9a). */
export const ACTIVIST_COLUMNS: readonly ColumnSpec<DevDetail>[] = [
  ...commonColumns({ ethnicity: 12, education: 17, occupation: 44, mentors: 24 }),
  remarks(83, 30),
];

/** 发展对象名册: the 积极分子 columns, then the 发展对象 stage's own (LEDGERS.md 9a). */
export const CANDIDATE_COLUMNS: readonly ColumnSpec<DevDetail>[] = [
  ...commonColumns({ ethnicity: 10, education: 9, occupation: 28, mentors: 15 }),
  {
    key: 'candidate',
    title: '确定为发展对象时间',
    width: DATE_MM,
    align: 'center',
    render: (d) => formatDate(dateOf(d, 'candidate')),
  },
  {
    key: 'sponsors',
    title: '入党介绍人',
    width: 15,
    align: 'center',
    render: (d) => joinNames(namesOf(d, 'sponsors')),
  },
  { key: 'vetting', title: '政审情况', width: 25, minWidth: 18, render: vettingOf },
  { key: 'training', title: '集中培训', width: DATE_MM, align: 'center', render: trainingOf },
  { key: 'publicity', title: '公示', width: DATE_MM, align: 'center', render: publicityOf },
  remarks(25, 14),
];

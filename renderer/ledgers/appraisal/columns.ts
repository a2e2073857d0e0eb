import type { GradeLine } from '../../../electron/api/meetings.js';
import { GRADE_LABELS } from '../../../electron/api/meetingOptions.js';
import type { ColumnSpec } from '../columns.js';

/**
 * 民主评议党员结果汇总表 (LEDGERS.md 6b). Widths are millimetres of portrait A4 (169 mm of text)
 * at 10pt: vote counts are short numbers, their headings wrap to two lines.
 */
export const RESULT_COLUMNS: readonly ColumnSpec<GradeLine>[] = [
  { key: 'index', title: '序号', width: 10, align: 'center', render: (_g, i) => i + 1 },
  { key: 'name', title: '姓名', width: 17, align: 'center', render: (g) => g.name },
  { key: 'issued', title: '发出票', width: 12, align: 'center', render: (g) => g.ballotsIssued },
  { key: 'returned', title: '收回票', width: 12, align: 'center', render: (g) => g.ballotsReturned },
  { key: 'excellent', title: '优秀票', width: 12, align: 'center', render: (g) => g.votesExcellent },
  { key: 'qualified', title: '合格票', width: 12, align: 'center', render: (g) => g.votesQualified },
  { key: 'basic', title: '基本合格票', width: 13, align: 'center', render: (g) => g.votesBasic },
  { key: 'unqualified', title: '不合格票', width: 13, align: 'center', render: (g) => g.votesUnqualified },
  { key: 'grade', title: '支部评定等次', width: 17, align: 'center', render: (g) => GRADE_LABELS[g.grade] },
  { key: 'disposition', title: '处置意见', width: 20, minWidth: 14, align: 'center', render: (g) => g.disposition },
  { key: 'note', title: '备注', width: 31, minWidth: 16, render: (g) => g.note },
];

export interface BallotRow {
  name: string;
}

const tick = (key: string, title: string): ColumnSpec<BallotRow> => ({
  key,
  title,
  width: 17,
  align: 'center',
  handwritten: true,
  render: () => null,
});

/** 民主评议党员测评表 (LEDGERS.md 6a): anonymous, so no voter's name and no signature. */
export const BALLOT_COLUMNS: readonly ColumnSpec<BallotRow>[] = [
  { key: 'index', title: '序号', width: 10, align: 'center', render: (_r, i) => i + 1 },
  { key: 'name', title: '党员姓名', width: 24, align: 'center', render: (r) => r.name },
  tick('excellent', GRADE_LABELS.excellent),
  tick('qualified', GRADE_LABELS.qualified),
  tick('basic', GRADE_LABELS.basic),
  tick('unqualified', GRADE_LABELS.unqualified),
  { key: 'problems', title: '存在问题', width: 67, handwritten: true, render: () => null },
];

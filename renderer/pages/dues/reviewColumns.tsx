import { Button, Input, Select, Tag, Typography, type TableColumnsType } from 'antd';
import type { KeyboardEvent } from 'react';
import {
  DUES_CATEGORIES,
  DUES_CATEGORY_LABELS,
  formatYuan,
  type BasisRow,
  type DuesCategory,
} from '../../../electron/api/index.js';
import { hasBase, isChanged, type Draft } from './review.js';

const CATEGORY_OPTIONS = DUES_CATEGORIES.map((c) => ({ value: c, label: DUES_CATEGORY_LABELS[c] }));
const MUTED = { color: 'rgba(0,0,0,0.45)' };

export interface ReviewGridApi {
  valueOf: (row: BasisRow) => Draft;
  edits: Record<string, Draft>;
  errors: Record<string, string>;
  edit: (row: BasisRow, patch: Partial<Draft>) => void;
  copy: (row: BasisRow) => void;
  onBaseKey: (memberId: string, e: KeyboardEvent<HTMLInputElement>) => void;
}

function Result({ row, api }: { row: BasisRow; api: ReviewGridApi }) {
  const error = api.errors[row.memberId];
  if (error) return <Typography.Text type="danger">{error}</Typography.Text>;
  if (isChanged(row, api.edits[row.memberId])) return <span style={MUTED}>保存后计算</span>;
  if (!row.current) return <span style={MUTED}>未核定</span>;
  return <span>{row.current.explanation}</span>;
}

/** `readOnly` (an office's view of a branch): the bases as set, with nothing to type in. */
export function reviewColumns(api: ReviewGridApi, readOnly = false): TableColumnsType<BasisRow> {
  const columns: TableColumnsType<BasisRow> = [
    {
      title: '姓名',
      key: 'name',
      width: 124,
      fixed: 'left',
      render: (_: unknown, r) => (
        <span>
          {r.name}
          {r.kind === 'probationary' && <Tag style={{ marginLeft: 4 }}>预备</Tag>}
        </span>
      ),
    },
    {
      title: '上年类别',
      key: 'prevCategory',
      width: 96,
      render: (_: unknown, r) =>
        r.previous ? DUES_CATEGORY_LABELS[r.previous.category] : <span style={MUTED}>—</span>,
    },
    {
      title: '上年基数',
      key: 'prevBase',
      width: 104,
      align: 'right',
      render: (_: unknown, r) =>
        r.previous?.base != null ? formatYuan(r.previous.base) : <span style={MUTED}>—</span>,
    },
    {
      title: '上年月交',
      key: 'prevMonthly',
      width: 84,
      align: 'right',
      render: (_: unknown, r) => (r.previous ? formatYuan(r.previous.monthly) : <span style={MUTED}>—</span>),
    },
    {
      title: '本年类别',
      key: 'category',
      width: 160,
      render: (_: unknown, r) =>
        readOnly ? (
          r.current ? (
            DUES_CATEGORY_LABELS[r.current.category]
          ) : (
            <span style={MUTED}>—</span>
          )
        ) : (
          <Select<DuesCategory>
            aria-label={`${r.name}本年党费类别`}
            value={api.valueOf(r).category}
            options={CATEGORY_OPTIONS}
            placeholder="选择类别"
            onChange={(category) => api.edit(r, { category })}
            style={{ width: '100%' }}
          />
        ),
    },
    {
      title: '本年基数（元）',
      key: 'base',
      width: 136,
      render: (_: unknown, r) => {
        if (readOnly) return r.current?.base != null ? formatYuan(r.current.base) : <span style={MUTED}>—</span>;
        const d = api.valueOf(r);
        const usesBase = hasBase(d.category);
        return (
          <Input
            // Lets Enter/Tab find the next member's box.
            data-member={r.memberId}
            aria-label={`${r.name}本年交纳基数`}
            value={usesBase ? d.base : ''}
            disabled={d.category !== undefined && !usesBase}
            placeholder={d.category !== undefined && !usesBase ? '固定金额' : ''}
            status={api.errors[r.memberId] ? 'error' : undefined}
            inputMode="decimal"
            maxLength={12}
            onChange={(e) => api.edit(r, { base: e.target.value })}
            onKeyDown={(e) => api.onBaseKey(r.memberId, e)}
            style={{ textAlign: 'right' }}
          />
        );
      },
    },
    {
      title: '本年月交金额',
      key: 'result',
      render: (_: unknown, r) => <Result row={r} api={api} />,
    },
    {
      title: '操作',
      key: 'copy',
      width: 104,
      render: (_: unknown, r) => (
        <Button disabled={!r.previous} tabIndex={-1} onClick={() => api.copy(r)}>
          复制上年
        </Button>
      ),
    },
  ];
  return readOnly ? columns.filter((c) => c.key !== 'copy') : columns;
}

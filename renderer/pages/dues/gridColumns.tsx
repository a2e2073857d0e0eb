import { Button, type TableColumnsType } from 'antd';
import type { CSSProperties } from 'react';
import { formatYuan, type DuesLedgerRow, type MonthCell } from '../../../electron/api/index.js';
import { hasEnded } from './months.js';

const OWED: CSSProperties = { color: '#cf1322', background: '#fff1f0' };
const MUTED: CSSProperties = { color: 'rgba(0,0,0,0.35)' };
/** Twelve months and the totals must fit 1366 pixels without scrolling sideways. */
/** The sum of the column widths below: a fixed layout keeps the total row under its columns. */
export const GRID_WIDTH = 80 + 62 + 12 * 62 + 90 + 80;
const CELL: CSSProperties = { padding: '6px 4px', textAlign: 'right', fontSize: 14 };

function monthCell(cell: MonthCell, month: string): { text: string; style: CSSProperties; title: string } {
  if (!cell.obliged) return { text: '—', style: MUTED, title: '当月不在本支部，不交' };
  const title = `应交 ${formatYuan(cell.due)} 元，实交 ${formatYuan(cell.paid)} 元`;
  const short = cell.paid < cell.due && hasEnded(month);
  if (cell.paid > 0) return { text: formatYuan(cell.paid), style: short ? OWED : {}, title };
  if (short) return { text: '未交', style: OWED, title };
  return { text: '', style: {}, title };
}

/** `month` is the cell clicked: the payment opens on that month. No `onPay`: nothing to click (an office's read-only view). */
export function gridColumns(
  year: number,
  onPay: ((row: DuesLedgerRow, month?: string) => void) | null,
): TableColumnsType<DuesLedgerRow> {
  const months: TableColumnsType<DuesLedgerRow> = Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`;
    return {
      title: `${i + 1}月`,
      key: month,
      width: 62,
      align: 'right',
      onCell: (r) => {
        const c = r.months[i];
        const shown = c ? monthCell(c, month) : null;
        return {
          style: { ...CELL, ...shown?.style },
          title: shown?.title,
          onClick: onPay
            ? (e) => {
                e.stopPropagation();
                onPay(r, month);
              }
            : undefined,
        };
      },
      render: (_: unknown, r) => {
        const c = r.months[i];
        return c ? monthCell(c, month).text : '';
      },
    };
  });
  return [
    {
      title: '姓名',
      key: 'name',
      width: 80,
      fixed: 'left',
      onCell: () => ({ style: { padding: '2px 4px' } }),
      render: (_: unknown, r) =>
        onPay ? (
          <Button
            type="link"
            size="small"
            title="点击登记交纳"
            style={{ padding: '0 4px', fontSize: 15 }}
            onClick={(e) => {
              e.stopPropagation();
              onPay(r);
            }}
          >
            {r.name}
          </Button>
        ) : (
          <span style={{ padding: '0 4px', fontSize: 15 }}>{r.name}</span>
        ),
    },
    {
      title: '月交',
      key: 'monthly',
      width: 62,
      align: 'right',
      onCell: () => ({ style: CELL }),
      render: (_: unknown, r) => (r.monthly === null ? <span style={MUTED}>未核定</span> : formatYuan(r.monthly)),
    },
    ...months,
    {
      title: '实交合计',
      key: 'paidTotal',
      width: 90,
      align: 'right',
      onCell: () => ({ style: CELL }),
      render: (_: unknown, r) => formatYuan(r.paidTotal),
    },
    {
      title: '欠交',
      key: 'owed',
      width: 80,
      align: 'right',
      onCell: (r) => ({ style: { ...CELL, ...(r.owed > 0 ? OWED : {}) } }),
      render: (_: unknown, r) => (r.owed > 0 ? formatYuan(r.owed) : ''),
    },
  ];
}

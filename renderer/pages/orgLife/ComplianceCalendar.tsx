import { Dropdown } from 'antd';
import type { CSSProperties } from 'react';
import { useNavigate } from 'react-router-dom';
import {
  ACTIVITY_SHORT,
  FREQUENCY_LABELS,
  type ComplianceRow,
  type MeetingSummary,
  type PeriodCell,
  type PeriodStatus,
} from '../../../electron/api/index.js';
import { useReadOnly } from '../../stores/lens.js';
import { layRow } from './calendarLayout.js';

const MONTHS = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);

export const STATUS_LOOK: Record<PeriodStatus, { text: string; color: string; background: string }> = {
  done: { text: '✓', color: '#237804', background: '#d9f7be' },
  due: { text: '待开展', color: '#ad4e00', background: '#ffe7ba' },
  overdue: { text: '未开展', color: '#a8071a', background: '#ffccc7' },
  upcoming: { text: '', color: '#8c8c8c', background: '#f5f5f5' },
};

const border = '1px solid #e8e8e8';
const th: CSSProperties = { border, padding: '6px 4px', fontWeight: 600, background: '#fafafa', fontSize: 15 };

function rowName(r: ComplianceRow): string {
  return r.groupName ? `${ACTIVITY_SHORT[r.kind]}·${r.groupName}` : ACTIVITY_SHORT[r.kind];
}

interface CalendarProps {
  rows: ComplianceRow[];
  meetings: MeetingSummary[];
  /** The month column to mark as now (-1 when another year is shown). */
  thisMonth: number;
}

/** The year at a glance: a row per required activity, a column per month. */
export function ComplianceCalendar({ rows, meetings, thisMonth }: CalendarProps) {
  const byId = new Map(meetings.map((m) => [m.id, m]));
  return (
    <table
      aria-label="组织生活日历"
      style={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed', textAlign: 'center' }}
    >
      <thead>
        <tr>
          {/* Narrow enough that at 125 % zoom on a 1366-pixel screen each month still holds “未开展” on one line. */}
          <th style={{ ...th, width: 190, textAlign: 'left', paddingLeft: 12 }}>活动（要求）</th>
          {MONTHS.map((m, i) => (
            <th
              key={m}
              style={{ ...th, ...(i === thisMonth ? { background: '#e6f4ff', color: '#0958d9' } : {}) }}
              aria-current={i === thisMonth ? 'date' : undefined}
            >
              {m}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.kind}-${r.groupId ?? ''}`}>
            <th
              scope="row"
              style={{
                ...th,
                background: '#fff',
                textAlign: 'left',
                paddingLeft: 12,
                fontWeight: 500,
              }}
            >
              {rowName(r)}
              <span style={{ color: '#8c8c8c', fontSize: 13, marginLeft: 6, whiteSpace: 'nowrap' }}>
                {FREQUENCY_LABELS[r.frequency]}
              </span>
            </th>
            {layRow(r.periods).map((l) => (
              <td key={l.start} colSpan={l.span} style={{ border, padding: 2 }}>
                {l.cell ? <Cell row={r} cell={l.cell} byId={byId} /> : <span style={{ color: '#bfbfbf' }}>—</span>}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface CellProps {
  row: ComplianceRow;
  cell: PeriodCell;
  byId: Map<string, MeetingSummary>;
}

/** Done opens the record(s); 待开展 and 未开展 start a new record of that activity (not in an office's view). */
function Cell({ row, cell, byId }: CellProps) {
  const navigate = useNavigate();
  const readOnly = useReadOnly();
  const look = STATUS_LOOK[cell.status];
  const n = cell.meetingIds.length;
  // A 党员大会/支委会 without quorum is on record but the period is still owed.
  const inquorate = cell.status !== 'done' && cell.inquorateIds.length > 0;
  const label = `${rowName(row)} ${cell.label}：${cell.status === 'done' ? `已开展 ${n} 次` : look.text || '未到期'}${inquorate ? '（已开会但到会未过半数，不计为已开展）' : ''}`;
  const style: CSSProperties = {
    width: '100%',
    minHeight: 34,
    border: 'none',
    borderRadius: 4,
    background: look.background,
    color: look.color,
    fontSize: 14,
    fontWeight: 600,
    fontFamily: 'inherit',
    padding: '0 1px',
    // “未开展” broken over two lines is hard to read in a narrow month.
    whiteSpace: 'nowrap',
    cursor: cell.status === 'upcoming' || (readOnly && cell.status !== 'done') ? 'default' : 'pointer',
  };
  const text = cell.status === 'done' && n > 1 ? `✓ ${n}次` : inquorate ? `${look.text}·未过半` : look.text;
  const startNew = () => void navigate(`/meetings/new?kind=${row.kind}${row.groupId ? `&groupId=${row.groupId}` : ''}`);

  if (cell.status === 'upcoming') return <div aria-label={label} title={label} style={style} />;
  if (cell.status !== 'done' && readOnly)
    return (
      <div aria-label={label} title={label} style={{ ...style, lineHeight: '34px' }}>
        {text}
      </div>
    );
  if (cell.status !== 'done')
    return (
      <button type="button" aria-label={label} title={`${label}，点击登记`} style={style} onClick={startNew}>
        {text}
      </button>
    );
  if (n === 1)
    return (
      <button
        type="button"
        aria-label={label}
        title={label}
        style={style}
        onClick={() => void navigate(`/meetings/${cell.meetingIds[0]}`)}
      >
        {text}
      </button>
    );
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: cell.meetingIds.map((id) => {
          const m = byId.get(id);
          return { key: id, label: m ? `${m.heldOn.slice(5)} ${m.title}` : '查看记录' };
        }),
        onClick: ({ key }) => void navigate(`/meetings/${key}`),
      }}
    >
      <button type="button" aria-label={label} title={label} style={style}>
        {text}
      </button>
    </Dropdown>
  );
}

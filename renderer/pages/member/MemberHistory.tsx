import { Card, Empty, Timeline, Typography } from 'antd';
import {
  LEAVE_KIND_LABELS,
  MEMBER_EVENT_LABELS,
  type LeaveKind,
  type MemberEvent,
  type MemberEventKind,
} from '../../../electron/api/index.js';

/** Words for the details an event keeps; details not listed here are not shown. */
const DETAIL_WORDS: Record<string, (v: string | number) => string> = {
  counterpartOrg: (v) => `对方党组织：${v}`,
  letterNo: (v) => `介绍信编号：${v}`,
  leaveKind: (v) => `方式：${LEAVE_KIND_LABELS[v as LeaveKind] ?? v}`,
  months: (v) => `延长 ${v} 个月`,
  destination: (v) => `外出地点：${v}`,
  org: (v) => `流入地党组织：${v}`,
};

const COLORS: Partial<Record<MemberEventKind, string>> = {
  joined: 'red',
  confirm: 'red',
  leave: 'gray',
  death: 'gray',
  transfer_out: 'gray',
  suspend: 'orange',
  lost_start: 'orange',
};

function detailText(e: MemberEvent): string {
  const parts = Object.entries(e.details).flatMap(([k, v]) => {
    const words = DETAIL_WORDS[k];
    return words && v !== null && v !== '' ? [words(v)] : [];
  });
  if (e.note) parts.push(e.note);
  return parts.join('；');
}

/** The member's history, newest first: nothing is ever deleted, every change is a dated line. */
export function MemberHistory({ events }: { events: MemberEvent[] }) {
  const newestFirst = [...events].sort(
    (a, b) => b.date.localeCompare(a.date) || b.recordedAt.localeCompare(a.recordedAt),
  );
  return (
    <Card title="党籍变动和记事" size="small" role="region" aria-label="党籍变动和记事">
      {newestFirst.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有记录" />
      ) : (
        <Timeline
          items={newestFirst.map((e) => ({
            key: e.id,
            color: COLORS[e.kind] ?? 'blue',
            title: e.date,
            content: (
              <>
                <Typography.Text strong>{MEMBER_EVENT_LABELS[e.kind]}</Typography.Text>
                {detailText(e) && (
                  <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                    {detailText(e)}
                  </Typography.Paragraph>
                )}
              </>
            ),
          }))}
        />
      )}
    </Card>
  );
}

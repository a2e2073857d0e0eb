import { Space, Tag } from 'antd';
import type { ActivityKind, MeetingCounts } from '../../../electron/api/index.js';

const strong = { fontSize: 17, fontWeight: 600 } as const;

/** 应到/实到/请假/缺席, and for meetings that decide things whether more than half are present. */
export function CountsLine({ kind, counts }: { kind: ActivityKind; counts: MeetingCounts }) {
  const c = counts;
  return (
    <Space wrap size={[16, 4]} role="status" aria-label="出席人数">
      <span style={strong}>
        应到 {c.expected} 人，实到 {c.present} 人，请假 {c.leave} 人，缺席 {c.absent} 人
      </span>
      {c.quorumMet !== null && (
        <Space size={8}>
          <span style={{ fontSize: 16 }}>
            {kind === 'committee' ? '委员' : '有表决权'}应到 {c.votingExpected} 人，实到 {c.votingPresent} 人
          </span>
          <Tag color={c.quorumMet ? 'success' : 'error'} style={{ fontSize: 15, padding: '2px 10px', margin: 0 }}>
            {c.quorumMet ? '已超过半数' : '未超过半数'}
          </Tag>
        </Space>
      )}
    </Space>
  );
}

import { Card, Table, Tag } from 'antd';
import type { BundleLogLine, PeerStatus } from '../../../electron/api/index.js';
import { localTime } from '../../components/localTime.js';

/** 收发记录: every bundle written or imported, newest first (as the status lists them). */
export function HistoryCard({ history, peers }: { history: BundleLogLine[]; peers: PeerStatus[] }) {
  const names = new Map(peers.map((p) => [p.code, p.name]));
  return (
    <Card title="收发记录">
      <Table<BundleLogLine>
        aria-label="收发记录"
        size="middle"
        rowKey={(l) => `${l.direction}-${l.peer}-${l.seq}-${l.at}`}
        dataSource={history}
        pagination={history.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        locale={{ emptyText: '还没有导出或导入过数据包' }}
        columns={[
          { title: '时间', dataIndex: 'at', width: 170, render: (at: string) => localTime(at) },
          {
            title: '方向',
            dataIndex: 'direction',
            width: 90,
            render: (d: BundleLogLine['direction']) =>
              d === 'out' ? <Tag color="blue">发出</Tag> : <Tag color="green">收到</Tag>,
          },
          {
            title: '对方',
            dataIndex: 'peer',
            render: (code: string) => (names.has(code) ? `${names.get(code)}（${code}）` : code),
          },
          { title: '编号', dataIndex: 'seq', width: 100, render: (n: number) => `第 ${n} 号` },
          { title: '记录数', dataIndex: 'rows', width: 90, align: 'right' },
          {
            title: '导入结果',
            key: 'result',
            width: 190,
            render: (_, l) =>
              l.direction === 'out' ? '—' : `更新 ${l.applied ?? 0} 条${l.conflicts ? `，冲突 ${l.conflicts} 条` : ''}`,
          },
        ]}
      />
    </Card>
  );
}

import { Badge, Button, Table, Tag, Typography } from 'antd';
import type { NoticeList, NoticeSummary } from '../../../electron/api/index.js';
import { stack } from '../../components/stack.js';
import { BranchNoticeDrawer } from './BranchNoticeDrawer.js';
import type { NoticesData } from './useNotices.js';

function StateTag({ n }: { n: NoticeSummary }) {
  if (n.reply?.doneOn) return <Tag color="green">已办</Tag>;
  if (n.reply?.readOn) return <Tag color="blue">已阅未办</Tag>;
  return <Badge status="error" text={<Typography.Text strong>未读</Typography.Text>} />;
}

interface BranchNoticesProps {
  data: NoticesData & { list: NoticeList };
  openId: string | null;
  onOpen: (id: string | null) => void;
}

/** 上级通知 received by this branch, newest first; unread ones stand out. */
export function BranchNotices({ data, openId, onOpen }: BranchNoticesProps) {
  const { list, loading, reload } = data;
  const unread = list.notices.filter((n) => !n.reply?.readOn).length;
  const open = list.notices.filter((n) => !n.reply?.doneOn).length;
  return (
    <div style={stack(16)}>
      <Typography.Text style={{ fontSize: 17 }}>
        共 {list.notices.length} 条通知
        {unread > 0 && (
          <>
            ，
            <Typography.Text type="danger" strong>
              未读 {unread} 条
            </Typography.Text>
          </>
        )}
        {open > 0 && `，未办 ${open} 条`}。点击标题打开通知，办完后点“标记为已办”。
      </Typography.Text>
      <Table<NoticeSummary>
        aria-label="上级通知"
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={list.notices}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: '还没有收到上级通知。上级的通知随数据包送达：请在“数据交换”中导入上级发来的数据包。' }}
        onRow={(n) => ({
          onClick: () => onOpen(n.id),
          style: { cursor: 'pointer', background: n.reply?.readOn ? undefined : '#fff7e6' },
        })}
        columns={[
          { title: '状态', key: 'state', width: 120, render: (_: unknown, n) => <StateTag n={n} /> },
          {
            title: '标题',
            dataIndex: 'title',
            render: (title: string, n) => (
              <Typography.Text strong={!n.reply?.readOn} style={{ fontSize: 17 }}>
                {title}
                {n.files > 0 && <Typography.Text type="secondary">（附件 {n.files}）</Typography.Text>}
              </Typography.Text>
            ),
          },
          { title: '发文单位', dataIndex: 'issuer', width: 200 },
          { title: '发文日期', dataIndex: 'issuedOn', width: 120 },
          {
            title: '办理期限',
            dataIndex: 'dueOn',
            width: 170,
            render: (d: string | null, n) =>
              n.overdue ? (
                <Typography.Text type="danger" strong>
                  {d} 已逾期
                </Typography.Text>
              ) : (
                (d ?? '不限')
              ),
          },
          {
            title: '',
            key: 'open',
            width: 100,
            render: (_: unknown, n) => (
              <Button
                type="primary"
                onClick={(e) => {
                  e.stopPropagation();
                  onOpen(n.id);
                }}
              >
                打开
              </Button>
            ),
          },
        ]}
      />
      {openId && <BranchNoticeDrawer id={openId} onChanged={reload} onClose={() => onOpen(null)} />}
    </div>
  );
}

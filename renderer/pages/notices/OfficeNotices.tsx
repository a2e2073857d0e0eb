import { Alert, App, Button, Popconfirm, Progress, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { NoticeDetail, NoticeList, NoticeSummary } from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';
import { stack } from '../../components/stack.js';
import { recipientsText } from './labels.js';
import { NoticeFormModal } from './NoticeFormModal.js';
import { OfficeNoticeDrawer } from './OfficeNoticeDrawer.js';
import type { NoticesData } from './useNotices.js';

type Editing = null | 'new' | NoticeDetail;

/** 已办 12/40 as a bar: green for done, blue for read but not yet done. */
function ProgressCell({ n }: { n: NoticeSummary }) {
  const p = n.progress;
  if (!p) return null;
  const pct = (x: number) => (p.total ? Math.round((x / p.total) * 100) : 0);
  return (
    <div style={{ minWidth: 180 }}>
      <Typography.Text strong={p.done < p.total}>
        已办 {p.done}/{p.total}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
        已阅 {p.read}
      </Typography.Text>
      <Progress
        percent={pct(p.read)}
        success={{ percent: pct(p.done) }}
        showInfo={false}
        status={n.overdue ? 'exception' : 'normal'}
        style={{ margin: 0 }}
        aria-label={`已办 ${p.done}/${p.total}`}
      />
    </div>
  );
}

interface OfficeNoticesProps {
  data: NoticesData & { list: NoticeList };
  openId: string | null;
  onOpen: (id: string | null) => void;
}

/** The office's notices, newest first, each with how many branches have done it. */
export function OfficeNotices({ data, openId, onOpen }: OfficeNoticesProps) {
  const { list, loading, reload } = data;
  const [editing, setEditing] = useState<Editing>(null);
  const [version, setVersion] = useState(0);
  const { message } = App.useApp();

  const remove = async (n: NoticeSummary) => {
    try {
      await call('notices.remove', { id: n.id });
      void message.success('已删除；下次导出数据包后，各支部处也会删除');
      if (openId === n.id) onOpen(null);
      reload();
    } catch (err) {
      void message.error(failureMessage(err));
    }
  };

  return (
    <div style={stack(16)}>
      <Space wrap size="middle">
        <Button type="primary" size="large" onClick={() => setEditing('new')} disabled={list.branches.length === 0}>
          新建通知
        </Button>
        <Typography.Text type="secondary" style={{ fontSize: 16 }}>
          通知随数据包发给各支部；支部打开即记为“已阅”，办完后标记“已办”，随支部的数据包报回。
        </Typography.Text>
      </Space>
      {list.branches.length === 0 && (
        <Alert type="info" showIcon title="还没有登记支部：请先在“数据交换”中登记支部，再发布通知。" />
      )}
      <Table<NoticeSummary>
        aria-label="通知"
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={list.notices}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: '还没有发布通知' }}
        onRow={(n) => ({ onDoubleClick: () => onOpen(n.id) })}
        scroll={{ x: 1000 }}
        columns={[
          {
            title: '标题',
            dataIndex: 'title',
            render: (title: string, n) => (
              <Space size={8} wrap>
                <Typography.Link onClick={() => onOpen(n.id)} style={{ fontSize: 16 }}>
                  {title}
                </Typography.Link>
                {n.files > 0 && <Tag>附件 {n.files}</Tag>}
              </Space>
            ),
          },
          { title: '发文日期', dataIndex: 'issuedOn', width: 120 },
          {
            title: '办理期限',
            dataIndex: 'dueOn',
            width: 140,
            render: (d: string | null, n) => (
              <Space size={4} wrap>
                <Typography.Text type={n.overdue ? 'danger' : undefined}>{d ?? '不限'}</Typography.Text>
                {n.overdue && <Tag color="red">已逾期</Tag>}
              </Space>
            ),
          },
          {
            title: '发给',
            key: 'recipients',
            width: 150,
            render: (_: unknown, n) => recipientsText(n.recipients, n.progress?.total),
          },
          { title: '办理进度', key: 'progress', width: 220, render: (_: unknown, n) => <ProgressCell n={n} /> },
          {
            title: '操作',
            key: 'actions',
            width: 170,
            render: (_: unknown, n) => (
              <Space>
                <Button type="primary" ghost onClick={() => onOpen(n.id)}>
                  查看
                </Button>
                <Popconfirm
                  title="删除这条通知？"
                  description="各支部处也会随之删除（下次导出数据包后）。系统保留删除痕迹备查。"
                  okText="删除"
                  cancelText="取消"
                  okButtonProps={{ danger: true }}
                  onConfirm={() => remove(n)}
                >
                  <Button danger>删除</Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {openId && (
        <OfficeNoticeDrawer
          id={openId}
          version={version}
          onEdit={(n) => setEditing(n)}
          onChanged={reload}
          onClose={() => onOpen(null)}
        />
      )}
      {editing !== null && (
        <NoticeFormModal
          notice={editing === 'new' ? undefined : editing}
          branches={list.branches}
          onSaved={(id) => {
            reload();
            setVersion((v) => v + 1);
            onOpen(id);
          }}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}

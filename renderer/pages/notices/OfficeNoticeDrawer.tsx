import { Alert, Button, Drawer, Progress, Segmented, Space, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { NoticeBranchLine, NoticeDetail } from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';
import { stack } from '../../components/stack.js';
import { STATE_LABELS, recipientsText } from './labels.js';
import { NoticeFiles } from './NoticeFiles.js';
import { NoticeHead } from './NoticeHead.js';

const ORDER = { unsent: 0, unread: 1, read: 2, done: 3 } as const;

interface OfficeNoticeDrawerProps {
  id: string;
  /** Bumped by the page after an edit, so the drawer reads the notice again. */
  version: number;
  onEdit: (notice: NoticeDetail) => void;
  onChanged: () => void;
  onClose: () => void;
}

/** One notice at the office: its text, files, and each branch's 已阅 / 已办, unanswered first. */
export function OfficeNoticeDrawer({ id, version, onEdit, onChanged, onClose }: OfficeNoticeDrawerProps) {
  const [notice, setNotice] = useState<NoticeDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const [show, setShow] = useState<'open' | 'all'>('open');

  useEffect(() => {
    let current = true;
    call('notices.get', { id }).then(
      (n) => {
        if (!current) return;
        setNotice(n);
        setError(null);
      },
      (err: unknown) => current && setError(failureMessage(err)),
    );
    return () => {
      current = false;
    };
  }, [id, version, round]);

  const filesChanged = () => {
    setRound((r) => r + 1);
    onChanged();
  };

  const p = notice?.progress;
  const lines = notice ? notice.branches.filter((b) => show === 'all' || b.state !== 'done') : [];
  return (
    <Drawer
      open
      size={980}
      title={notice?.title ?? '通知'}
      onClose={onClose}
      extra={
        notice && (
          <Button size="large" onClick={() => onEdit(notice)}>
            修改通知
          </Button>
        )
      }
    >
      {error && <Alert type="error" showIcon title={error} />}
      {!notice && !error && <Spin size="large" />}
      {notice && p && (
        <div style={stack(20)}>
          <NoticeHead notice={notice} recipients={recipientsText(notice.recipients, p.total)} />
          <NoticeFiles noticeId={notice.id} attachments={notice.attachments} editable onChanged={filesChanged} />
          <section aria-label="各支部办理情况">
            <Space size="large" wrap style={{ marginBottom: 12 }}>
              <Typography.Title level={5} style={{ margin: 0 }}>
                各支部办理情况
              </Typography.Title>
              <Typography.Text style={{ fontSize: 17 }}>
                共 {p.total} 个支部，已阅 {p.read}，<strong>已办 {p.done}</strong>，未办{' '}
                <Typography.Text type={p.total - p.done > 0 ? 'danger' : undefined} strong>
                  {p.total - p.done}
                </Typography.Text>
              </Typography.Text>
              <Progress
                percent={p.total ? Math.round((p.read / p.total) * 100) : 0}
                success={{ percent: p.total ? Math.round((p.done / p.total) * 100) : 0 }}
                showInfo={false}
                style={{ width: 200, margin: 0 }}
              />
              <Segmented<'open' | 'all'>
                value={show}
                onChange={(v) => setShow(v)}
                options={[
                  { value: 'open', label: `只看未办（${p.total - p.done}）` },
                  { value: 'all', label: `全部（${p.total}）` },
                ]}
              />
            </Space>
            {notice.branches.some((b) => b.state === 'unsent') && (
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 12 }}
                title="“待导出”的支部还没有收到这条通知（或它的最新修改）：请到“数据交换”给这些支部导出数据包。"
              />
            )}
            <Table<NoticeBranchLine>
              aria-label="各支部办理情况"
              rowKey="code"
              size="middle"
              dataSource={lines}
              pagination={lines.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
              locale={{ emptyText: show === 'open' ? '所有支部都已办结' : '没有接收的支部' }}
              columns={[
                {
                  title: '支部',
                  dataIndex: 'name',
                  sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
                },
                { title: '代码', dataIndex: 'code', width: 110, sorter: (a, b) => a.code.localeCompare(b.code) },
                {
                  title: '状态',
                  dataIndex: 'state',
                  width: 120,
                  defaultSortOrder: 'ascend',
                  sorter: (a, b) => ORDER[a.state] - ORDER[b.state] || a.code.localeCompare(b.code),
                  filters: Object.entries(STATE_LABELS).map(([value, l]) => ({ value, text: l.text })),
                  onFilter: (value, b) => b.state === value,
                  render: (s: NoticeBranchLine['state']) => (
                    <Tooltip title={STATE_LABELS[s].hint}>
                      <Tag color={STATE_LABELS[s].color}>{STATE_LABELS[s].text}</Tag>
                    </Tooltip>
                  ),
                },
                {
                  title: '阅读日期',
                  dataIndex: 'readOn',
                  width: 120,
                  sorter: (a, b) => (a.readOn ?? '').localeCompare(b.readOn ?? ''),
                  render: (d: string | null) => d ?? '—',
                },
                {
                  title: '办结日期',
                  dataIndex: 'doneOn',
                  width: 120,
                  sorter: (a, b) => (a.doneOn ?? '').localeCompare(b.doneOn ?? ''),
                  render: (d: string | null) => d ?? '—',
                },
                { title: '办理情况', dataIndex: 'note', render: (t: string) => t || '—' },
              ]}
            />
          </section>
        </div>
      )}
    </Drawer>
  );
}

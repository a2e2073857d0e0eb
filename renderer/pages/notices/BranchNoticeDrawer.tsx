import { Alert, App, Button, Drawer, Popconfirm, Spin } from 'antd';
import { useEffect, useState } from 'react';
import type { NoticeDetail } from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';
import { stack } from '../../components/stack.js';
import { DoneModal } from './DoneModal.js';
import { NoticeFiles } from './NoticeFiles.js';
import { NoticeHead } from './NoticeHead.js';

interface BranchNoticeDrawerProps {
  id: string;
  onChanged: () => void;
  onClose: () => void;
}

/** A received notice: read it, download its files, and say when it was done. */
export function BranchNoticeDrawer({ id, onChanged, onClose }: BranchNoticeDrawerProps) {
  const [notice, setNotice] = useState<NoticeDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const [marking, setMarking] = useState(false);
  const { message } = App.useApp();

  useEffect(() => {
    let current = true;
    const load = async () => {
      const n = await call('notices.get', { id });
      // Opening it is what the office sees as 已阅.
      if (!n.reply?.readOn) {
        n.reply = await call('notices.markRead', { id });
        onChanged();
      }
      return n;
    };
    load().then(
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
  }, [id, round, onChanged]);

  const changed = () => {
    setRound((r) => r + 1);
    onChanged();
  };

  const undo = async () => {
    try {
      await call('notices.markDone', { id, doneOn: null, note: '' });
      void message.success('已撤销“已办”');
      changed();
    } catch (err) {
      void message.error(failureMessage(err));
    }
  };

  const done = notice?.reply?.doneOn;
  return (
    <Drawer open size={860} title={notice?.title ?? '通知'} onClose={onClose}>
      {error && <Alert type="error" showIcon title={error} />}
      {!notice && !error && <Spin size="large" />}
      {notice && (
        <div style={stack(20)}>
          {done ? (
            <Alert
              type="success"
              showIcon
              style={{ fontSize: 16 }}
              title={`本支部已于 ${done} 办结${notice.reply?.note ? `：${notice.reply.note}` : ''}`}
              action={
                <Popconfirm
                  title="撤销“已办”？"
                  description="上级党委会看到这条通知重新变为未办。"
                  okText="撤销"
                  cancelText="取消"
                  onConfirm={undo}
                >
                  <Button>撤销已办</Button>
                </Popconfirm>
              }
            />
          ) : (
            <div>
              <Button
                type="primary"
                size="large"
                style={{ height: 52, fontSize: 18, padding: '0 32px' }}
                onClick={() => setMarking(true)}
              >
                标记为已办
              </Button>
              {notice.overdue && (
                <Alert
                  type="error"
                  showIcon
                  style={{ marginTop: 12 }}
                  title={`已超过办理期限（${notice.dueOn ?? ''}），请尽快办理并标记`}
                />
              )}
            </div>
          )}
          <NoticeHead notice={notice} />
          <NoticeFiles noticeId={notice.id} attachments={notice.attachments} editable={false} />
          <Alert
            type="info"
            showIcon
            title="标记为已办后，请到“数据交换”导出数据包交给上级党委，上级才能看到本支部的办理情况。"
          />
        </div>
      )}
      {marking && notice && (
        <DoneModal
          title={notice.title}
          onDone={async (values) => {
            await call('notices.markDone', { id, ...values });
            changed();
          }}
          onClose={() => setMarking(false)}
        />
      )}
    </Drawer>
  );
}

import { Alert, App, Button, Card, Input, List, Modal, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { IncomingTransfer } from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';
import { TransferInModal } from '../members/TransferInModal.js';

/** Asks why, then sends the refusal back to the sending branch through the office. */
function DeclineModal({ item, onClose, onDone }: { item: IncomingTransfer; onClose: () => void; onDone: () => void }) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const decline = async () => {
    setBusy(true);
    try {
      await call('transfers.decline', { relayId: item.relayId, note });
      onDone();
    } catch (err) {
      setError(failureMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={`退回：${item.member.name}`}
      okText="退回"
      okButtonProps={{ danger: true, loading: busy }}
      cancelText="取消"
      onOk={() => void decline()}
      onCancel={onClose}
    >
      <Typography.Paragraph>退回后，{item.fromName}会在下次导入上级党委的数据包时看到退回原因。</Typography.Paragraph>
      <Input.TextArea
        aria-label="退回原因"
        placeholder="请写明退回原因，如：本支部没有此人"
        maxLength={200}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
    </Modal>
  );
}

/**
 * 转入 that other branches of the county sent here through the office: confirm one (the form
 * comes filled in from the sender's roster) or send it back with a reason.
 */
export function IncomingTransfers({ onChanged }: { onChanged: () => void }) {
  const { message } = App.useApp();
  const [items, setItems] = useState<IncomingTransfer[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [confirming, setConfirming] = useState<IncomingTransfer | null>(null);
  const [declining, setDeclining] = useState<IncomingTransfer | null>(null);

  useEffect(() => {
    let current = true;
    call('transfers.incoming', {}).then(
      (list) => current && setItems(list.filter((i) => i.status === 'pending')),
      () => current && setItems([]),
    );
    return () => {
      current = false;
    };
  }, [attempt]);

  // The list carries ID and phone masked; the form is filled from this one transfer in full.
  const confirm = (i: IncomingTransfer) => {
    call('transfers.incomingDetail', { relayId: i.relayId }).then(setConfirming, (err: unknown) => {
      void message.error(failureMessage(err));
    });
  };

  const done = (text: string) => {
    setConfirming(null);
    setDeclining(null);
    setAttempt((n) => n + 1);
    onChanged();
    void message.success(text);
  };
  if (items.length === 0) return null;
  return (
    <Card title={`待确认的转入（上级党委转来）${items.length} 人`} style={{ borderColor: '#faad14' }}>
      <List
        dataSource={items}
        renderItem={(i) => (
          <List.Item
            actions={[
              <Button key="ok" type="primary" size="large" onClick={() => confirm(i)}>
                确认转入
              </Button>,
              <Button key="no" size="large" onClick={() => setDeclining(i)}>
                退回
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={<Typography.Text strong>{i.member.name}</Typography.Text>}
              description={
                <Space wrap>
                  <span>从 {i.fromName} 转来</span>
                  <span>介绍信 {i.letterNo || '无编号'}</span>
                  <span>开具于 {i.issuedOn}</span>
                  {i.duesPaidTo && <span>党费交至 {i.duesPaidTo}</span>}
                </Space>
              }
            />
          </List.Item>
        )}
      />
      {confirming && (
        <TransferInModal
          relay={confirming}
          onClose={() => setConfirming(null)}
          onSaved={(m) => done(`${m.name}已转入本支部，回执将随下次数据包返回`)}
        />
      )}
      {declining && <DeclineModal item={declining} onClose={() => setDeclining(null)} onDone={() => done('已退回')} />}
    </Card>
  );
}

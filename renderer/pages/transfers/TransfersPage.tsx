import { Alert, Button, Segmented, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { TransferLetter } from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';
import { TransferLettersTable } from '../../components/TransferLettersTable.js';
import { stack } from '../../components/stack.js';
import { IncomingTransfers } from './IncomingTransfers.js';
import { useReadOnly } from '../../stores/lens.js';

type Show = 'all' | 'in' | 'out' | 'awaiting';

const MATCH: Record<Show, (t: TransferLetter) => boolean> = {
  all: () => true,
  in: (t) => t.direction === 'in',
  out: (t) => t.direction === 'out',
  awaiting: (t) => t.direction === 'out' && !t.receiptOn,
};

/** 组织关系转接: every 介绍信 received and issued; 转入/转出 themselves start from the roster. */
export function TransfersPage() {
  const [attempt, setAttempt] = useState(0);
  const [letters, setLetters] = useState<TransferLetter[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // `?show=awaiting` is where the home page's 待回执 reminders lead.
  const [params, setParams] = useSearchParams();
  const asked = params.get('show');
  const show: Show = asked && asked in MATCH ? (asked as Show) : 'all';
  const setShow = (s: Show) => setParams(s === 'all' ? {} : { show: s }, { replace: true });
  const navigate = useNavigate();
  const load = () => setAttempt((n) => n + 1);

  useEffect(() => {
    let current = true;
    call('transfers.list', {}).then(
      (list) => {
        if (!current) return;
        setLetters(list);
        setError(null);
      },
      (err: unknown) => current && setError(failureMessage(err)),
    );
    return () => {
      current = false;
    };
  }, [attempt]);

  const readOnly = useReadOnly();
  const count = (s: Show) => letters?.filter(MATCH[s]).length ?? 0;
  return (
    <div style={stack(16)}>
      <Space wrap size="middle">
        <Segmented<Show>
          aria-label="显示哪些介绍信"
          value={show}
          onChange={setShow}
          options={[
            { value: 'all', label: `全部 ${count('all')}` },
            { value: 'in', label: `转入 ${count('in')}` },
            { value: 'out', label: `转出 ${count('out')}` },
            { value: 'awaiting', label: `待回执 ${count('awaiting')}` },
          ]}
        />
        <Button size="large" onClick={() => void navigate('/print/transfers')}>
          打印转接登记表
        </Button>
      </Space>
      {!readOnly && (
        <Typography.Text type="secondary">
          接收转入的党员请在“党员花名册”点“转入党员”；转出请打开该党员，点“转出（开介绍信）”。转出的介绍信超过 3
          个月没收到回执的标红，请及时联系接收党组织。
        </Typography.Text>
      )}
      {!readOnly && <IncomingTransfers onChanged={load} />}
      {error && <Alert type="error" showIcon title={error} action={<Button onClick={load}>重试</Button>} />}
      {letters === null && !error ? (
        <Spin size="large" />
      ) : (
        <TransferLettersTable letters={(letters ?? []).filter(MATCH[show])} onChanged={load} />
      )}
    </div>
  );
}

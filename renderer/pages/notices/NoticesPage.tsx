import { Alert, Button, Spin, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { stack } from '../../components/stack.js';
import { BranchNotices } from './BranchNotices.js';
import { OfficeNotices } from './OfficeNotices.js';
import { useNotices } from './useNotices.js';

/** 通知 at the office (issue and follow up), 上级通知 at a branch (read and mark done). */
export function NoticesPage() {
  const data = useNotices();
  const [params, setParams] = useSearchParams();
  // The open notice lives in the address (?open=…), so a home-page reminder can link to it.
  const openId = params.get('open');
  const onOpen = (id: string | null) => setParams(id ? { open: id } : {}, { replace: true });
  const { list, error } = data;

  return (
    <div style={stack(16)}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {list?.mode === 'branch' ? '上级通知' : '通知'}
      </Typography.Title>
      {error && (
        <Alert
          type="error"
          showIcon
          title={`没能读出通知：${error}`}
          action={<Button onClick={data.reload}>重试</Button>}
        />
      )}
      {!list && !error && <Spin size="large" />}
      {list?.mode === 'office' && <OfficeNotices data={{ ...data, list }} openId={openId} onOpen={onOpen} />}
      {list?.mode === 'branch' && <BranchNotices data={{ ...data, list }} openId={openId} onOpen={onOpen} />}
    </div>
  );
}

import { Alert, App, Button, Card, Checkbox, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { BundleFile, ExchangeStatus, PeerStatus } from '../../../electron/api/index.js';
import { failureMessage } from '../../api.js';
import { stack } from '../../components/stack.js';
import { useExchangeStore } from '../../stores/exchange.js';
import { READ_FAILED, readBundleFile } from './files.js';
import { Fingerprint } from './Fingerprint.js';
import { ImportCard } from './ImportCard.js';
import { useExport, type Exported } from './useExport.js';

/** Reads the picked .zbenrol and imports it; shared by the first step and by 重新导入. */
function useEnrolment() {
  const importEnrolment = useExchangeStore((s) => s.importEnrolment);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { message } = App.useApp();
  const run = async (picked: File) => {
    setBusy(true);
    setError(null);
    try {
      let file: BundleFile;
      try {
        file = await readBundleFile(picked);
      } catch {
        setError(READ_FAILED);
        return;
      }
      const { office } = await importEnrolment(file);
      void message.success(`已导入${office}的登记文件`);
    } catch (err) {
      setError(failureMessage(err));
    } finally {
      setBusy(false);
    }
  };
  const beforeUpload = (picked: File) => {
    void run(picked);
    return Upload.LIST_IGNORE;
  };
  return { busy, error, beforeUpload };
}

/** 第一步: nothing can be sent before the office's keys are known. */
function EnrolStep() {
  const { busy, error, beforeUpload } = useEnrolment();
  return (
    <Card title="第一步：导入上级党委发来的登记文件">
      <Typography.Paragraph style={{ marginTop: 0, fontSize: 16 }}>
        上级党委登记本支部后，会生成一个登记文件（.zbenrol），用 U 盘交给本支部。请把 U
        盘插到这台电脑上，选择这个文件。导入后请与上级党委电话核对双方的密钥指纹。
      </Typography.Paragraph>
      <Spin spinning={busy} description="正在核对登记文件……">
        <Upload.Dragger accept=".zbenrol" multiple={false} showUploadList={false} beforeUpload={beforeUpload}>
          <div style={{ padding: '24px 16px', fontSize: 19, fontWeight: 600 }}>点击这里选择登记文件（.zbenrol）</div>
        </Upload.Dragger>
      </Spin>
      {error && <Alert style={{ marginTop: 16 }} type="error" showIcon title="登记文件没有导入" description={error} />}
    </Card>
  );
}

/** Once enrolled the office's fingerprint stays on screen, so it can be checked again at any time. */
function OfficeCard({ office }: { office: PeerStatus }) {
  const { busy, error, beforeUpload } = useEnrolment();
  return (
    <Card
      title={`上级党委：${office.name}（${office.code}）`}
      extra={
        <Upload accept=".zbenrol" multiple={false} showUploadList={false} beforeUpload={beforeUpload}>
          <Button loading={busy}>重新导入登记文件</Button>
        </Upload>
      }
    >
      {office.fingerprint && <Fingerprint value={office.fingerprint} label="上级党委的密钥指纹" size={26} />}
      <Alert
        style={{ marginTop: 12 }}
        type="warning"
        showIcon
        title="请与上级党委电话核对此指纹"
        description="请对方念出其“本机密钥指纹”，与上面这一行逐字比对。不一致时不要导出数据包，请联系上级党委重新登记。"
      />
      {error && <Alert style={{ marginTop: 12 }} type="error" showIcon title="登记文件没有导入" description={error} />}
    </Card>
  );
}

function ExportCard({ office }: { office: PeerStatus }) {
  const target = useExport();
  const [full, setFull] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Exported | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      setDone(await target.run({ full }));
    } catch (err) {
      setError(failureMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={`导出数据包（报送给${office.name}）`}>
      <Typography.Paragraph style={{ marginTop: 0, fontSize: 16 }}>
        把文件拷到 U 盘交给上级党委；可以重复导出，不会重复导入。数据包已加密，只有上级党委能打开。
      </Typography.Paragraph>
      <div style={{ marginBottom: 16 }}>{target.picker}</div>
      <div style={{ display: 'flex', alignItems: 'center', gap: 24, flexWrap: 'wrap' }}>
        <Button
          type="primary"
          size="large"
          loading={busy}
          onClick={() => void run()}
          style={{ height: 52, fontSize: 19, padding: '0 36px' }}
        >
          导出数据包
        </Button>
        <Checkbox checked={full} onChange={(e) => setFull(e.target.checked)}>
          导出全部数据（一般不需要；上级党委要求重新报送全部数据时勾选）
        </Checkbox>
      </div>
      {done && (
        <Alert
          style={{ marginTop: 16 }}
          type="success"
          showIcon
          title={`已导出第 ${done.seq} 号数据包（${done.full ? '全部数据，' : ''}${done.rows} 条记录）：${done.fileName}`}
          description={
            done.path
              ? `已保存到 ${done.path}，请把 U 盘交给上级党委。`
              : '文件已交给浏览器下载（桌面版会弹出保存位置），请保存到 U 盘。'
          }
        />
      )}
      {error && <Alert style={{ marginTop: 16 }} type="error" showIcon title="没有导出" description={error} />}
    </Card>
  );
}

/** 数据交换 for a branch: enrol once with the office's file, then send and receive bundles. */
export function BranchSide({ status }: { status: ExchangeStatus }) {
  const office = status.peers.find((p) => p.role === 'office');
  if (!office) return <EnrolStep />;
  return (
    <div style={stack(16)}>
      <OfficeCard office={office} />
      <ExportCard office={office} />
      <ImportCard
        multiple={false}
        hint="上级党委发回的数据包（.zbx）在这里导入。同一个数据包导入两次也没关系，第二次会提示已导入过。"
      />
    </div>
  );
}

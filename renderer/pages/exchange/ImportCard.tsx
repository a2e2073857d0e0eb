import { Alert, Card, Divider, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { BundleFile, ImportLine } from '../../../electron/api/index.js';
import { failureMessage } from '../../api.js';
import { useExchangeStore } from '../../stores/exchange.js';
import { READ_FAILED, readBundleFile } from './files.js';
import { FolderImport } from './FolderImport.js';
import { ResultTable } from './ImportResults.js';

function ResultLine({ line }: { line: ImportLine }) {
  return (
    <Alert
      type={line.ok ? 'success' : 'error'}
      showIcon
      title={`${line.ok ? '已导入' : '未导入'}：${line.message}`}
      description={line.fileName}
    />
  );
}

/**
 * 导入数据包. The office picks a whole folder's worth of bundles at once; a branch gets one
 * from the office at a time. Files are read here in the page and handed over as base64.
 */
export function ImportCard({ multiple, hint }: { multiple: boolean; hint: string }) {
  const importBundles = useExchangeStore((s) => s.importBundles);
  const [busy, setBusy] = useState(false);
  const [lines, setLines] = useState<ImportLine[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (picked: File[]) => {
    setBusy(true);
    setError(null);
    setLines(null);
    try {
      let files: BundleFile[];
      try {
        files = await Promise.all(picked.map(readBundleFile));
      } catch {
        setError(READ_FAILED);
        return;
      }
      setLines(await importBundles(files));
    } catch (err) {
      setError(failureMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-label="导入数据包">
      <Card title="导入数据包">
        <Typography.Paragraph style={{ marginTop: 0, fontSize: 16 }}>{hint}</Typography.Paragraph>
        <Spin spinning={busy} description="正在核对签名并导入……">
          <Upload.Dragger
            accept=".zbx"
            multiple={multiple}
            showUploadList={false}
            disabled={busy}
            beforeUpload={(file, batch) => {
              // Called once per file of a selection; the batch is imported together on its last file.
              if (file.uid === batch[batch.length - 1]?.uid) void run(batch);
              return Upload.LIST_IGNORE;
            }}
          >
            <div style={{ padding: '20px 16px' }}>
              <div style={{ fontSize: 19, fontWeight: 600 }}>
                {multiple ? '点击这里选择数据包（.zbx，可以一次选多个）' : '点击这里选择数据包（.zbx）'}
              </div>
              <div style={{ fontSize: 15, color: 'rgba(0,0,0,0.6)', marginTop: 6 }}>也可以把文件拖到这里</div>
            </div>
          </Upload.Dragger>
        </Spin>
        <div style={{ marginTop: 16 }}>
          {error && <Alert type="error" showIcon title="没有导入" description={error} />}
          {lines &&
            (multiple || lines.length !== 1 ? (
              <ResultTable lines={lines} />
            ) : (
              <ResultLine line={lines[0] as ImportLine} />
            ))}
        </div>
        <Divider />
        <FolderImport />
      </Card>
    </section>
  );
}

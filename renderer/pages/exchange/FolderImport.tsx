import { Alert, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import type { FolderImport as Result } from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';
import { useExchangeStore } from '../../stores/exchange.js';
import { FolderPicker, placeDir, type Place } from './FolderPicker.js';
import { ResultTable } from './ImportResults.js';

/**
 * 从 U 盘导入: every bundle in the chosen folder addressed to this organisation, each imported
 * or refused on its own; bundles for others (this side's own exports) are left alone.
 */
export function FolderImport() {
  const load = useExchangeStore((s) => s.load);
  const [place, setPlace] = useState<Place>({ kind: 'folder', path: '' });
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await call('exchange.importFrom', { dir: placeDir(place) ?? '' }));
    } catch (err) {
      setError(failureMessage(err));
    } finally {
      setBusy(false);
      await load();
    }
  };

  return (
    <div aria-label="从 U 盘或文件夹导入" role="group">
      <Typography.Paragraph style={{ fontSize: 16 }}>
        也可以直接从 U 盘或文件夹导入：其中发给本单位的数据包（.zbx）全部导入，其他文件不动。
      </Typography.Paragraph>
      <Space wrap size={12}>
        <FolderPicker label="从：" value={place} onChange={setPlace} />
        <Button loading={busy} onClick={() => void run()}>
          导入该文件夹中的数据包
        </Button>
      </Space>
      <div style={{ marginTop: 16 }}>
        {error && <Alert type="error" showIcon title="没有导入" description={error} />}
        {result && result.lines.length === 0 && (
          <Alert
            type="info"
            showIcon
            title="该文件夹中没有发给本单位的数据包"
            description={result.skipped > 0 ? `有 ${result.skipped} 个数据包是发给其他单位的，未处理。` : undefined}
          />
        )}
        {result && result.lines.length > 0 && (
          <>
            <ResultTable lines={result.lines} />
            {result.skipped > 0 && (
              <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                另有 {result.skipped} 个数据包是发给其他单位的（例如本单位导出的），未处理。
              </Typography.Paragraph>
            )}
          </>
        )}
      </div>
    </div>
  );
}

import { App, Button, Tooltip } from 'antd';
import { useState } from 'react';
import type { ExportAll } from '../../../electron/api/index.js';
import { failureMessage } from '../../api.js';
import type { Notice } from './BranchesTable.js';

/** What 全部导出 did: how many were written and skipped, then each branch that failed and why. */
function report(r: ExportAll): Notice {
  const failed = r.lines.filter((l) => l.status === 'failed');
  const skipped = r.lines.filter((l) => l.status === 'skipped');
  const parts = [`已为 ${r.written} 个支部各导出一个数据包到 ${r.dir}`];
  if (failed.length) parts.push(`${failed.length} 个未能导出`);
  if (skipped.length) parts.push(`${skipped.length} 个尚未发来第一个数据包`);
  if (r.revoked) parts.push(`已停用的 ${r.revoked} 个不导出`);
  return {
    type: failed.length ? 'warning' : 'success',
    title: parts.join('；'),
    description: (
      <div>
        {r.written > 0 && (
          <div>请把 U 盘中的数据包交给各支部，在其“数据交换”中导入（每个支部只导入发给自己的文件）。</div>
        )}
        {failed.length > 0 && (
          <ul style={{ margin: '8px 0 0', paddingLeft: 20, maxHeight: 240, overflowY: 'auto' }}>
            {failed.map((l) => (
              <li key={l.code}>
                ✗ {l.name}（{l.code}）：{l.message}
              </li>
            ))}
          </ul>
        )}
      </div>
    ),
  };
}

/** 全部导出: one bundle for every active branch, straight into the chosen U 盘 or folder. */
export function ExportAllButton(props: {
  folderChosen: boolean;
  ready: number;
  exportAll: () => Promise<ExportAll>;
  onNotice: (n: Notice) => void;
}) {
  const { modal } = App.useApp();
  const [busy, setBusy] = useState(false);
  const go = async () => {
    setBusy(true);
    try {
      props.onNotice(report(await props.exportAll()));
    } catch (err) {
      props.onNotice({ type: 'error', title: '没能全部导出', description: failureMessage(err) });
    } finally {
      setBusy(false);
    }
  };
  const confirm = () =>
    modal.confirm({
      title: `给 ${props.ready} 个支部各导出一个数据包？`,
      content: '写到所选的 U 盘或文件夹，每个支部一个文件，已有的文件不会被覆盖；已停用的支部不导出。',
      okText: '全部导出',
      cancelText: '取消',
      onOk: () => go(),
    });
  const reason = !props.folderChosen
    ? '请先在“导出到”中选择 U 盘或文件夹（浏览器下载一次只能保存一个文件）'
    : props.ready === 0
      ? '还没有可以导出的支部（支部发来第一个数据包后才能给它导出）'
      : null;
  const button = (
    <Button loading={busy} disabled={reason !== null} onClick={confirm}>
      全部导出（{props.ready} 个支部）
    </Button>
  );
  return reason ? <Tooltip title={reason}>{button}</Tooltip> : button;
}

import { Table } from 'antd';
import type { ImportLine } from '../../../electron/api/index.js';

const OK_COLOR = '#389e0d';
const FAIL_COLOR = '#cf1322';

function Mark({ ok }: { ok: boolean }) {
  return (
    <span
      style={{ color: ok ? OK_COLOR : FAIL_COLOR, fontSize: 20, fontWeight: 700 }}
      aria-label={ok ? '成功' : '未导入'}
    >
      {ok ? '✓' : '✗'}
    </span>
  );
}

/** One row per file: each file is imported or refused on its own, so each gets its own line. */
export function ResultTable({ lines }: { lines: ImportLine[] }) {
  return (
    <Table<ImportLine>
      aria-label="导入结果"
      size="middle"
      rowKey={(l, i) => `${i ?? 0}-${l.fileName}`}
      dataSource={lines}
      pagination={lines.length > 20 ? { pageSize: 20 } : false}
      columns={[
        { title: '文件', dataIndex: 'fileName', ellipsis: true },
        { title: '结果', dataIndex: 'ok', width: 72, align: 'center', render: (ok: boolean) => <Mark ok={ok} /> },
        { title: '说明', dataIndex: 'message' },
      ]}
    />
  );
}

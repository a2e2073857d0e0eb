import { Alert, Button, Segmented, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useRef, useState } from 'react';
import type { ImportPreview, ImportRow, ImportRowStatus } from '../../../electron/api/index.js';
import { useFillHeight } from '../../components/useFillHeight.js';
import type { ImportWizard } from './useImportWizard.js';
import { stack } from '../../components/stack.js';

export const STATUS_TAGS: Record<ImportRowStatus, { color: string; text: string }> = {
  ok: { color: 'green', text: '可导入' },
  rejected: { color: 'red', text: '有问题' },
  duplicate: { color: 'default', text: '已存在' },
};

type Show = 'all' | ImportRowStatus;

const COLUMNS: TableColumnsType<ImportRow> = [
  { title: '行号', dataIndex: 'rowNumber', width: 70 },
  {
    title: '状态',
    dataIndex: 'status',
    width: 100,
    render: (s: ImportRowStatus) => <Tag color={STATUS_TAGS[s].color}>{STATUS_TAGS[s].text}</Tag>,
  },
  { title: '姓名', key: 'name', width: 100, render: (_: unknown, r) => r.values.name ?? '' },
  { title: '公民身份号码', key: 'id', width: 200, render: (_: unknown, r) => r.values.idNumber ?? '' },
  { title: '入党日期', key: 'joined', width: 120, render: (_: unknown, r) => r.values.joinedOn ?? '' },
  { title: '党小组', key: 'group', width: 120, render: (_: unknown, r) => r.values.group ?? '' },
  {
    title: '问题和说明',
    key: 'problems',
    width: 420,
    render: (_: unknown, r) => (
      <div>
        {r.problems.map((p, i) => (
          <div key={`p${i}`} style={{ color: '#cf1322' }}>
            {p.message}
          </div>
        ))}
        {r.notes.map((n, i) => (
          <div key={`n${i}`} style={{ color: 'rgba(0,0,0,0.5)' }}>
            {n}
          </div>
        ))}
      </div>
    ),
  },
];
const WIDTH = COLUMNS.reduce((sum, c) => sum + Number(c.width ?? 0), 0);

/** Step 3: every row as it will be read, problems in red, what was inferred in grey. */
export function PreviewStep({ wizard, preview }: { wizard: ImportWizard; preview: ImportPreview }) {
  const [show, setShow] = useState<Show>(preview.counts.rejected > 0 ? 'rejected' : 'all');
  const rows = useMemo(
    () => (show === 'all' ? preview.rows : preview.rows.filter((r) => r.status === show)),
    [preview.rows, show],
  );
  const box = useRef<HTMLDivElement>(null);
  const height = useFillHeight(box, 56 + 24, 200);
  const { counts } = preview;

  return (
    <div style={stack(12)}>
      <Space wrap size="middle">
        <Button size="large" onClick={() => wizard.setStep(1)}>
          上一步：核对列
        </Button>
        <Button type="primary" size="large" onClick={() => wizard.setStep(3)} disabled={counts.ok === 0}>
          下一步：导入
        </Button>
        <Segmented<Show>
          aria-label="显示哪些行"
          value={show}
          onChange={setShow}
          options={[
            { value: 'all', label: `全部 ${preview.rows.length} 行` },
            { value: 'ok', label: `可导入 ${counts.ok}` },
            { value: 'rejected', label: `有问题 ${counts.rejected}` },
            { value: 'duplicate', label: `已存在 ${counts.duplicate}` },
          ]}
        />
      </Space>
      {counts.skippedBlankOrRepeated > 0 && (
        <Typography.Text type="secondary">
          另有 {counts.skippedBlankOrRepeated} 行是空行或重复的表头，已略过。
        </Typography.Text>
      )}
      {preview.newGroups.length > 0 && (
        <Alert type="info" showIcon title={`导入时将新建党小组：${preview.newGroups.join('、')}`} />
      )}
      {counts.ok === 0 && <Alert type="warning" showIcon title="没有可以导入的行，请按红字修改 Excel 后重新选择文件" />}
      <div ref={box}>
        <Table<ImportRow>
          rowKey="rowNumber"
          size="small"
          virtual
          columns={COLUMNS}
          dataSource={rows}
          pagination={false}
          scroll={{ x: WIDTH, y: height }}
          // A virtual table's body is made of divs: the role keeps rows findable by assistive tools.
          onRow={() => ({ role: 'row' })}
          locale={{ emptyText: '没有这样的行' }}
        />
      </div>
    </div>
  );
}

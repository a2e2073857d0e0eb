import { Alert, Button, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import {
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  type ImportColumn,
  type ImportField,
  type ImportPreview,
} from '../../../electron/api/index.js';
import type { ImportWizard } from './useImportWizard.js';
import { stack } from '../../components/stack.js';

/** '' stands for 不导入 in the Select (its value cannot be null). */
const FIELD_OPTIONS = [
  { value: '', label: '不导入' },
  ...IMPORT_FIELDS.map((f) => ({ value: f, label: IMPORT_FIELD_LABELS[f] })),
];
/** Without these a row cannot become a member. */
const NEEDED: ImportField[] = ['name', 'idNumber', 'joinedOn'];

/** Excel's column letters: 1 → A, 27 → AA. */
function columnLetter(n: number): string {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

function sampleOf(preview: ImportPreview, field: ImportField | null): string {
  if (!field) return '';
  return preview.rows.find((r) => r.values[field])?.values[field] ?? '';
}

/** Step 2: what each column was read as; a change re-checks the file at once. */
export function MappingStep({ wizard, preview }: { wizard: ImportWizard; preview: ImportPreview }) {
  const used = preview.columns.flatMap((c) => (c.field ? [c.field] : []));
  const twice = [...new Set(used.filter((f, i) => used.indexOf(f) !== i))];
  const missing = NEEDED.filter((f) => !used.includes(f));

  const columns: TableColumnsType<ImportColumn> = [
    { title: '列', dataIndex: 'index', width: 60, render: (i: number) => columnLetter(i) },
    { title: '表格中的列名', dataIndex: 'header', width: 220, render: (h: string) => h || '（无列名）' },
    {
      title: '导入为',
      key: 'field',
      width: 220,
      render: (_: unknown, c) => (
        <Select
          aria-label={`第 ${columnLetter(c.index)} 列导入为`}
          value={c.field ?? ''}
          options={FIELD_OPTIONS}
          disabled={wizard.busy}
          onChange={(v: ImportField | '') => void wizard.remap(c.index, v || null)}
          style={{ width: 200 }}
        />
      ),
    },
    {
      title: '第一个有内容的值（示例）',
      key: 'sample',
      render: (_: unknown, c) => <Typography.Text type="secondary">{sampleOf(preview, c.field)}</Typography.Text>,
    },
  ];

  return (
    <div style={stack(12)}>
      <Typography.Paragraph style={{ fontSize: 17, margin: 0 }}>
        读取了工作表“{preview.sheetName}”，第 {preview.headerRow}{' '}
        行是表头。请核对每一列对应的项目，不对的请在“导入为”中改正。
      </Typography.Paragraph>
      <Space>
        <Button size="large" onClick={wizard.restart}>
          重新选择文件
        </Button>
        <Button type="primary" size="large" disabled={wizard.busy} onClick={() => wizard.setStep(2)}>
          下一步：检查每一行
        </Button>
      </Space>
      {missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={`没有找到“${missing.map((f) => IMPORT_FIELD_LABELS[f]).join('”“')}”列，请指定是哪一列`}
        />
      )}
      {twice.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={`“${twice.map((f) => IMPORT_FIELD_LABELS[f]).join('”“')}”对应了不止一列，请只保留一列`}
        />
      )}
      <Table<ImportColumn>
        rowKey="index"
        size="small"
        columns={columns}
        dataSource={preview.columns}
        pagination={false}
        loading={wizard.busy}
      />
    </div>
  );
}

import { Alert, App, Button, Drawer, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import type { LedgerColumns } from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';
import { ColumnRow } from './ColumnRow.js';
import {
  changeColumn,
  choicesOf,
  draftChanged,
  draftOf,
  moveColumn,
  visibleCount,
  type DraftColumn,
  type DraftTable,
} from './columnDraft.js';

interface ColumnsDrawerProps {
  open: boolean;
  ledgerTitle: string;
  columns: LedgerColumns;
  onClose: () => void;
  /** Called with the settings as stored after a save or reset, so the preview can redraw. */
  onSaved: (next: LedgerColumns) => void;
}

/**
 * 调整列: rename, hide and reorder the columns of each table of one ledger. Mount it afresh
 * (a new key) each time it opens, so the draft starts from what is saved and closing without
 * saving discards it.
 */
export function ColumnsDrawer({ open, ledgerTitle, columns, onClose, onSaved }: ColumnsDrawerProps) {
  const [drafts, setDrafts] = useState<DraftTable[]>(() => columns.tables.map(draftOf));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { message } = App.useApp();
  const several = columns.tables.length > 1;

  const edit = (table: string, change: (cs: DraftColumn[]) => DraftColumn[]) =>
    setDrafts((ds) => ds.map((d) => (d.key === table ? { ...d, columns: change(d.columns) } : d)));

  const save = async () => {
    setBusy(true);
    setProblem(null);
    let latest = columns;
    try {
      // One table per save: each is a single write of the one settings row.
      for (const draft of drafts) {
        const saved = latest.tables.find((t) => t.key === draft.key);
        if (saved && draftChanged(draft, saved))
          latest = await call('ledger.saveColumns', {
            ledger: columns.ledger,
            table: draft.key,
            columns: choicesOf(draft),
          });
      }
      onSaved(latest);
      void message.success(latest === columns ? '列没有改动' : '列设置已保存，预览已更新');
      onClose();
    } catch (err) {
      // A table saved before the refusal stays saved: show it in the preview too.
      if (latest !== columns) onSaved(latest);
      setProblem(failureMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const reset = async (table: string) => {
    setBusy(true);
    setProblem(null);
    try {
      const next = await call('ledger.resetColumns', { ledger: columns.ledger, table });
      const fresh = next.tables.find((t) => t.key === table);
      if (fresh) setDrafts((ds) => ds.map((d) => (d.key === table ? draftOf(fresh) : d)));
      onSaved(next);
      void message.success('已恢复默认的列');
    } catch (err) {
      setProblem(failureMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const footer = (
    <div style={{ display: 'grid', gap: 12 }}>
      {problem && <Alert type="error" showIcon title="没有保存" description={problem} />}
      <Space size="middle">
        <Button type="primary" size="large" loading={busy} onClick={() => void save()}>
          保存
        </Button>
        <Button size="large" disabled={busy} onClick={onClose}>
          取消
        </Button>
      </Space>
    </div>
  );

  return (
    <Drawer open={open} onClose={onClose} title={`调整列：${ledgerTitle}`} size={720} footer={footer}>
      <div style={{ display: 'grid', gap: 20 }}>
        <Typography.Paragraph style={{ fontSize: 16, margin: 0 }}>
          在框里输入新的列名（不填就用原来的名称）；不需要的列把开关拨到“隐藏”；用“上移”“下移”调整顺序。保存后，预览、打印和
          PDF 都按这里的设置。
        </Typography.Paragraph>
        {drafts.map((d) => (
          <section key={d.key} aria-label={several ? d.title : '各列'}>
            <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', marginBottom: 8 }}>
              <Typography.Title level={5} style={{ margin: 0 }}>
                {several ? d.title : '各列'}（共 {d.columns.length} 列，显示 {visibleCount(d.columns)} 列）
              </Typography.Title>
              <Popconfirm
                title="恢复默认的列？"
                description="列名、顺序和显示都回到默认，并立即保存。"
                okText="恢复默认"
                cancelText="不恢复"
                onConfirm={() => reset(d.key)}
              >
                <Button size="large" disabled={busy}>
                  恢复默认
                </Button>
              </Popconfirm>
            </div>
            <div style={{ border: '1px solid #f0f0f0', borderRadius: 6 }}>
              {d.columns.map((c, i) => (
                <ColumnRow
                  key={c.key}
                  column={c}
                  position={i + 1}
                  first={i === 0}
                  last={i === d.columns.length - 1}
                  lastShown={!c.hidden && visibleCount(d.columns) === 1}
                  onTitle={(title) => edit(d.key, (cs) => changeColumn(cs, i, { title }))}
                  onShown={(shown) => edit(d.key, (cs) => changeColumn(cs, i, { hidden: !shown }))}
                  onMove={(by) => edit(d.key, (cs) => moveColumn(cs, i, by))}
                />
              ))}
            </div>
          </section>
        ))}
      </div>
    </Drawer>
  );
}

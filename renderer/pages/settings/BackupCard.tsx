import { App, Button, Card, Input, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { BACKUP_KIND_LABELS, type BackupItem, type BackupList } from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';
import { localTime } from '../../components/localTime.js';

/** To the second: a restore's 恢复前 copy and the backup before it are often made in the same minute. */
const timeText = (iso: string) => localTime(iso, true);
const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** After a restore every page must read the restored data: start the app over from the home page. */
function reloadApp(): void {
  window.location.hash = '#/';
  window.location.reload();
}

/** 设置 → 备份与恢复: the automatic backups, 立即备份, 恢复 (undoable), the second folder. */
export function BackupCard() {
  const { message, modal } = App.useApp();
  const [list, setList] = useState<BackupList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [folder, setFolder] = useState('');

  const [version, setVersion] = useState(0);
  const load = () => setVersion((v) => v + 1);
  useEffect(() => {
    let stale = false;
    call('backups.list', {}).then(
      (l) => {
        if (stale) return;
        setList(l);
        setFolder(l.secondFolder ?? '');
        setError(null);
      },
      (err: unknown) => {
        if (!stale) setError(failureMessage(err));
      },
    );
    return () => {
      stale = true;
    };
  }, [version]);

  const backupNow = async () => {
    setBusy(true);
    try {
      const r = await call('backups.create', {});
      if (r.secondError) void message.warning(`已备份，但${r.secondError}`);
      else void message.success('已备份');
      load();
    } catch (err) {
      void message.error(failureMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const restore = (item: BackupItem) => {
    modal.confirm({
      title: '恢复到这个备份？',
      content: `将用 ${timeText(item.createdAt)} 的备份（${BACKUP_KIND_LABELS[item.kind]}）替换现在的全部数据。现在的数据会先另存为一份“恢复前”备份：如果恢复错了，再恢复那一份即可撤销。`,
      okText: '恢复',
      cancelText: '取消',
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          await call('backups.restore', { name: item.name });
          void message.success('已恢复，正在重新载入', 1);
          setTimeout(reloadApp, 800);
        } catch (err) {
          void message.error(failureMessage(err));
        }
      },
    });
  };

  const saveFolder = async () => {
    try {
      const r = await call('backups.setSecondFolder', { folder: folder.trim() || null });
      void message.success(r.secondFolder ? '已设置第二备份文件夹' : '已取消第二备份文件夹');
      load();
    } catch (err) {
      void message.error(failureMessage(err));
    }
  };

  return (
    <Card
      title="备份与恢复"
      extra={
        <Button type="primary" loading={busy} onClick={() => void backupNow()}>
          立即备份
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        程序每次启动、每天、每次导入数据之前都会自动备份，保留最近 7 天、4 周和 12 个月的备份。
        {list && <>备份保存在：{list.folder}</>}
      </Typography.Paragraph>
      {error && <Typography.Paragraph type="danger">{error}</Typography.Paragraph>}
      <Table<BackupItem>
        size="small"
        rowKey="name"
        loading={!list && !error}
        dataSource={list?.items ?? []}
        pagination={{ pageSize: 8, hideOnSinglePage: true }}
        locale={{ emptyText: '还没有备份' }}
        columns={[
          { title: '备份时间', dataIndex: 'createdAt', render: timeText },
          { title: '类型', dataIndex: 'kind', render: (k: BackupItem['kind']) => BACKUP_KIND_LABELS[k] },
          { title: '大小', dataIndex: 'size', render: sizeText },
          {
            title: '操作',
            key: 'restore',
            render: (_: unknown, item) => (
              <Button size="small" onClick={() => restore(item)}>
                恢复
              </Button>
            ),
          },
        ]}
      />
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 8 }}>
        第二备份文件夹（可选，如 U
        盘）：每次备份再复制一份到这里。为安全起见，这份副本不含本机的数据交换密钥（密钥请在“数据交换”页另做密钥备份）。
      </Typography.Paragraph>
      <Space.Compact style={{ width: '100%', maxWidth: 640 }}>
        <Input
          aria-label="第二备份文件夹"
          placeholder="例如 E:\ 或 /media/u盘（留空为不用）"
          value={folder}
          onChange={(e) => setFolder(e.target.value)}
        />
        <Button onClick={() => void saveFolder()}>保存</Button>
      </Space.Compact>
    </Card>
  );
}

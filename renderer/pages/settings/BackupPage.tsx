import { BackupCard } from './BackupCard.js';

/** An office's 备份与恢复: the same backups as a branch's 设置 card, on a page of its own. */
export function BackupPage() {
  return (
    <div style={{ maxWidth: 960 }}>
      <BackupCard />
    </div>
  );
}

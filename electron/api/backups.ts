import { z } from 'zod';
import { op } from './define.js';

/** Why a backup was made; the UI shows the label. */
export const BACKUP_KIND_LABELS = {
  start: '启动时',
  daily: '每日',
  import: '导入前',
  migrate: '升级前',
  restore: '恢复前',
  manual: '手动',
} as const;
export type BackupKindName = keyof typeof BACKUP_KIND_LABELS;

export interface BackupItem {
  /** The file's name in the backup folder: what 恢复 asks for. */
  name: string;
  kind: BackupKindName;
  /** ISO timestamp (UTC). */
  createdAt: string;
  size: number;
}

export interface BackupList {
  folder: string;
  /** Optional second folder (a USB stick): gets a copy without this PC's keys. */
  secondFolder: string | null;
  items: BackupItem[];
}

export interface HealthFinding {
  check: 'integrity' | 'references' | 'clock' | 'log' | 'history';
  message: string;
}

export interface HealthState {
  state: 'pending' | 'done';
  findings: HealthFinding[];
}

const backupName = z
  .string({ error: '请选择一个备份' })
  .regex(/^[^/\\]+\.sqlite$/, { error: '备份文件名不正确' })
  .refine((n) => !n.startsWith('.'), { error: '备份文件名不正确' });

export const backupOps = {
  'backups.list': op<BackupList>()({
    summary: '自动备份列表（日期、大小、类型）',
    role: 'admin',
    input: z.object({}),
    errors: [],
  }),
  'backups.create': op<{ name: string; secondError: string | null }>()({
    summary: '立即备份',
    role: 'admin',
    input: z.object({}),
    errors: [],
  }),
  'backups.restore': op<{ undoName: string | null; damagedName: string | null }>()({
    summary: '从备份恢复（先把当前数据另存为“恢复前”备份，可撤销）',
    role: 'admin',
    input: z.object({ name: backupName }),
    errors: ['NOT_FOUND'],
  }),
  'backups.setSecondFolder': op<{ secondFolder: string | null }>()({
    summary: '设置第二备份文件夹（如 U 盘），空为不用',
    role: 'admin',
    input: z.object({ folder: z.string().trim().max(500, { error: '文件夹路径过长' }).nullable() }),
    errors: [],
  }),
  'app.health': op<HealthState>()({
    summary: '启动时的数据文件检查结果（同 zhibu verify）',
    role: 'viewer',
    input: z.object({}),
    errors: [],
  }),
};

import { z } from 'zod';
import { op } from './define.js';
import { requiredText } from './fields.js';

export interface PeerStatus {
  code: string;
  name: string;
  role: 'office' | 'branch';
  /** The peer's keys are known (a branch has sent its first bundle). */
  keysKnown: boolean;
  fingerprint: string | null;
  /** An office stopped accepting this branch's bundles and sends it none (停用). */
  revoked: boolean;
  lastSent: number;
  lastReceived: number;
  acknowledged: number;
  /** When the peer's latest bundle was imported here (null: none yet). */
  lastReceivedAt: string | null;
  /** Records in that bundle. */
  lastReceivedRows: number | null;
  /** When the latest bundle to the peer was exported (null: none yet). */
  lastSentAt: string | null;
  /** Records in that bundle. */
  lastSentRows: number | null;
  /**
   * Something to send back (only for an active peer with known keys): `data` when rows for it
   * changed here after the latest bundle to it, `receipt` when only a bundle from it awaits
   * confirmation; null when nothing.
   */
  sendDue: 'data' | 'receipt' | null;
}

export interface BundleLogLine {
  direction: 'out' | 'in';
  peer: string;
  seq: number;
  at: string;
  rows: number;
  applied: number | null;
  conflicts: number | null;
}

export interface ConflictLine {
  id: number;
  peer: string;
  table: string;
  rowId: string;
  keptHlc: string;
  lostHlc: string;
  /** The version that lost, column by column. */
  lost: Record<string, unknown>;
  created: string;
}

export interface ExchangeStatus {
  mode: 'branch' | 'office';
  code: string;
  fingerprint: string;
  peers: PeerStatus[];
  history: BundleLogLine[];
  conflicts: ConflictLine[];
}

export interface BundleFile {
  fileName: string;
  base64: string;
}

export interface ImportLine {
  fileName: string;
  ok: boolean;
  message: string;
}

/** A removable drive (U 盘) the main process can see: its mount point or drive letter. */
export interface DriveChoice {
  path: string;
  label: string;
}

/** One branch's line of 全部导出: written, skipped (no keys yet) or failed, with the reason. */
export interface ExportAllLine {
  code: string;
  name: string;
  status: 'written' | 'skipped' | 'failed';
  message: string;
  fileName: string | null;
  seq: number | null;
  rows: number | null;
  full: boolean | null;
}

export interface ExportAll {
  dir: string;
  lines: ExportAllLine[];
  written: number;
  /** Stopped branches (停用), which get no bundle. */
  revoked: number;
}

/**
 * What a bundle carries, for export reports: 全部数据 only for a full bundle (the first to a
 * peer, or a recovery bundle); otherwise 增量, and a bundle with no rows only confirms receipt.
 */
export function bundleContents(b: { rows: number; full: boolean }): string {
  if (b.rows === 0) return '确认收到（无新数据）';
  return `${b.full ? '全部数据' : '增量'}，${b.rows} 条记录`;
}

export interface FolderImport {
  lines: ImportLine[];
  /** .zbx files in the folder that are addressed to another organisation (e.g. this one's own exports). */
  skipped: number;
}

/** POSIX absolute, a drive letter (E: or E:\…) or a UNC share (\\server\share). */
export function isAbsoluteFolder(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:([\\/]|$)/.test(path) || path.startsWith('\\\\');
}

const folder = z
  .string({ error: '请选择 U 盘或填写文件夹' })
  .trim()
  .min(1, { error: '请选择 U 盘或填写文件夹' })
  .max(1000, { error: '文件夹路径过长' })
  .refine(isAbsoluteFolder, { error: '文件夹须填写完整路径（例如 E:\\ 或 /media/用户名/U盘）' })
  // "E:" alone means the current folder of drive E; the user means its root.
  .transform((p) => (/^[A-Za-z]:$/.test(p) ? `${p}\\` : p));

export const MIN_PASSPHRASE_LENGTH = 8;

const passphrase = z
  .string({ error: '请输入口令' })
  .min(1, { error: '请输入口令' })
  .refine((s) => [...s].length >= MIN_PASSPHRASE_LENGTH, { error: `口令至少 ${MIN_PASSPHRASE_LENGTH} 个字符` })
  .refine((s) => s.length <= 200, { error: '口令不能超过 200 个字符' });

const exportInput = {
  peer: z.string({ error: '接收单位代码无效' }).max(32, { error: '接收单位代码无效' }).optional(),
  full: z.boolean({ error: '“导出全部数据”只能是是或否' }).default(false),
};

const fileInput = z.object({
  fileName: z.string({ error: '缺少文件名' }).max(255, { error: '文件名过长' }),
  base64: z.string({ error: '请选择文件' }).min(1, { error: '请选择文件' }).max(300_000_000, { error: '文件过大' }),
});

export const exchangeOps = {
  'exchange.status': op<ExchangeStatus>()({
    summary: '数据交换：本机指纹、已登记单位、收发记录、待处理冲突',
    role: 'viewer',
    input: z.object({}),
    errors: ['NOT_SET_UP'],
  }),
  'exchange.enrolBranch': op<BundleFile>()({
    summary: '上级党委登记一个支部，生成登记文件',
    role: 'admin',
    input: z.object({
      code: requiredText('支部代码', 32),
      name: requiredText('支部名称', 60),
      again: z.boolean().default(false),
    }),
    errors: ['NOT_SET_UP'],
  }),
  'exchange.importEnrolment': op<{ office: string; fingerprint: string }>()({
    summary: '支部导入上级党委的登记文件',
    role: 'admin',
    input: fileInput,
    errors: ['NOT_SET_UP'],
  }),
  'exchange.export': op<BundleFile & { seq: number; rows: number; full: boolean }>()({
    summary: '导出数据包',
    role: 'clerk',
    input: z.object(exportInput),
    errors: ['NOT_SET_UP'],
  }),
  'exchange.drives': op<DriveChoice[]>()({
    summary: '本机能看到的 U 盘等可移动磁盘',
    role: 'viewer',
    input: z.object({}),
    errors: [],
  }),
  'exchange.exportTo': op<{ path: string; fileName: string; seq: number; rows: number; full: boolean }>()({
    summary: '导出数据包到 U 盘或指定文件夹（不覆盖已有文件）',
    role: 'clerk',
    input: z.object({ ...exportInput, dir: folder }),
    errors: ['NOT_SET_UP'],
  }),
  'exchange.exportAll': op<ExportAll>()({
    summary:
      '上级党委给全部支部各导出一个数据包到 U 盘或指定文件夹（已停用的除外；每个单独成功或失败，不覆盖已有文件）',
    role: 'clerk',
    input: z.object({ dir: folder }),
    errors: ['NOT_SET_UP'],
  }),
  'exchange.importFrom': op<FolderImport>()({
    summary: '导入 U 盘或文件夹中发给本单位的全部数据包（每个单独成功或失败）',
    role: 'clerk',
    input: z.object({ dir: folder }),
    errors: ['NOT_SET_UP'],
  }),
  'exchange.revokeBranch': op<{ code: string; name: string }>()({
    summary: '上级党委停用一个支部：不再接收也不再发给它数据包',
    role: 'admin',
    input: z.object({
      code: requiredText('支部代码', 32),
      confirm: z.literal(true, { error: '请确认停用该支部' }),
    }),
    errors: ['NOT_SET_UP'],
  }),
  'exchange.backupKeys': op<BundleFile>()({
    summary: '备份本机密钥（用口令加密）',
    role: 'admin',
    input: z
      .object({ passphrase, confirm: z.string({ error: '请再次输入口令' }) })
      .refine((v) => v.confirm === v.passphrase, { path: ['confirm'], error: '两次输入的口令不一致' }),
    errors: ['NOT_SET_UP'],
  }),
  'exchange.restoreKeys': op<{ fingerprint: string }>()({
    summary: '从密钥备份恢复本机密钥（更换电脑后保持原身份）',
    role: 'admin',
    input: fileInput.extend({ passphrase }),
    errors: ['NOT_SET_UP'],
  }),
  'exchange.import': op<ImportLine[]>()({
    summary: '导入数据包（可一次导入多个，每个单独成功或失败）',
    role: 'clerk',
    input: z.object({
      files: z.array(fileInput).min(1, { error: '请选择数据包文件' }).max(500, { error: '一次最多导入 500 个文件' }),
    }),
    errors: ['NOT_SET_UP'],
  }),
  'exchange.resolveConflict': op<{ id: number }>()({
    summary: '处理冲突：保留当前版本，或改用另一版本',
    role: 'clerk',
    input: z.object({
      id: z.coerce.number({ error: '冲突编号无效' }).int({ error: '冲突编号无效' }).positive({ error: '冲突编号无效' }),
      keep: z.enum(['current', 'other'], { error: '请选择保留哪个版本' }),
    }),
    errors: ['NOT_FOUND'],
  }),
};

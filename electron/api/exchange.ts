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
  lastSent: number;
  lastReceived: number;
  acknowledged: number;
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
    input: z.object({
      peer: z.string({ error: '接收单位代码无效' }).max(32, { error: '接收单位代码无效' }).optional(),
      full: z.boolean().default(false),
    }),
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

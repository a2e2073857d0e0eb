import type { AuditEntry } from '../../../electron/api/index.js';
import { TABLE_LABELS } from '../../../electron/api/tables.js';

const ACTIONS: Record<string, string> = {
  insert: '新增',
  update: '修改',
  delete: '删除',
  login: '登录',
  'login.failed': '登录失败',
  logout: '退出登录',
  lock: '锁定',
  reveal: '查看完整信息',
  recover: '找回管理员密码',
  'recover.failed': '找回密码失败',
  'account.create': '新增账号',
  'account.update': '修改账号',
  'account.password': '修改密码',
  'settings.lock': '设置自动锁定',
  import: '导入数据包',
};

const TABLES: Record<string, string> = { ...TABLE_LABELS, account: '账号' };

export function actionLabel(action: string): string {
  return ACTIONS[action] ?? action;
}

export function tableLabel(table: string | null): string {
  return table ? (TABLES[table] ?? table) : '';
}

function shown(v: unknown): string {
  if (v === null || v === undefined || v === '') return '（空）';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** Each changed field as `字段：前 → 后`; field names are the stored column names. */
export function changeLines(e: AuditEntry): string[] {
  return Object.entries(e.changes).map(([k, [before, after]]) =>
    e.action === 'insert' ? `${k}：${shown(after)}` : `${k}：${shown(before)} → ${shown(after)}`,
  );
}

/** Local date and time of an entry (stored in UTC). */
export function localTime(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

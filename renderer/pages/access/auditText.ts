import type { AuditEntry } from '../../../electron/api/index.js';
import { TABLE_LABELS } from '../../../electron/api/tables.js';
import { fieldLabel, isShownField, objectText, readableValue } from '../../components/recordFields.js';

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
  'settings.dataKey': '设置数据加密',
  import: '导入数据包',
};

const TABLES: Record<string, string> = { ...TABLE_LABELS, account: '账号' };

export function actionLabel(action: string): string {
  return ACTIONS[action] ?? action;
}

export function tableLabel(table: string | null): string {
  return table ? (TABLES[table] ?? table) : '';
}

type Names = Record<string, string>;

/** A value as stored, except codes, money and switches (as the form shows them) and ids (the record's name). */
function shown(table: string | null, column: string, v: unknown, names: Names): string {
  if (v === null || v === undefined || v === '') return '（空）';
  const readable = readableValue(table, column, v);
  if (readable !== undefined) return readable;
  if (typeof v !== 'string') return JSON.stringify(v);
  if (names[v]) return names[v];
  return objectText(v, names) ?? v;
}

/**
 * Each changed field as `字段：前 → 后`, named as its form names it; bookkeeping columns are left
 * out, and a new record (or account) lists its values alone.
 */
export function changeLines(e: AuditEntry, names: Names = {}): string[] {
  const fields = Object.entries(e.changes).filter(([k]) => isShownField(k));
  const created =
    e.action === 'insert' ||
    (e.action !== 'update' && fields.every(([, [before]]) => before === null || before === undefined));
  return fields.map(([k, [before, after]]) => {
    const label = fieldLabel(e.table, k);
    return created
      ? `${label}：${shown(e.table, k, after, names)}`
      : `${label}：${shown(e.table, k, before, names)} → ${shown(e.table, k, after, names)}`;
  });
}

/** The record an entry is about: its kind, and its name where it has one. */
export function recordText(e: AuditEntry, names: Names): string {
  const name = e.rowId ? names[e.rowId] : undefined;
  return name ? `${tableLabel(e.table)}：${name}` : tableLabel(e.table);
}

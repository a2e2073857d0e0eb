import { z } from 'zod';
import { op, USER_ROLES, type UserRole } from './define.js';
import { oneOf, optionalIsoDate, optionalText, recordId, requiredText } from './fields.js';

export const MIN_PASSWORD = 6;
export const DEFAULT_IDLE_MINUTES = 10;

/** Who is logged in on this window or browser session. */
export interface SessionUser {
  id: string;
  name: string;
  role: UserRole;
}

export interface AuthStatus {
  /** No account exists yet (a fresh installation, or one from before accounts): create the 管理员 first. */
  needsAdmin: boolean;
  user: SessionUser | null;
  /** Set while the app is locked: the user who locked it (or was locked out by idle time). */
  lockedName: string | null;
  /** Minutes without use before the app locks itself. */
  idleMinutes: number;
  /** The data itself is still closed: only an account's password opens it (the login page says so). */
  dataLocked?: boolean;
}

/** How the data key is protected on this PC (账号管理 › 数据加密). */
export interface DataKeyStatus {
  /** The data file is encrypted (false only for a database with nothing to protect). */
  encrypted: boolean;
  /** This PC (OS user) opens the data without a password: 本机免密打开. Off: 仅凭密码打开数据. */
  opensWithoutPassword: boolean;
  /** What opens it here without a password: 本机密钥 (a file in the user's folder) or 系统钥匙串. */
  localLabel: string;
  /** The accounts whose password opens the data. */
  accountsWithPassword: string[];
}

export interface UserInfo {
  id: string;
  name: string;
  role: UserRole;
  disabled: boolean;
  createdAt: string;
}

/** One line of 操作记录: `changes` maps a field to its value before and after. */
export interface AuditEntry {
  seq: number;
  at: string;
  userName: string;
  action: string;
  table: string | null;
  rowId: string | null;
  changes: Record<string, [unknown, unknown]>;
  note: string;
}

export interface AuditPage {
  entries: AuditEntry[];
  total: number;
  /** Names of the people, groups, meetings and accounts the entries refer to by id. */
  names: Record<string, string>;
}

const password = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    // An empty box asks to be filled in, like every other form; a short one names the minimum.
    .min(1, { error: `请填写${label}` })
    .min(MIN_PASSWORD, { error: `${label}至少 ${MIN_PASSWORD} 位` })
    .max(128, { error: `${label}不能超过 128 位` });

const userName = requiredText('用户名', 20);
const role = oneOf('角色', USER_ROLES);

export const REVEAL_FIELDS = ['idNumber', 'phone'] as const;

export const accessOps = {
  'auth.status': op<AuthStatus>()({
    summary: '登录状态：是否需要先创建管理员、当前用户、是否已锁定',
    role: 'public',
    input: z.object({}),
    errors: [],
  }),
  'auth.setupAdmin': op<SessionUser>()({
    summary: '首次使用：创建管理员账号并登录',
    role: 'public',
    input: z.object({ name: userName, password: password('密码') }),
    errors: ['ALREADY_SET_UP'],
  }),
  'auth.login': op<SessionUser>()({
    summary: '登录（或解锁）',
    role: 'public',
    input: z.object({ name: userName, password: z.string({ error: '请填写密码' }).min(1, { error: '请填写密码' }) }),
    errors: ['LOGIN_FAILED'],
  }),
  'auth.lock': op<null>()({
    summary: '锁定：离开电脑时，需要重新输入密码才能继续',
    role: 'public',
    input: z.object({}),
    errors: [],
  }),
  'auth.logout': op<null>()({
    summary: '退出登录',
    role: 'public',
    input: z.object({}),
    errors: [],
  }),
  'auth.recover': op<null>()({
    summary: '忘记管理员密码：用密钥备份文件和它的口令重设密码',
    role: 'public',
    input: z.object({
      name: userName,
      keyBackupBase64: z.string({ error: '请选择密钥备份文件' }).min(1, { error: '请选择密钥备份文件' }),
      passphrase: z.string({ error: '请填写密钥备份口令' }).min(1, { error: '请填写密钥备份口令' }),
      newPassword: password('新密码'),
    }),
    errors: ['LOGIN_FAILED', 'NOT_SET_UP', 'NOT_FOUND'],
  }),
  'auth.changePassword': op<null>()({
    summary: '修改自己的密码',
    role: 'viewer',
    input: z.object({ current: z.string({ error: '请填写原密码' }), next: password('新密码') }),
    errors: ['LOGIN_FAILED'],
  }),
  'users.list': op<UserInfo[]>()({
    summary: '账号管理：全部账号',
    role: 'admin',
    input: z.object({}),
    errors: [],
  }),
  'users.create': op<UserInfo>()({
    summary: '账号管理：新增账号',
    role: 'admin',
    input: z.object({ name: userName, role, password: password('初始密码') }),
    errors: [],
  }),
  'users.update': op<UserInfo>()({
    summary: '账号管理：修改角色，停用或启用账号',
    role: 'admin',
    input: z.object({ id: recordId('账号'), role, disabled: z.boolean({ error: '停用应为是或否' }) }),
    errors: ['NOT_FOUND'],
  }),
  'users.resetPassword': op<null>()({
    summary: '账号管理：重设一个账号的密码',
    role: 'admin',
    input: z.object({ id: recordId('账号'), password: password('新密码') }),
    errors: ['NOT_FOUND'],
  }),
  'users.setIdleMinutes': op<null>()({
    summary: '设置无操作多少分钟后自动锁定',
    role: 'admin',
    input: z.object({
      minutes: z.coerce
        .number({ error: '自动锁定时间必须是分钟数' })
        .int({ error: '自动锁定时间必须是整分钟' })
        .min(1, { error: '自动锁定时间至少 1 分钟' })
        .max(240, { error: '自动锁定时间不超过 240 分钟' }),
    }),
    errors: [],
  }),
  'users.dataKeyStatus': op<DataKeyStatus>()({
    summary: '数据加密：本机能否免密打开数据，哪些账号的密码能打开',
    role: 'admin',
    input: z.object({}),
    errors: [],
  }),
  'users.setPasswordOnly': op<DataKeyStatus>()({
    summary: '数据加密：设为仅凭账号密码打开数据，或恢复本机免密打开',
    role: 'admin',
    input: z.object({ passwordOnly: z.boolean({ error: '请选择是否仅凭密码打开' }) }),
    errors: ['NOT_SET_UP'],
  }),
  'audit.search': op<AuditPage>()({
    summary: '操作记录：按人、日期、内容查找（新的在前）',
    role: 'admin',
    input: z.object({
      text: optionalText('查找内容', 60),
      userName: optionalText('操作人', 20),
      from: optionalIsoDate('开始日期'),
      to: optionalIsoDate('结束日期'),
      limit: z.coerce.number().int().min(1).max(2000).default(200),
      offset: z.coerce.number().int().min(0).default(0),
    }),
    errors: [],
  }),
  'audit.history': op<AuditEntry[]>()({
    summary: '一条记录的修改历史（谁、何时、改了什么）',
    role: 'admin',
    input: z.object({ table: requiredText('表', 40), id: recordId('记录') }),
    errors: [],
  }),
  'members.reveal': op<string>()({
    summary: '显示一名党员完整的身份证号或电话（记入操作记录）',
    role: 'viewer',
    input: z.object({ id: recordId('党员'), field: oneOf('字段', REVEAL_FIELDS) }),
    errors: ['NOT_FOUND'],
  }),
};

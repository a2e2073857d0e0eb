import { z } from 'zod';
import { MAX_ATTACHMENT_BYTES } from './attachments.js';
import { op } from './define.js';
import { optionalIsoDate, optionalText, recordId, requiredText } from './fields.js';
import type { AttachmentInfo } from './meetings.js';

/** Every enrolled branch (also those enrolled later), or a chosen list of branch codes. */
export type NoticeRecipients = '*' | string[];

/** What a county office sends with a notice: documents and forms to fill in, as well as scans. */
export const NOTICE_FILE_MIMES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;
export type NoticeFileMime = (typeof NOTICE_FILE_MIMES)[number];
export const NOTICE_FILE_TYPES: Record<string, NoticeFileMime> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
export const MAX_NOTICE_FILES = 10;

/** The type of a file by its name (a browser may report none for a Word or Excel file). */
export function noticeFileMime(fileName: string): NoticeFileMime | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return NOTICE_FILE_TYPES[ext] ?? null;
}

const branchCode = z
  .string({ error: '支部代码无效' })
  .trim()
  .min(1, { error: '支部代码无效' })
  .max(32, { error: '支部代码无效' });

const NO_RECIPIENTS = '请选择接收通知的支部：全部支部，或至少选择一个支部';

export const noticeInput = z.object({
  id: recordId('通知').optional(),
  title: requiredText('通知标题', 60),
  body: optionalText('通知正文', 5000),
  dueOn: optionalIsoDate('办理期限'),
  recipients: z.union(
    [
      z.literal('*'),
      z.array(branchCode).min(1, { error: NO_RECIPIENTS }).max(2000, { error: '一次最多发给 2000 个支部' }),
    ],
    { error: NO_RECIPIENTS },
  ),
});
export type NoticeInput = z.output<typeof noticeInput>;

/** A branch's answer to a notice: when it was first opened and when it was done. */
export interface NoticeReply {
  readOn: string | null;
  doneOn: string | null;
  note: string;
}

export interface NoticeProgress {
  /** Branches the notice is addressed to. */
  total: number;
  read: number;
  done: number;
}

export interface NoticeSummary {
  id: string;
  title: string;
  issuedOn: string;
  dueOn: string | null;
  issuer: string;
  recipients: NoticeRecipients;
  files: number;
  /** Past its due date and not done (office: by some branch; branch: by this branch). */
  overdue: boolean;
  /** Office only: how many branches have read and done it. */
  progress: NoticeProgress | null;
  /** Branch only: this branch's answer; null until it is opened. */
  reply: NoticeReply | null;
}

/** unsent: not yet in any bundle exported to the branch; unread: sent, no answer yet. */
export type NoticeBranchState = 'unsent' | 'unread' | 'read' | 'done';

export interface NoticeBranchLine extends NoticeReply {
  code: string;
  name: string;
  state: NoticeBranchState;
}

export interface NoticeDetail extends NoticeSummary {
  body: string;
  attachments: AttachmentInfo[];
  /** Office only: one line per branch addressed, unanswered first. */
  branches: NoticeBranchLine[];
}

export interface NoticeList {
  mode: 'office' | 'branch';
  /** Office only: the enrolled branches a notice can be addressed to. */
  branches: { code: string; name: string }[];
  /** Newest first. */
  notices: NoticeSummary[];
}

/** A notice the branch has not done yet that has a due date, or has not even opened. */
export interface NoticeReminder {
  id: string;
  title: string;
  dueOn: string | null;
  /** Days until the due date; negative once it has passed; null without a due date. */
  daysLeft: number | null;
  read: boolean;
}

const noticeId = z.object({ id: recordId('通知') });

export const noticeDoneInput = z.object({
  id: recordId('通知'),
  /** null takes back a 已办 marked by mistake. */
  doneOn: optionalIsoDate('办结日期'),
  note: optionalText('办理情况', 500),
});

export const noticeOps = {
  'notices.list': op<NoticeList>()({
    summary: '通知列表：上级党委看各支部办理进度，支部看收到的通知',
    role: 'viewer',
    input: z.object({}),
    errors: ['NOT_SET_UP'],
  }),
  'notices.get': op<NoticeDetail>()({
    summary: '一条通知的正文、附件，以及（上级党委）各支部的阅读和办理情况',
    role: 'viewer',
    input: noticeId,
    errors: ['NOT_SET_UP', 'NOT_FOUND'],
  }),
  'notices.save': op<NoticeDetail>()({
    summary: '上级党委发布或修改通知',
    role: 'clerk',
    input: noticeInput,
    errors: ['NOT_SET_UP', 'NOT_FOUND', 'FORBIDDEN'],
  }),
  'notices.remove': op<{ id: string }>()({
    summary: '上级党委删除通知（各支部处随之删除，留痕）',
    role: 'clerk',
    input: noticeId,
    errors: ['NOT_SET_UP', 'NOT_FOUND', 'FORBIDDEN'],
  }),
  'notices.addFile': op<AttachmentInfo>()({
    summary: '给通知添加附件（随通知发给同样的支部）',
    role: 'clerk',
    input: z.object({
      noticeId: recordId('通知'),
      fileName: requiredText('文件名', 120),
      mime: z.enum(NOTICE_FILE_MIMES, { error: '只能添加 PDF、Word、Excel 文件或 JPG、PNG 图片' }),
      base64: z
        .string({ error: '缺少文件内容' })
        .min(4, { error: '文件是空的' })
        .max(Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 4, { error: '文件过大（超过 5 MB）' }),
    }),
    errors: ['NOT_SET_UP', 'NOT_FOUND', 'FORBIDDEN'],
  }),
  'notices.removeFile': op<{ id: string }>()({
    summary: '删除通知的一个附件（留痕）',
    role: 'clerk',
    input: z.object({ id: recordId('附件') }),
    errors: ['NOT_SET_UP', 'NOT_FOUND', 'FORBIDDEN'],
  }),
  // Viewer: recording that a notice was opened is part of reading it.
  'notices.markRead': op<NoticeReply>()({
    summary: '支部打开通知时记为已阅',
    role: 'viewer',
    input: noticeId,
    errors: ['NOT_SET_UP', 'NOT_FOUND', 'FORBIDDEN'],
  }),
  'notices.markDone': op<NoticeReply>()({
    summary: '支部标记通知已办（或撤销已办）',
    role: 'clerk',
    input: noticeDoneInput,
    errors: ['NOT_SET_UP', 'NOT_FOUND', 'FORBIDDEN'],
  }),
};

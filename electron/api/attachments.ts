import { z } from 'zod';
import { op } from './define.js';
import type { AttachmentInfo } from './meetings.js';
import { recordId, requiredText } from './fields.js';

export const ATTACHMENT_MIMES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
/** A phone photo or a scanned sign-in sheet; larger files are refused. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_RECORD = 20;

export interface AttachmentData extends AttachmentInfo {
  base64: string;
}

export const attachmentOps = {
  'attachments.add': op<AttachmentInfo>()({
    summary: '给会议记录添加照片或扫描的签到表',
    role: 'clerk',
    input: z.object({
      meetingId: recordId('会议记录'),
      fileName: requiredText('文件名', 120),
      mime: z.enum(ATTACHMENT_MIMES, { error: '只能添加 JPG、PNG 图片或 PDF 文件' }),
      base64: z
        .string({ error: '缺少文件内容' })
        .min(4, { error: '文件是空的' })
        .max(Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 4, { error: '文件过大（超过 5 MB）' }),
    }),
    errors: ['NOT_FOUND', 'FORBIDDEN'],
  }),
  'attachments.get': op<AttachmentData>()({
    summary: '读取一个附件',
    role: 'viewer',
    input: z.object({ id: recordId('附件') }),
    errors: ['NOT_FOUND'],
  }),
  'attachments.remove': op<{ id: string }>()({
    summary: '删除一个附件（留痕）',
    role: 'clerk',
    input: z.object({ id: recordId('附件') }),
    errors: ['NOT_FOUND'],
  }),
};

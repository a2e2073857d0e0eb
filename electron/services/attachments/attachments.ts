import { attachmentsOf, findAttachment } from '../../../db/queries/attachments.js';
import { findMeeting } from '../../../db/queries/meetings.js';
import { insertRecord, tombstoneRecord } from '../../../db/records.js';
import type { ParsedInput } from '../../api/index.js';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_RECORD, type AttachmentData } from '../../api/attachments.js';
import type { AttachmentInfo } from '../../api/meetings.js';
import type { ServiceContext } from '../context.js';
import { invalid, ServiceError } from '../errors.js';
import { readSettings } from '../settings/settings.js';
import { inTransaction } from '../tx.js';

/** The first bytes of each allowed type: a renamed file of another kind is refused. */
function looksLike(mime: string, bytes: Buffer): boolean {
  if (mime === 'image/jpeg') return bytes[0] === 0xff && bytes[1] === 0xd8;
  if (mime === 'image/png') return bytes.subarray(0, 4).toString('latin1') === '\x89PNG';
  return bytes.subarray(0, 5).toString('latin1') === '%PDF-';
}

export async function addAttachment(
  ctx: ServiceContext,
  input: ParsedInput<'attachments.add'>,
): Promise<AttachmentInfo> {
  if (!(await readSettings(ctx.db)).attachmentsEnabled)
    throw invalid([{ field: 'meetingId', message: '附件功能未开启：请在“设置”中开启后再添加照片或签到表' }]);
  const bytes = Buffer.from(input.base64, 'base64');
  if (bytes.length === 0 || bytes.length > MAX_ATTACHMENT_BYTES)
    throw invalid([{ field: 'base64', message: '文件为空或超过 5 MB' }]);
  if (!looksLike(input.mime, bytes))
    throw invalid([{ field: 'base64', message: '文件内容与类型不符，请选择 JPG、PNG 图片或 PDF 文件' }]);
  return inTransaction(ctx, async (tx, stamp) => {
    if (!(await findMeeting(tx, input.meetingId))) throw new ServiceError('NOT_FOUND', '找不到该会议记录');
    if ((await attachmentsOf(tx, 'meeting', input.meetingId)).length >= MAX_ATTACHMENTS_PER_RECORD)
      throw invalid([{ field: 'meetingId', message: `每条记录最多 ${MAX_ATTACHMENTS_PER_RECORD} 个附件` }]);
    const id = await insertRecord(tx, stamp, 'attachment', {
      owner_table: 'meeting',
      owner_id: input.meetingId,
      file_name: input.fileName,
      mime: input.mime,
      size: bytes.length,
      data: bytes,
    });
    return { id, fileName: input.fileName, mime: input.mime, size: bytes.length };
  });
}

export async function getAttachment(ctx: ServiceContext, id: string): Promise<AttachmentData> {
  const row = await findAttachment(ctx.db, id);
  if (!row) throw new ServiceError('NOT_FOUND', '找不到该附件');
  return {
    id: row.id,
    fileName: row.file_name,
    mime: row.mime,
    size: row.size,
    base64: Buffer.from(row.data).toString('base64'),
  };
}

export async function removeAttachment(ctx: ServiceContext, id: string): Promise<{ id: string }> {
  return inTransaction(ctx, async (tx, stamp) => {
    if (!(await findAttachment(tx, id))) throw new ServiceError('NOT_FOUND', '找不到该附件');
    await tombstoneRecord(tx, stamp, 'attachment', id);
    return { id };
  });
}

import { attachmentsOf, findAttachment } from '../../../db/queries/attachments.js';
import { insertRecord, tombstoneRecord } from '../../../db/records.js';
import { MAX_ATTACHMENT_BYTES } from '../../api/attachments.js';
import type { ParsedInput } from '../../api/index.js';
import type { AttachmentInfo } from '../../api/meetings.js';
import { MAX_NOTICE_FILES, type NoticeFileMime } from '../../api/notices.js';
import type { ServiceContext } from '../context.js';
import { invalid, ServiceError } from '../errors.js';
import { inTransaction } from '../tx.js';
import { copyNoticeAudience } from './audience.js';
import { findNotice } from './rows.js';
import { requireOffice } from './save.js';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const MAGIC: Record<NoticeFileMime, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d],
  'image/jpeg': [0xff, 0xd8],
  'image/png': [0x89, 0x50, 0x4e, 0x47],
  'application/msword': OLE,
  'application/vnd.ms-excel': OLE,
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ZIP,
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ZIP,
};

/** The first bytes of each allowed type: a renamed file of another kind is refused. */
function looksLike(mime: NoticeFileMime, bytes: Buffer): boolean {
  return MAGIC[mime].every((b, i) => bytes[i] === b);
}

/**
 * The meeting attachments op is tied to meetings and to the branch's optional photo
 * setting; a notice's files are part of the notice, so they have their own op and travel
 * to the same branches as the notice.
 */
export async function addNoticeFile(
  ctx: ServiceContext,
  input: ParsedInput<'notices.addFile'>,
): Promise<AttachmentInfo> {
  await requireOffice(ctx);
  const bytes = Buffer.from(input.base64, 'base64');
  if (bytes.length === 0 || bytes.length > MAX_ATTACHMENT_BYTES)
    throw invalid([{ field: 'base64', message: `“${input.fileName}”是空文件或超过 5 MB` }]);
  if (!looksLike(input.mime, bytes))
    throw invalid([{ field: 'base64', message: `“${input.fileName}”的内容与文件类型不符，请确认文件没有损坏` }]);
  return inTransaction(ctx, async (tx, stamp) => {
    if (!(await findNotice(tx, input.noticeId))) throw new ServiceError('NOT_FOUND', '找不到这条通知，可能已被删除');
    if ((await attachmentsOf(tx, 'notice', input.noticeId)).length >= MAX_NOTICE_FILES)
      throw invalid([{ field: 'noticeId', message: `每条通知最多 ${MAX_NOTICE_FILES} 个附件` }]);
    const id = await insertRecord(tx, stamp, 'attachment', {
      owner_table: 'notice',
      owner_id: input.noticeId,
      file_name: input.fileName,
      mime: input.mime,
      size: bytes.length,
      data: bytes,
    });
    await copyNoticeAudience(tx, input.noticeId, 'attachment', id);
    return { id, fileName: input.fileName, mime: input.mime, size: bytes.length };
  });
}

/** The tombstone has the notice's audience, so the file disappears at the branches too. */
export async function removeNoticeFile(ctx: ServiceContext, id: string): Promise<{ id: string }> {
  await requireOffice(ctx);
  return inTransaction(ctx, async (tx, stamp) => {
    const a = await findAttachment(tx, id);
    if (!a || a.owner_table !== 'notice') throw new ServiceError('NOT_FOUND', '找不到该附件，可能已被删除');
    await tombstoneRecord(tx, stamp, 'attachment', id);
    return { id };
  });
}

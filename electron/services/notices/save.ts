import { liveNoticeFiles } from '../../../db/queries/notices.js';
import type { OrganizationRow } from '../../../db/queries/organization.js';
import { insertRecord, tombstoneRecord, updateRecord } from '../../../db/records.js';
import type { NoticeDetail, NoticeInput } from '../../api/notices.js';
import type { ServiceContext } from '../context.js';
import { invalid, ServiceError } from '../errors.js';
import { requireOrganization } from '../org/profile.js';
import { inTransaction } from '../tx.js';
import { enrolledBranches } from '../exchange/directory.js';
import { addressNotice } from './audience.js';
import { officeDetail } from './office.js';
import { findNotice } from './rows.js';

/** Only an office issues notices; a branch receives them. */
export async function requireOffice(ctx: ServiceContext): Promise<OrganizationRow> {
  const org = await requireOrganization(ctx);
  if (org.mode !== 'office') throw new ServiceError('FORBIDDEN', '支部不能发布或修改通知：通知由上级党委发给各支部');
  return org;
}

export async function saveNotice(ctx: ServiceContext, input: NoticeInput): Promise<NoticeDetail> {
  const org = await requireOffice(ctx);
  const id = await inTransaction(ctx, async (tx, stamp) => {
    const recipients = input.recipients === '*' ? '*' : [...new Set(input.recipients)].sort();
    if (recipients !== '*') {
      const enrolled = new Set((await enrolledBranches(tx)).map((b) => b.code));
      const unknown = recipients.filter((c) => !enrolled.has(c));
      if (unknown.length > 0)
        throw invalid([
          { field: 'recipients', message: `没有登记代码为 ${unknown.join('、')} 的支部，请在“数据交换”中先登记` },
        ]);
    }
    const existing = input.id ? await findNotice(tx, input.id) : undefined;
    if (input.id && !existing) throw new ServiceError('NOT_FOUND', '找不到这条通知，可能已被删除');
    const issuedOn = existing?.issued_on ?? ctx.clock.today();
    if (input.dueOn && input.dueOn < issuedOn)
      throw invalid([{ field: 'dueOn', message: `办理期限不能早于发文日期（${issuedOn}）` }]);
    const columns = {
      title: input.title,
      body: input.body,
      due_on: input.dueOn,
      recipients: recipients === '*' ? '*' : JSON.stringify(recipients),
    };
    const noticeId = existing
      ? existing.id
      : await insertRecord(tx, stamp, 'notice', { ...columns, issued_on: issuedOn, issuer: org.name });
    if (existing) await updateRecord(tx, stamp, 'notice', noticeId, columns);
    await addressNotice(tx, noticeId, recipients);
    return noticeId;
  });
  return officeDetail(ctx, id);
}

/** The tombstones travel to every branch the notice went to, so it disappears there too. */
export async function removeNotice(ctx: ServiceContext, id: string): Promise<{ id: string }> {
  await requireOffice(ctx);
  return inTransaction(ctx, async (tx, stamp) => {
    if (!(await findNotice(tx, id))) throw new ServiceError('NOT_FOUND', '找不到这条通知，可能已被删除');
    const files = await liveNoticeFiles(tx, id);
    for (const f of files) await tombstoneRecord(tx, stamp, 'attachment', f.id);
    await tombstoneRecord(tx, stamp, 'notice', id);
    return { id };
  });
}

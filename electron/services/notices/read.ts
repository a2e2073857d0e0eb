import type { NoticeDetail, NoticeList } from '../../api/notices.js';
import type { ServiceContext } from '../context.js';
import { requireOrganization } from '../org/profile.js';
import { branchDetail, branchList } from './branch.js';
import { officeDetail, officeList } from './office.js';

/** The same screen serves both ends: the office follows its notices, a branch reads its own. */
export async function listNotices(ctx: ServiceContext): Promise<NoticeList> {
  const org = await requireOrganization(ctx);
  return org.mode === 'office' ? officeList(ctx) : branchList(ctx, org);
}

export async function getNotice(ctx: ServiceContext, id: string): Promise<NoticeDetail> {
  const org = await requireOrganization(ctx);
  return org.mode === 'office' ? officeDetail(ctx, id) : branchDetail(ctx, org, id);
}

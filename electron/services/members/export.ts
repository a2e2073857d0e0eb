import ExcelJS from 'exceljs';
import { listMembers, type MemberRow, type RosterScope } from '../../../db/queries/members.js';
import { maskPhone } from '../../api/mask.js';
import type { ExcelFile } from '../../api/memberImport.js';
import { GENDER_LABELS, MEMBER_STATUS_LABELS } from '../../api/memberOptions.js';
import type { ServiceContext } from '../context.js';
import { addRegisterSheet, chineseDate, safeFileName, workbookBase64, type ExcelColumn } from '../excel/register.js';
import { requireOrganization } from '../org/profile.js';

/** Dates as the printed roster writes them; text, so Excel and WPS show them the same way. */
const dotted = (iso: string | null, parts: 2 | 3) => (iso ? iso.split('-').slice(0, parts).join('.') : '');

function remarks(m: MemberRow): string {
  const parts: string[] = [];
  if (m.status !== 'active')
    parts.push(`${MEMBER_STATUS_LABELS[m.status]}${m.status_since ? `（${dotted(m.status_since, 3)}）` : ''}`);
  if (m.is_mobile) parts.push(`外出流动${m.mobile_destination ? `（${m.mobile_destination}）` : ''}`);
  if (m.remarks) parts.push(m.remarks);
  return parts.join('；');
}

/** The 党员花名册 columns of the printed ledger (LEDGERS.md 2), without the private ID number and with the phone masked. */
const COLUMNS: ExcelColumn<MemberRow>[] = [
  { header: '序号', width: 6, value: (_, i) => i + 1 },
  { header: '姓名', width: 10, value: (m) => m.name },
  { header: '性别', width: 6, value: (m) => GENDER_LABELS[m.gender] },
  { header: '民族', width: 8, value: (m) => m.ethnicity },
  { header: '出生年月', width: 10, value: (m) => dotted(m.birth_date, 2) },
  { header: '学历', width: 10, value: (m) => m.education },
  { header: '入党时间', width: 12, value: (m) => dotted(m.joined_on, 3) },
  { header: '转正时间', width: 12, value: (m) => dotted(m.confirmed_on, 3) },
  { header: '人员类别', width: 14, value: (m) => m.occupation },
  { header: '工作单位及职务', width: 24, value: (m) => m.work_unit, align: 'left', wrap: true },
  // A file that leaves the app (e-mail, WeChat): the phone is masked as in the on-screen list.
  { header: '联系电话', width: 14, value: (m) => maskPhone(m.phone), wrap: true },
  { header: '党小组', width: 12, value: (m) => m.group_name ?? '', wrap: true },
  { header: '备注', width: 24, value: remarks, align: 'left', wrap: true },
];

const TITLES: Record<RosterScope, string> = {
  current: '党员花名册',
  former: '党员花名册（已离开党员）',
  all: '党员花名册（含已离开党员）',
};

/** The roster as an .xlsx laid out like the printed 党员花名册, for the branch to keep or pass on. */
export async function exportRoster(ctx: ServiceContext, scope: RosterScope): Promise<ExcelFile> {
  const org = await requireOrganization(ctx);
  const today = ctx.clock.today();
  const members = await listMembers(ctx.db, scope);
  const wb = new ExcelJS.Workbook();
  wb.creator = '支部台账';
  addRegisterSheet(wb, {
    sheetName: '党员花名册',
    title: `${org.name}${TITLES[scope]}`,
    subtitle: `截至 ${chineseDate(today)}\u3000\u3000共 ${members.length} 人`,
    columns: COLUMNS,
    rows: members,
  });
  return {
    fileName: `${safeFileName(org.name)}-${safeFileName(TITLES[scope])}-${today}.xlsx`,
    base64: await workbookBase64(wb),
  };
}

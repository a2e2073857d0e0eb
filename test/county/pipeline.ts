import type { DevDetail } from '../../electron/api/development.js';
import { buildIdNumber } from '../../electron/api/idNumber.js';
import type { MemberDetail } from '../../electron/api/members.js';
import type { Api } from './support.js';

/** An applicant's identity as the 发展党员 form sends it. */
export const applicant = (name: string, n: number) => ({
  name,
  gender: 'female',
  ethnicity: '汉族',
  idNumber: buildIdNumber('320102', '2000-04-04', n, 'female'),
  birthDate: '2000-04-04',
});

export const step = (api: Api, personId: string, s: string, date: string, extra: object = {}) =>
  api.ok<DevDetail>('dev.record', { personId, step: s, date, ...extra });

/** A branch walks a new applicant through its own steps up to 支部委员会审查; next is the office's 预审. */
export async function walkUp(b: Api, sponsors: MemberDetail[], name: string, n: number): Promise<string> {
  const p = await b.ok<DevDetail>('dev.create', { person: applicant(name, n), appliedOn: '2024-01-10' });
  await step(b, p.id, 'talk', '2024-02-01', { responsible: '张建国' });
  await step(b, p.id, 'activist', '2024-03-01', { method: '党员推荐' });
  await step(b, p.id, 'activist_filing', '2024-03-10', { ref: '镇组备〔2024〕5号' });
  await step(b, p.id, 'mentors', '2024-03-10', { memberIds: [sponsors[0]?.id] });
  await step(b, p.id, 'review', '2024-08-30');
  await step(b, p.id, 'review', '2025-02-25');
  await step(b, p.id, 'candidate', '2025-03-05');
  await step(b, p.id, 'candidate_filing', '2025-03-10');
  await step(b, p.id, 'sponsors', '2025-03-15', { memberIds: sponsors.map((s) => s.id) });
  await step(b, p.id, 'vetting', '2025-04-01', { conclusion: '合格' });
  await step(b, p.id, 'training', '2025-04-10', { endDate: '2025-04-12', hours: 24 });
  await step(b, p.id, 'committee_review', '2025-05-06', { publicityFrom: '2025-05-07', publicityTo: '2025-05-13' });
  return p.id;
}

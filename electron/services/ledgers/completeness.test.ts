import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CompletenessReport } from '../../api/ledgers.js';
import type { MemberDetail } from '../../api/members.js';
import type { CommitteeMember } from '../../api/org.js';
import { contractOf } from '../../../test/support/api.js';
import { person } from '../../../test/support/people.js';
import { SAMPLE_BRANCH, tempInstallation, type TestInstallation } from '../../../test/support/temp.js';

let inst: TestInstallation;
let api: ReturnType<typeof contractOf>;

beforeEach(async () => {
  inst = await tempInstallation({ today: '2026-11-23' });
  api = contractOf(inst);
  await api.ok('org.setup', SAMPLE_BRANCH);
});
afterEach(async () => inst.dispose());

describe('台账完整性检查', () => {
  it('lists the missing 组织生活会, empty 党费 months and meetings without minutes', async () => {
    const a = await api.ok<MemberDetail>('members.create', person({ name: '甲' }));
    await api.ok('dues.setBasis', { memberId: a.id, effectiveFrom: '2026-01', category: 'retired', base: '3000' });
    await api.ok('dues.pay', {
      memberId: a.id,
      fromMonth: '2026-01',
      toMonth: '2026-06',
      amount: '90',
      paidOn: '2026-06-30',
      handler: '乙',
    });
    await api.ok('meetings.save', {
      kind: 'congress',
      title: '第一季度党员大会',
      heldOn: '2026-03-20',
      host: '甲',
      attendance: [{ memberId: a.id, status: 'present' }],
    });
    const past = await api.ok<CompletenessReport>('ledger.completeness', { year: 2025 });
    expect(past.gaps.map((g) => g.message)).toContain('2025年没有召开组织生活会');
    const r = await api.ok<CompletenessReport>('ledger.completeness', { year: 2026 });
    const messages = r.gaps.map((g) => g.message);
    expect(messages).toContain('党费收缴登记表有 4 个月没有任何交纳记录：7月、8月、9月、10月');
    expect(messages).toContain('2026-03-20 支部党员大会“第一季度党员大会”没有会议记录内容');
    expect(messages).toContain('支部党员大会缺 2 次：第二季度、第三季度');
    // The year runs: its 组织生活会 is still due, not missing.
    expect(messages.some((m) => m.includes('组织生活会'))).toBe(false);
  });

  it('says when the cover cannot name the year’s 书记, and which 任职时间 would let it', async () => {
    const secretaryGaps = async (year: number) =>
      (await api.ok<CompletenessReport>('ledger.completeness', { year })).gaps.filter((g) => g.area === '支委会');
    expect(await secretaryGaps(2026)).toEqual([
      { area: '支委会', message: '目前没有登记书记，工作手册封面的书记一栏将留空' },
    ]);
    expect(await secretaryGaps(2025)).toEqual([
      { area: '支委会', message: '2025年底没有登记书记，工作手册封面的书记一栏将留空' },
    ]);

    const wang = await api.ok<MemberDetail>('members.create', person({ name: '王建国' }));
    const seat = await api.ok<CommitteeMember>('committee.save', {
      position: 'secretary',
      name: '王建国',
      memberId: wang.id,
    });
    expect(await secretaryGaps(2026)).toEqual([]);
    expect(await secretaryGaps(2025)).toEqual([
      {
        area: '支委会',
        message:
          '书记王建国没有登记任职时间，只从 2026 年算起，2025年底的书记不详，工作手册封面的书记一栏将留空；请在“支部基本情况 → 支委会”中点“修改”填写任职时间',
      },
    ]);

    // Replaced, as found out late, on 2025-06-01: the ended term's date is filled in under 历任支委.
    const li = await api.ok<MemberDetail>('members.create', person({ name: '李秀英' }));
    await api.ok('committee.save', {
      id: seat.id,
      position: 'secretary',
      name: '李秀英',
      memberId: li.id,
      changedOn: '2025-06-01',
    });
    expect(await secretaryGaps(2025)).toEqual([]);
    expect(await secretaryGaps(2024)).toEqual([
      {
        area: '支委会',
        message:
          '书记王建国没有登记任职时间，只从 2025 年算起，2024年底的书记不详，工作手册封面的书记一栏将留空；请在“支部基本情况 → 支委会 → 历任支委”中点“修改”填写任职时间',
      },
    ]);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CompletenessReport } from '../../api/ledgers.js';
import type { MemberDetail } from '../../api/members.js';
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
});

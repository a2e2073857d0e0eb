import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DuesPayment } from '../../api/dues.js';
import type { MemberDetail } from '../../api/members.js';
import { contractOf } from '../../../test/support/api.js';
import { person } from '../../../test/support/people.js';
import { SAMPLE_BRANCH, tempInstallation, type TestInstallation } from '../../../test/support/temp.js';
import { branchStatus, statusAsOf } from './status.js';
import { historyFromKept, keptHistoryValue } from './pastStatus.js';
import { statusHistory } from './statusHistory.js';

const TODAY = '2026-11-23';

let inst: TestInstallation;
let api: ReturnType<typeof contractOf>;
let member: MemberDetail;

beforeEach(async () => {
  inst = await tempInstallation({ today: TODAY });
  api = contractOf(inst);
  await api.ok('org.setup', SAMPLE_BRANCH);
  member = await api.ok<MemberDetail>(
    'members.create',
    person({ name: '在职', birthDate: '1980-03-03', joinedOn: '2005-07-01', confirmedOn: '2006-07-01' }),
  );
  await api.ok('dues.setBasis', { memberId: member.id, effectiveFrom: '2026-01', category: 'employed', base: '2000' });
});
afterEach(async () => inst.dispose());

const pay = (fromMonth: string, toMonth: string, amount: string) =>
  api.ok<DuesPayment>('dues.pay', {
    memberId: member.id,
    fromMonth,
    toMonth,
    amount,
    paidOn: '2026-11-20',
    handler: '李秀英',
  });

describe("a branch's kept history", () => {
  it('keeps only the payment ids a correction names, and still tells the lights the branch shows', async () => {
    const corrected = await pay('2026-01', '2026-03', '90.00');
    const plain = await pay('2026-04', '2026-06', '90.00');
    await api.ok('dues.correct', {
      paymentId: corrected.id,
      amount: '-60.00',
      paidOn: '2026-11-21',
      handler: '李秀英',
      note: '多收退回',
    });
    const history = await statusHistory(inst.ctx);
    expect(history.dues.payments.find((p) => p.id === corrected.id)?.amount_fen).toBe(9000);
    expect(history.dues.payments.some((p) => p.id === plain.id)).toBe(false);
    expect(history.dues.payments.find((p) => p.kind === 'correction')?.corrects_id).toBe(corrected.id);
    expect(history.dues.bases.map((b) => [b.id, b.created_at, b.effective_from])).toEqual([['', '', '2026-01']]);

    const own = await branchStatus(inst.ctx);
    expect(statusAsOf(history, TODAY).dues).toEqual(own.dues);
    expect(own.dues.collected).toBe(9000 + 9000 - 6000);
    // Before the correction was made, it did not count yet.
    expect(statusAsOf(history, '2026-11-20').dues.collected).toBe(9000 + 9000);
  });

  it('is kept packed and read back the same; one kept unpacked by an older version is still read', async () => {
    await pay('2026-01', '2026-03', '90.00');
    const history = await statusHistory(inst.ctx);
    const kept = keptHistoryValue(7, history);
    expect(historyFromKept(kept, 7)).toEqual(history);
    // Of an older bundle, or of an unknown shape: read through the lens again.
    expect(historyFromKept(kept, 8)).toBeNull();
    expect(historyFromKept(JSON.stringify({ v: 2, seq: 7, history }), 7)).toBeNull();
    const older = JSON.stringify({ v: 3, seq: 7, history });
    expect(historyFromKept(older, 7)).toEqual(history);
  });
});

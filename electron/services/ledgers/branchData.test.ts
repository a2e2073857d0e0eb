import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempInstallation, type TestInstallation } from '../../../test/support/temp.js';
import { branchLedgerData } from './branchData.js';
import { DEV_FIXTURE_TODAY, seedDevelopmentYear } from './developmentFixture.js';

let inst: TestInstallation;
beforeEach(async () => {
  inst = await tempInstallation({ today: DEV_FIXTURE_TODAY });
  await seedDevelopmentYear(inst.ctx);
});
afterEach(async () => inst.dispose());

describe('党支部基本情况登记表 data', () => {
  it('counts 入党申请人, 积极分子 and 发展对象 from the development records', async () => {
    const { counts } = await branchLedgerData(inst.ctx, 2026);
    // 郑浩 applied in November, 孙悦 is an 积极分子, 赵磊 a 发展对象; 吴刚 and 钱明 were cancelled.
    expect(counts).toMatchObject({ applicants: 1, activists: 1, candidates: 1 });
  });

  it('prints a past year as the branch stood at its end', async () => {
    const now = await branchLedgerData(inst.ctx, 2026);
    const past = await branchLedgerData(inst.ctx, 2025);
    // At the end of 2025: 吴刚 and 赵磊 were 积极分子; 孙悦 and 郑浩 had not applied yet.
    expect(past.counts).toMatchObject({ applicants: 0, activists: 2 });
    // 陈晓燕, taken in as 预备党员 in 2025, was 转正 in 2026.
    expect(past.counts?.probationary).toBe((now.counts?.probationary ?? 0) + 1);
    expect(past.counts?.formal).toBe((now.counts?.formal ?? 0) - 1);
    // Who was away that year is not recorded: `—` rather than today's number.
    expect(past.counts?.outgoing).toBeUndefined();
    expect(now.counts?.outgoing).toBe(0);
  });
});

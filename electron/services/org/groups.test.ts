import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PartyGroup } from '../../api/org.js';
import { contractOf } from '../../../test/support/api.js';
import { SAMPLE_BRANCH, tempInstallation, type TestInstallation } from '../../../test/support/temp.js';
import { branchLedgerData } from '../ledgers/branchData.js';

let inst: TestInstallation;
let api: ReturnType<typeof contractOf>;
beforeEach(async () => {
  inst = await tempInstallation({ today: '2026-11-23' });
  api = contractOf(inst);
  await api.ok('org.setup', SAMPLE_BRANCH);
});
afterEach(async () => inst.dispose());

describe('党小组长 and 任职时间', () => {
  it('keeps the 组长 with the day they took over', async () => {
    const g = await api.ok<PartyGroup>('groups.save', {
      name: '第一党小组',
      leaderName: '王强',
      leaderSince: '2024-03-01',
    });
    expect(g).toMatchObject({ leaderName: '王强', leaderSince: '2024-03-01' });
    const changed = await api.ok<PartyGroup>('groups.save', {
      id: g.id,
      name: '第一党小组',
      leaderName: '李明',
      leaderSince: '2026-11-23',
    });
    expect(changed).toMatchObject({ leaderName: '李明', leaderSince: '2026-11-23' });
  });

  it('refuses a 任职时间 after today, without a 组长, or before the group was set up', async () => {
    expect(
      await api.refusal('groups.save', { name: '第一党小组', leaderName: '王强', leaderSince: '2026-11-24' }),
    ).toMatchObject({ field: 'leaderSince', message: '任职时间不能晚于今天' });
    expect(await api.refusal('groups.save', { name: '第一党小组', leaderSince: '2025-01-01' })).toMatchObject({
      field: 'leaderName',
      message: '填写了任职时间，请同时填写党小组长',
    });
    expect(
      await api.refusal('groups.save', {
        name: '第一党小组',
        establishedOn: '2025-06-01',
        leaderName: '王强',
        leaderSince: '2025-05-31',
      }),
    ).toMatchObject({ field: 'leaderSince', message: '任职时间不能早于党小组成立时间' });
    expect(
      await api.refusal('groups.save', { name: '第一党小组', leaderName: '王强', leaderSince: '2025-02-30' }),
    ).toMatchObject({ field: 'leaderSince', message: '任职时间不是有效的日期' });
    // Refusals change nothing.
    expect((await api.ok<{ groups: PartyGroup[] }>('org.overview', {})).groups).toEqual([]);
    // Taking over on the day the group is set up is fine.
    await api.ok('groups.save', {
      name: '第一党小组',
      establishedOn: '2025-06-01',
      leaderName: '王强',
      leaderSince: '2025-06-01',
    });
  });
});

describe('基本情况登记表: 党小组 as they stood in the copy’s year', () => {
  it('prints the 组长 then only when the current one already led; later groups are left out', async () => {
    const old = await api.ok<PartyGroup>('groups.save', {
      name: '第一党小组',
      establishedOn: '2020-01-01',
      leaderName: '王强',
      leaderSince: '2020-01-01',
    });
    const changed = await api.ok<PartyGroup>('groups.save', {
      name: '第二党小组',
      establishedOn: '2020-01-01',
      leaderName: '李明',
      leaderSince: '2026-03-01',
    });
    const unknownSince = await api.ok<PartyGroup>('groups.save', { name: '第三党小组', leaderName: '赵刚' });
    await api.ok('groups.save', { name: '第四党小组', establishedOn: '2026-02-01', leaderName: '钱芳' });
    const gone = await api.ok<PartyGroup>('groups.save', { name: '第五党小组', establishedOn: '2019-01-01' });
    await api.ok('groups.remove', { id: gone.id, dissolvedOn: '2026-01-10' });

    const now = await branchLedgerData(inst.ctx, 2026);
    expect(now.overview.groups.map((g) => g.name)).toEqual(['第一党小组', '第二党小组', '第三党小组', '第四党小组']);
    expect(now.leaderUnknown).toEqual([]);

    const past = await branchLedgerData(inst.ctx, 2025);
    expect(past.overview.groups.map((g) => g.name)).toEqual(['第一党小组', '第二党小组', '第三党小组', '第五党小组']);
    // 李明 took over in 2026: who led 第二党小组 in 2025 is not kept. 赵刚's 任职时间 is not
    // recorded, so he is printed as the current 组长 was (the copy cannot know better).
    expect(past.leaderUnknown).toEqual([changed.id]);
    expect(past.leaderUnknown).not.toContain(old.id);
    expect(past.leaderUnknown).not.toContain(unknownSince.id);
  });
});

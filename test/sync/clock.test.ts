import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BundleFile, ImportLine } from '../../electron/api/exchange.js';
import type { MemberDetail } from '../../electron/api/members.js';
import { openInstallation } from '../../electron/services/installation.js';
import { verifyDatabase } from '../../electron/services/verify/verify.js';
import { fixedClock } from '../../db/clock.js';
import { contractOf } from '../support/api.js';
import { person } from '../support/people.js';
import type { TestInstallation } from '../support/temp.js';
import type { Change } from '../../electron/sync/rows.js';
import { reseal } from './craft.js';
import { contentHash, enrolledPair } from './support.js';

let office: TestInstallation;
let branch: TestInstallation;

beforeEach(async () => {
  ({ office, branch } = await enrolledPair());
});
afterEach(async () => {
  await office.dispose();
  await branch.dispose();
});

/** The fixtures' clocks stand at 2026-11-23 09:00 (the test machine's zone). */
const at = (iso: string) => `${new Date(Date.parse(iso)).toISOString()}_0000_bbbbbbbbbbbbbbbb`;
const hoursAhead = (h: number) => at(new Date(office.clock.nowMs() + h * 3_600_000).toISOString());

/** The branch's next bundle with every row's stamps moved to `hlc`, signed by the branch. */
async function stamped(hlc: string, extra?: (rows: Change[]) => void) {
  const f = await contractOf(branch).ok<BundleFile>('exchange.export', {});
  const bytes = await reseal(Buffer.from(f.base64, 'base64'), branch, office, (body) => {
    for (const c of body.changes)
      if (c.table === 'member') {
        c.hlc = hlc;
        c.row.updated_at = hlc;
      }
    extra?.(body.changes);
  });
  const [line] = await contractOf(office).ok<ImportLine[]>('exchange.import', {
    files: [{ fileName: 'x.zbx', base64: bytes.toString('base64') }],
  });
  return line as ImportLine;
}

describe('the clock bound on imported stamps', () => {
  it('refuses a row stamped more than a day ahead, changing nothing and leaving the clock where it was', async () => {
    await contractOf(branch).ok('members.create', person({ name: '张三' }));
    const before = await contentHash(office);
    const line = await stamped(hoursAhead(25));
    expect(line.ok).toBe(false);
    expect(line.message).toMatch(/比本机时间晚一天以上，已拒绝：请核对发出方电脑和本机的日期、时间/);
    expect(await contentHash(office)).toBe(before);
    expect(office.ctx.hlc.now() < hoursAhead(1)).toBe(true);
  });

  it('puts the clock back when a bundle is refused after some of its stamps were seen', async () => {
    await contractOf(branch).ok('members.create', person({ name: '张三' }));
    // The member rows (seen first) are fine; the last row, another branch's organisation, is not.
    const line = await stamped(hoursAhead(20), (rows) => {
      const org = rows.find((r) => r.table === 'organization');
      if (!org) throw new Error('the first bundle carries the organisation');
      const id = '01900000-0000-7000-8000-00000000abcd';
      rows.push({ ...org, id, row: { ...org.row, id, code: 'XH002' } });
    });
    expect(line).toMatchObject({
      ok: false,
      message: expect.stringMatching(/不属于该支部的记录（党组织基本情况）/) as string,
    });
    expect(office.ctx.hlc.now() < hoursAhead(1)).toBe(true);
  });

  it('takes a row within a day of its own clock (a PC in another time zone)', async () => {
    await contractOf(branch).ok('members.create', person({ name: '张三' }));
    expect(await stamped(hoursAhead(23))).toMatchObject({ ok: true });
    // The office's own next write sorts after the latest stamp it took, without a restart.
    expect(office.ctx.hlc.now() > hoursAhead(23)).toBe(true);
  });
});

describe('a database already holding stamps from the future', () => {
  it('keeps taking writes, and zhibu verify reports it in Chinese with a non-zero exit', async () => {
    const m = await contractOf(branch).ok<MemberDetail>('members.create', person({ name: '张三' }));
    const future = '2999-01-01T00:00:00.000Z_fffe_cccccccccccccccc';
    branch.database.sqlite.prepare('UPDATE member SET updated_at = ? WHERE id = ?').run(future, m.id);
    branch.database.sqlite
      .prepare("INSERT INTO change_log (table_name, row_id, hlc, op, columns) VALUES ('member', ?, ?, 'update', '[]')")
      .run(m.id, future);
    await branch.close();

    const again = await openInstallation(branch.path, { clock: fixedClock('2026-11-23') });
    try {
      const api = contractOf(again);
      for (let i = 0; i < 3; i += 1) await api.ok('members.create', person({ name: `李${i}` }));
      await api.ok('members.update', { ...m.input, id: m.id, phone: '13900001111' });
      expect((await api.ok<MemberDetail>('members.get', { id: m.id })).input.phone).toBe('13900001111');
      expect(await verifyDatabase(again.ctx)).toEqual([
        {
          check: 'clock',
          message: expect.stringMatching(/^有 \d+ 条记录的修改时间晚于本机时间一天以上（最晚为 2999-01-01）/) as string,
        },
      ]);
    } finally {
      await again.close();
    }
    const cli = spawnSync(process.execPath, ['scripts/zhibu.mjs', 'verify', '--db', branch.path], { encoding: 'utf8' });
    expect(cli.status).toBe(1);
    expect(cli.stdout).toMatch(/修改时间晚于本机时间一天以上/);
    expect(cli.stderr).toMatch(/检查发现 1 个问题/);
  });

  it('verify passes a sound file', async () => {
    await contractOf(branch).ok('members.create', person({ name: '张三' }));
    expect(await verifyDatabase(branch.ctx)).toEqual([]);
  });
});

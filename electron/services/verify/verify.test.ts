import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemberDetail } from '../../api/members.js';
import { contractOf } from '../../../test/support/api.js';
import { person } from '../../../test/support/people.js';
import { SAMPLE_BRANCH, tempInstallation, type TestInstallation } from '../../../test/support/temp.js';
import { verifyDatabase } from './verify.js';

let branch: TestInstallation;
let zhang: MemberDetail;

beforeEach(async () => {
  branch = await tempInstallation();
  const api = contractOf(branch);
  await api.ok('org.setup', SAMPLE_BRANCH);
  zhang = await api.ok<MemberDetail>('members.create', person({ name: '张三' }));
  await api.ok('members.create', person({ name: '李四' }));
  await api.ok('members.event', { kind: 'death', id: zhang.id, date: '2026-10-01' });
});
afterEach(async () => branch.dispose());

describe('verify', () => {
  it('finds nothing wrong in a file written by the app', async () => {
    expect(await verifyDatabase(branch.ctx)).toEqual([]);
  });

  it('reports a write that skipped the change log, a status without its event and a dangling reference', async () => {
    const sqlite = branch.database.sqlite;
    sqlite
      .prepare("UPDATE member SET phone = '13900000000', updated_at = ? WHERE id = ?")
      .run('2026-11-23T09:30:00.000Z_0000_0123456789abcdef', zhang.id);
    sqlite.prepare("UPDATE member_event SET kind = 'restore' WHERE member_id = ? AND kind = 'death'").run(zhang.id);
    sqlite.pragma('foreign_keys = OFF');
    sqlite
      .prepare("UPDATE member_event SET member_id = '01900000-0000-7000-8000-0000000000ff' WHERE kind = 'joined'")
      .run();
    const checks = (await verifyDatabase(branch.ctx)).map((f) => [f.check, f.message]);
    expect(checks).toEqual([
      ['references', expect.stringMatching(/^党员变动记录中有 \d+ 条记录引用了不存在的记录$/)],
      ['log', '党员中有 1 条记录的修改没有记入变更日志，不会随数据包发出'],
      ['history', '1 名党员的党籍状态在其变动记录中找不到依据（例如 张三：已去世）'],
    ]);
  });

  it('names the bookkeeping tables in Chinese too', async () => {
    const sqlite = branch.database.sqlite;
    sqlite.pragma('foreign_keys = OFF');
    sqlite
      .prepare("INSERT INTO sync_outbox (peer_code, seq, created, change_cursor, rows) VALUES ('ZZ999', 1, ?, 0, 0)")
      .run('2026-01-01T00:00:00.000Z');
    expect((await verifyDatabase(branch.ctx)).map((f) => f.message)).toEqual([
      '数据包发出记录中有 1 条记录引用了不存在的记录',
    ]);
  });
});

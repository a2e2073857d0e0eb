import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry, AuditPage, MemberDetail, MemberSummary } from '../../electron/api/index.js';
import { newSession, type Session } from '../../electron/services/access/session.js';
import { dispatch } from '../../electron/services/dispatch.js';
import { person } from '../support/people.js';
import { SAMPLE_BRANCH, tempInstallation, type TestInstallation } from '../support/temp.js';

let inst: TestInstallation;
let session: Session;
beforeEach(async () => {
  inst = await tempInstallation();
  session = newSession();
  await ok('auth.setupAdmin', { name: '王书记', password: 'admin-pass' });
  await ok('org.setup', SAMPLE_BRANCH);
});
afterEach(() => inst.dispose());

async function ok<T>(name: string, input: unknown = {}): Promise<T> {
  const r = await dispatch({ ...inst.ctx, session }, name, input, (_op, err) => {
    throw err;
  });
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value as T;
}

describe('操作记录 (the audit trail)', () => {
  it('records who changed which field of a record, from what to what, and when', async () => {
    const m = await ok<MemberDetail>('members.create', person({ name: '李四', phone: '13812345678' }));
    inst.clock.advance(60_000);
    await ok('members.update', { ...person({ name: '李四', phone: '13900001111' }), idNumber: m.idNumber, id: m.id });
    const history = await ok<AuditEntry[]>('audit.history', { table: 'member', id: m.id });
    expect(history.map((h) => [h.userName, h.action])).toEqual([
      ['王书记', 'insert'],
      ['王书记', 'update'],
    ]);
    expect(history[0]?.changes.name).toEqual([null, '李四']);
    expect(history[1]?.changes).toEqual({ phone: ['13812345678', '13900001111'] });
    expect(history[1]?.at).toBe(new Date(inst.clock.nowMs()).toISOString());
  });

  it('is searchable by person, text and date, newest first', async () => {
    await ok('members.create', person({ name: '李四' }));
    await ok('members.create', person({ name: '周五' }));
    const page = await ok<AuditPage>('audit.search', {
      text: '周五',
      userName: '王书记',
      from: '2026-11-23',
      to: '2026-11-23',
    });
    expect(page.total).toBe(1);
    expect(page.entries[0]?.changes.name).toEqual([null, '周五']);
    const none = await ok<AuditPage>('audit.search', { from: '2026-11-24' });
    expect(none.total).toBe(0);
    const all = await ok<AuditPage>('audit.search', {});
    expect(all.entries.map((e) => e.seq)).toEqual([...all.entries.map((e) => e.seq)].sort((a, b) => b - a));
    expect(all.entries.some((e) => e.action === 'login' || e.action === 'account.create')).toBe(true);
  });

  it('is append-only: the database itself refuses to change or delete an entry', async () => {
    await ok('members.create', person());
    const db = inst.database.sqlite;
    expect(() => db.prepare("UPDATE audit_log SET user_name = '别人'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect((db.prepare("SELECT count(*) n FROM audit_log WHERE user_name = '别人'").get() as { n: number }).n).toBe(0);
  });

  it('leaves nothing behind when the change itself is refused', async () => {
    const before = await ok<AuditPage>('audit.search', {});
    const r = await dispatch({ ...inst.ctx, session }, 'members.create', { ...person(), joinedOn: '2030-01-01' });
    expect(r.ok).toBe(false);
    expect((await ok<AuditPage>('audit.search', {})).total).toBe(before.total);
  });
});

describe('personal data in lists', () => {
  it('is masked in the roster and shown in full one at a time, each look recorded', async () => {
    const m = await ok<MemberDetail>('members.create', person({ name: '李四', phone: '13812345678' }));
    const [listed] = await ok<MemberSummary[]>('members.list', {});
    expect(listed?.idNumber).toBe(`${m.idNumber.slice(0, 6)}********${m.idNumber.slice(-4)}`);
    expect(listed?.phone).toBe('138****5678');
    expect(await ok<string>('members.reveal', { id: m.id, field: 'idNumber' })).toBe(m.idNumber);
    expect(await ok<string>('members.reveal', { id: m.id, field: 'phone' })).toBe('13812345678');
    const looks = await ok<AuditPage>('audit.search', { text: '查看了' });
    expect(looks.entries.map((e) => [e.userName, e.action, e.note])).toEqual([
      ['王书记', 'reveal', '查看了李四的联系电话'],
      ['王书记', 'reveal', '查看了李四的公民身份号码'],
    ]);
  });
});

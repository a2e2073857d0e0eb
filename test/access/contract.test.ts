import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessOps,
  COMMON_ERRORS,
  contract,
  OFFICE_WRITE_OPS,
  roleAllows,
  USER_ROLES,
  type ApiResult,
  type ErrorCode,
  type OpName,
  type UserRole,
} from '../../electron/api/index.js';
import { newSession, type Session } from '../../electron/services/access/session.js';
import { dispatch, roleRefusal } from '../../electron/services/dispatch.js';
import { buildDemoBranch } from '../../scripts/demo/branch.js';
import { SAMPLE_BRANCH, tempInstallation, type TestInstallation } from '../support/temp.js';

const NAMES = Object.keys(contract) as OpName[];
const PASSWORD = 'secret-1';
/** Input no schema accepts: an allowed call stops at VALIDATION, so nothing runs and the walk changes nothing. */
const NOT_AN_INPUT = 'not an object';

/** One logged-in session per role, on an installation set up as `mode`. */
async function installationWithRoles(setup: Record<string, unknown>) {
  const inst = await tempInstallation();
  const op = (name: string, input: unknown, session?: Session) =>
    dispatch(session ? { ...inst.ctx, session } : inst.ctx, name, input, (_op, err) => {
      throw err;
    });
  expect(await op('org.setup', setup)).toMatchObject({ ok: true });
  const sessions = {} as Record<UserRole, Session>;
  for (const role of USER_ROLES) {
    const name = `用户-${role}`;
    expect(await op('users.create', { name, role, password: PASSWORD })).toMatchObject({ ok: true });
    sessions[role] = newSession();
    expect(await op('auth.login', { name, password: PASSWORD }, sessions[role])).toMatchObject({ ok: true });
  }
  return { inst, op, sessions };
}

describe('dispatch enforces every operation’s declared role (branch mode)', () => {
  let branch: Awaited<ReturnType<typeof installationWithRoles>>;
  beforeAll(async () => {
    branch = await installationWithRoles(SAMPLE_BRANCH);
  });
  afterAll(() => branch.inst.dispose());

  it('every operation × role: allowed or refused FORBIDDEN exactly as declared', async () => {
    for (const name of NAMES) {
      for (const role of USER_ROLES) {
        const r = await branch.op(name, NOT_AN_INPUT, branch.sessions[role]);
        const where = `${name} as ${role}`;
        if (roleAllows(role, contract[name].role))
          expect(r, where).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
        else expect(r, where).toEqual({ ok: false, error: roleRefusal(role, name) });
      }
    }
  });

  it('nothing but the public operations runs without a login', async () => {
    for (const name of NAMES) {
      const r = await branch.op(name, NOT_AN_INPUT, newSession());
      const expected = contract[name].role === 'public' ? 'VALIDATION' : 'UNAUTHENTICATED';
      expect(r, name).toMatchObject({ ok: false, error: { code: expected } });
    }
  });

  it('declares the four roles as the brief says: dues for 党费经手人, accounts and 操作记录 for 管理员', () => {
    const roleOf = (n: OpName) => contract[n].role;
    expect(roleOf('dues.pay')).toBe('treasurer');
    expect(roleOf('members.create')).toBe('clerk');
    expect(roleOf('members.list')).toBe('viewer');
    expect(roleOf('ledger.pdf')).toBe('viewer');
    for (const n of ['users.create', 'users.update', 'users.resetPassword', 'audit.search', 'audit.history'] as const)
      expect(roleOf(n)).toBe('admin');
    expect(NAMES.filter((n) => roleOf(n) === 'public').sort()).toEqual([
      'auth.lock',
      'auth.login',
      'auth.logout',
      'auth.recover',
      'auth.setupAdmin',
      'auth.status',
    ]);
  });
});

describe('dispatch enforces the mode (office) in the same place', () => {
  let office: Awaited<ReturnType<typeof installationWithRoles>>;
  beforeAll(async () => {
    office = await installationWithRoles({ ...SAMPLE_BRANCH, mode: 'office', name: '中共城关镇委员会', code: 'CG01' });
  });
  afterAll(() => office.inst.dispose());

  it('an office may not change branch records, whatever the role; its own operations pass to validation', async () => {
    const own = (n: OpName) =>
      contract[n].role === 'viewer' ||
      Object.hasOwn(accessOps, n) ||
      n.startsWith('exchange.') ||
      OFFICE_WRITE_OPS.includes(n);
    for (const name of NAMES) {
      const r = await office.op(name, NOT_AN_INPUT, office.sessions.admin);
      expect(r, name).toMatchObject({ ok: false, error: { code: own(name) ? 'VALIDATION' : 'FORBIDDEN' } });
    }
  });
});

describe('the error codes an operation returns are the ones it declares', () => {
  let inst: TestInstallation;
  const undeclared: string[] = [];
  beforeAll(async () => {
    inst = await tempInstallation();
  });
  afterAll(() => inst.dispose());

  function check(name: OpName, r: ApiResult<unknown>): void {
    if (r.ok) return;
    const allowed: readonly ErrorCode[] = [...contract[name].errors, ...COMMON_ERRORS];
    if (!allowed.includes(r.error.code)) undeclared.push(`${name}: ${r.error.code} (${r.error.message})`);
  }

  async function walk(ids: string[]): Promise<void> {
    const inputs: unknown[] = [{}, { year: 2026 }, { scope: 'all' }, ...ids.map((id) => ({ id, year: 2026 }))];
    for (const name of NAMES) {
      // Locking or logging out would end the walk's own session.
      if (name === 'auth.lock' || name === 'auth.logout') continue;
      for (const input of inputs)
        check(
          name,
          await dispatch(inst.ctx, name, input, (op, err) => {
            undeclared.push(`${op}: ${String(err)}`);
          }),
        );
    }
  }

  it('holds on an installation before setup and on one full of records', async () => {
    await walk(['01890000-0000-7000-8000-000000000000']);
    await buildDemoBranch(inst.ctx, { members: 12, seed: 3 });
    const some = (table: 'member' | 'meeting' | 'dev_person' | 'talk') =>
      (inst.database.sqlite.prepare(`SELECT id FROM ${table} LIMIT 1`).all() as { id: string }[]).map((r) => r.id);
    await walk([...some('member'), ...some('meeting'), ...some('dev_person'), ...some('talk')]);
    expect(undeclared).toEqual([]);
  }, 120_000);
});

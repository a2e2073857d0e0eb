import { afterEach, describe, expect, it } from 'vitest';
import { idNumberProblem } from '../../electron/api/idNumber.js';
import type { MemberSummary } from '../../electron/api/members.js';
import { dispatch } from '../../electron/services/dispatch.js';
import { tempInstallation, type TestInstallation } from '../../test/support/temp.js';
import { buildDemoBranch } from './branch.js';

const open: TestInstallation[] = [];
afterEach(async () => {
  for (const i of open.splice(0)) await i.dispose();
});

async function demo(seed: number): Promise<MemberSummary[]> {
  const inst = await tempInstallation({ today: '2026-11-23' });
  open.push(inst);
  await buildDemoBranch(inst.ctx, { members: 40, seed });
  const r = await dispatch(inst.ctx, 'members.list', { scope: 'all' });
  if (!r.ok) throw new Error(r.error.message);
  // The roster masks ID numbers; the generator's are checked in full, from the file.
  const full = new Map(
    (inst.database.sqlite.prepare('SELECT id, id_number FROM member').all() as { id: string; id_number: string }[]).map(
      (m) => [m.id, m.id_number],
    ),
  );
  return (r.value as MemberSummary[]).map((m) => ({ ...m, idNumber: full.get(m.id) ?? '' }));
}

describe('demo branch', () => {
  it('is reproducible from its seed and differs between seeds', async () => {
    const a = await demo(5);
    const b = await demo(5);
    const c = await demo(6);
    const key = (ms: MemberSummary[]) => ms.map((m) => `${m.name}:${m.idNumber}:${m.joinedOn}`);
    expect(key(a)).toEqual(key(b));
    expect(key(a)).not.toEqual(key(c));
  });

  it('holds a plausible village branch: valid ID numbers, groups, probationers and history', async () => {
    const all = await demo(1);
    expect(all.every((m) => idNumberProblem(m.idNumber) === null)).toBe(true);
    const current = all.filter((m) => m.status === 'active');
    expect(new Set(current.map((m) => m.groupName)).size).toBe(3);
    expect(current.some((m) => m.kind === 'probationary')).toBe(true);
    expect(all.some((m) => m.status === 'transferred_out')).toBe(true);
    expect(current.some((m) => m.flags.mobile)).toBe(true);
  });
});

import type { MemberDetail, MemberInput } from '../../api/members.js';
import { person } from '../../../test/support/people.js';
import { SAMPLE_BRANCH, tempInstallation, type TestInstallation } from '../../../test/support/temp.js';
import { dispatch } from '../dispatch.js';

/** A set-up branch on a real temp database, written to through the contract as the app does. */
export interface LedgerFixture {
  inst: TestInstallation;
  ok<T>(name: string, input: unknown): Promise<T>;
  member(overrides?: Partial<MemberInput>): Promise<MemberDetail>;
  event(input: object): Promise<MemberDetail>;
  group(name: string): Promise<string>;
}

export async function ledgerFixture(today = '2026-11-23'): Promise<LedgerFixture> {
  const inst = await tempInstallation({ today });
  const ok = async <T>(name: string, input: unknown): Promise<T> => {
    const r = await dispatch(inst.ctx, name, input);
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.value as T;
  };
  await ok('org.setup', SAMPLE_BRANCH);
  return {
    inst,
    ok,
    member: (overrides = {}) => ok<MemberDetail>('members.create', person(overrides)),
    event: (input) => ok<MemberDetail>('members.event', input),
    group: async (name) => (await ok<{ id: string }>('groups.save', { name, leaderName: '' })).id,
  };
}

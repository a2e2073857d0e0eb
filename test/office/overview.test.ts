import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArrearsRow, DuesYear } from '../../electron/api/dues.js';
import type { ComplianceYear } from '../../electron/api/compliance.js';
import type { MemberDetail, MemberSummary } from '../../electron/api/members.js';
import type { OfficeBranches } from '../../electron/api/office.js';
import { branchStatus } from '../../electron/services/office/status.js';
import { contractOf } from '../support/api.js';
import { contentHash, importOk } from '../sync/support.js';
import { demoCounty, TODAY } from './county.js';

type County = Awaited<ReturnType<typeof demoCounty>>;

describe('office overview and read-only drill-down', () => {
  let county: County;
  beforeAll(async () => {
    county = await demoCounty(3, 11);
  }, 120_000);
  afterAll(() => county.dispose());

  it('lists every branch with its last bundle, member count and lights from the import on', async () => {
    const after = await county.o.ok<OfficeBranches>('office.branches', {});
    expect(after.rows.map((r) => r.code)).toEqual(county.built.map((b) => b.code));
    // Each branch's lights were worked out when its bundle came: nothing is left to refresh.
    expect(after.stale).toBe(0);
    expect(after.rows.every((r) => r.lastBundleOn === TODAY && r.daysSinceBundle === 0)).toBe(true);
    expect(await county.o.ok('office.refresh', { limit: 2 })).toEqual({ remaining: 0 });
    for (const built of county.built) {
      const row = after.rows.find((r) => r.code === built.code);
      const inst = await county.openBranch(built.code);
      try {
        const b = contractOf(inst);
        const own = await b.ok<MemberSummary[]>('members.list', { scope: 'current' });
        expect(row?.members).toBe(own.length);
        expect(row?.name).toBe(built.name);
        // The very figures the branch computes on its own database.
        expect(row?.status).toEqual(await branchStatus(inst.ctx));
        const arrears = await b.ok<ArrearsRow[]>('dues.arrears', {});
        expect(row?.status?.dues.serious).toBe(arrears.filter((a) => a.level === 'serious').length);
        // 应交 as the branch's own 党费 page shows it: the months of the year that have ended.
        const page = await b.ok<DuesYear>('dues.year', { year: 2026 });
        expect(row?.status?.dues.due).toBe(page.rows.reduce((s, r) => s + r.dueTotal, 0));
        const calendar = await b.ok<ComplianceYear>('compliance.year', { year: 2026 });
        const overdue = calendar.rows.flatMap((r) => r.periods).filter((p) => p.status === 'overdue').length;
        expect(row?.status?.orgLife.overdueYear).toBe(overdue);
      } finally {
        await inst.close();
      }
    }
  });

  it("shows a branch's records exactly as the branch has them", async () => {
    const built = county.built[1];
    const code = built?.code as string;
    const inst = await county.openBranch(code);
    try {
      const b = contractOf(inst);
      const view = (op: string, input: unknown) => county.o.ok('office.view', { code, op, input });
      const roster = await b.ok<MemberSummary[]>('members.list', { scope: 'all' });
      expect(await view('members.list', { scope: 'all' })).toEqual(roster);
      const someone = roster[0] as MemberSummary;
      expect(await view('members.get', { id: someone.id })).toEqual(await b.ok('members.get', { id: someone.id }));
      expect(await view('compliance.year', { year: 2026 })).toEqual(await b.ok('compliance.year', { year: 2026 }));
      expect(await view('meetings.list', { year: 2026 })).toEqual(await b.ok('meetings.list', { year: 2026 }));
      expect(await view('dues.year', { year: 2026 })).toEqual(await b.ok<DuesYear>('dues.year', { year: 2026 }));
      expect(await view('dev.list', {})).toEqual(await b.ok('dev.list', {}));
      expect(await view('org.get', {})).toEqual(await b.ok('org.get', {}));
      const ledger = { ledger: 'roster', year: 2026 };
      expect(await view('ledger.render', ledger)).toEqual(await b.ok('ledger.render', ledger));
      // Another branch's member is not there.
      const other = await county.o.ok<MemberSummary[]>('office.view', {
        code: county.built[0]?.code,
        op: 'members.list',
        input: { scope: 'all' },
      });
      const missing = await county.o.refusal('office.view', {
        code,
        op: 'members.get',
        input: { id: other[0]?.id },
      });
      expect(missing.code).toBe('NOT_FOUND');
    } finally {
      await inst.close();
    }
  });

  it('shows what a newer bundle brings, after a read of the same branch', async () => {
    const code = county.built[2]?.code as string;
    const view = <T>(op: string, input: unknown) => county.o.ok<T>('office.view', { code, op, input });
    const [someone] = await view<MemberSummary[]>('members.list', { scope: 'current' });
    const id = someone?.id as string;
    expect((await view<MemberDetail>('members.get', { id })).phone).not.toBe('13912345678');
    const inst = await county.openBranch(code);
    try {
      const b = contractOf(inst);
      const d = await b.ok<MemberDetail>('members.get', { id });
      await b.ok('members.update', { ...d.input, id, phone: '13912345678' });
      const bundle = await b.ok<{ fileName: string; base64: string }>('exchange.export', {});
      const [line] = await county.o.ok<{ ok: boolean }[]>('exchange.import', { files: [bundle] });
      expect(line?.ok).toBe(true);
      // The newer bundle's lights come with it.
      expect((await county.o.ok<OfficeBranches>('office.branches', {})).stale).toBe(0);
    } finally {
      await inst.close();
    }
    expect((await view<MemberDetail>('members.get', { id })).phone).toBe('13912345678');
  });

  it('keeps an import whose lights could not be worked out, and works them out on the next refresh', async () => {
    const code = county.built[0]?.code as string;
    const inst = await county.openBranch(code);
    let bundle: { base64: string };
    try {
      const b = contractOf(inst);
      const [someone] = await b.ok<MemberSummary[]>('members.list', { scope: 'current' });
      const d = await b.ok<MemberDetail>('members.get', { id: someone?.id });
      await b.ok('members.update', { ...d.input, id: d.id, phone: '13811112222' });
      bundle = await b.ok<{ base64: string }>('exchange.export', {});
    } finally {
      await inst.close();
    }
    // No file to open a lens on: the lights fail, the import stands.
    const ctx = county.office.ctx;
    const blind = { ...ctx, app: { ...ctx.app, databasePath: ':memory:' } };
    expect((await importOk(blind, Buffer.from(bundle.base64, 'base64'))).applied).toBeGreaterThan(0);
    const stale = await county.o.ok<OfficeBranches>('office.branches', {});
    expect(stale.stale).toBe(1);
    expect(stale.rows.find((r) => r.code === code)?.status).toBeNull();
    expect(await county.o.ok('office.refresh', { limit: 5 })).toEqual({ remaining: 0 });
    const inst2 = await county.openBranch(code);
    try {
      const row = (await county.o.ok<OfficeBranches>('office.branches', {})).rows.find((r) => r.code === code);
      expect(row?.status).toEqual(await branchStatus(inst2.ctx));
    } finally {
      await inst2.close();
    }
  });

  it('never writes a branch record: refused at the boundary, nothing changes', async () => {
    const before = await contentHash(county.office);
    const code = county.built[0]?.code as string;
    const [someone] = await county.o.ok<MemberSummary[]>('office.view', {
      code,
      op: 'members.list',
      input: { scope: 'current' },
    });
    const through = await county.o.refusal('office.view', {
      code,
      op: 'members.event',
      input: { kind: 'death', id: someone?.id, date: '2026-11-01', note: '' },
    });
    expect(through.code).toBe('VALIDATION');
    const direct = await county.o.refusal('members.event', {
      kind: 'death',
      id: someone?.id,
      date: '2026-11-01',
      note: '',
    });
    expect(direct.code).toBe('FORBIDDEN');
    expect(direct.message).toContain('上级党委只能查看');
    expect((await county.o.refusal('dues.pay', {})).code).toBe('FORBIDDEN');
    expect((await county.o.refusal('meetings.remove', { id: '0190a000-0000-7000-8000-000000000000' })).code).toBe(
      'FORBIDDEN',
    );
    expect(await contentHash(county.office)).toBe(before);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderLedger } from '../../../renderer/ledgers/index.js';
import { buildLedger } from './render.js';
import { mobileLedgerData } from './mobileData.js';
import { ledgerFixture, type LedgerFixture } from './testSupport.js';

let f: LedgerFixture;
beforeEach(async () => {
  f = await ledgerFixture();
});
afterEach(async () => f.inst.dispose());

const away = (id: string, date: string, destination: string, extra: object = {}) =>
  f.event({ kind: 'mobile_start', id, date, destination, ...extra });
const back = (id: string, date: string, note = '') => f.event({ kind: 'mobile_end', id, date, note });

/** Two periods for 甲 (2025 only, then from 2026 on), one across the new year for 乙, and 丙 who
 * left the branch while away. */
async function history(): Promise<void> {
  const a = await f.member({ name: '甲', phone: '13800000001' });
  const b = await f.member({ name: '乙', gender: 'female' });
  const c = await f.member({ name: '丙' });
  await f.member({ name: '从未外出' });
  await away(a.id, '2025-03-01', '浙江省杭州市', {
    reason: '外出务工',
    org: '杭州市流动党员党支部',
    card: 'LD-001',
    dues: '微信转账',
  });
  await back(a.id, '2025-10-01', '回村务农');
  await away(a.id, '2026-02-01', '广东省深圳市', { contact: '13900000002' });
  await away(b.id, '2025-12-01', '上海市');
  await back(b.id, '2026-03-01');
  await away(c.id, '2026-05-01', '北京市');
  await f.event({
    kind: 'transfer_out',
    id: c.id,
    date: '2026-08-01',
    issuedOn: '2026-08-01',
    counterpartOrg: '中共北京某社区委员会',
  });
}

describe('流动党员登记表 data', () => {
  it('prints one row per period away that overlaps the year, by date of leaving', async () => {
    await history();
    const rows = (await mobileLedgerData(f.inst.ctx, 2026)).entries;
    expect(rows.map((r) => [r.name, r.since, r.returnedOn])).toEqual([
      ['乙', '2025-12-01', '2026-03-01'],
      ['甲', '2026-02-01', null],
      ['丙', '2026-05-01', null],
    ]);
    expect(rows[1]).toMatchObject({ destination: '广东省深圳市', contact: '13900000002', endedBy: null });
    expect(rows[2]?.endedBy).toEqual({ status: 'transferred_out', on: '2026-08-01' });
  });

  it('keeps a returned period in its own year with the facts recorded when leaving', async () => {
    await history();
    const rows = (await mobileLedgerData(f.inst.ctx, 2025)).entries;
    expect(rows.map((r) => r.name)).toEqual(['甲', '乙']);
    expect(rows[0]).toMatchObject({
      destination: '浙江省杭州市',
      reason: '外出务工',
      org: '杭州市流动党员党支部',
      card: 'LD-001',
      dues: '微信转账',
      contact: '13800000001', // no contact given while away: the member's own phone
      returnedOn: '2025-10-01',
      returnNote: '回村务农',
    });
    expect((await mobileLedgerData(f.inst.ctx, 2024)).entries).toEqual([]);
    // Still away: 甲 stays on next year's register; 丙 left the branch and does not.
    expect((await mobileLedgerData(f.inst.ctx, 2027)).entries.map((r) => r.name)).toEqual(['甲']);
  });

  it('renders the register with 返回时间, the leaving in 备注 and `—` for what is unknown', async () => {
    await history();
    const doc = await buildLedger(f.inst.ctx, { ledger: 'mobile', year: 2026 });
    expect(doc).toMatchObject({ title: '流动党员登记表', orientation: 'landscape', headerRight: '2026年度' });
    expect(doc.fileName).toBe('中共东风村支部委员会-2026年度流动党员登记表.pdf');
    expect(doc.html).toContain('2026年度流动党员登记表');
    expect(doc.html).toContain('2026.03.01');
    expect(doc.html).toContain('2026.08.01 已转出');
    expect(doc.html).not.toMatch(/<td[^>]*><\/td>/);
    const html2025 = renderLedger(await mobileLedgerData(f.inst.ctx, 2025)).html;
    expect(html2025).toContain('回村务农');
    expect(html2025).toContain('LD-001');
  });

  it('still lists a member flagged as away with no 外出 in the history (as an import leaves them)', async () => {
    const m = await f.member({ name: '导入外出', phone: '13800000009' });
    await f.inst.ctx.db
      .updateTable('member')
      .set({ is_mobile: 1, mobile_since: '2024-06-01', mobile_destination: '新疆乌鲁木齐市', mobile_dues: '现金' })
      .where('id', '=', m.id)
      .execute();
    const rows = (await mobileLedgerData(f.inst.ctx, 2026)).entries;
    expect(rows).toMatchObject([
      { name: '导入外出', since: '2024-06-01', destination: '新疆乌鲁木齐市', contact: '13800000009', dues: '现金' },
    ]);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderLedger } from '../../../renderer/ledgers/index.js';
import { buildLedger } from './render.js';
import { rosterLedgerData } from './rosterData.js';
import { ledgerFixture, type LedgerFixture } from './testSupport.js';

let f: LedgerFixture;
beforeEach(async () => {
  f = await ledgerFixture();
});
afterEach(async () => f.inst.dispose());

describe('党员花名册 data', () => {
  it('lists current (在册) members by 党小组 in the branch order, then 入党时间; no group last', async () => {
    const second = await f.group('第二党小组');
    const first = await f.group('第一党小组');
    await f.member({ name: '无组', birthDate: '1950-01-01', joinedOn: '1980-01-01', confirmedOn: '1981-01-01' });
    await f.member({ name: '二组晚', groupId: second, joinedOn: '2001-07-01', confirmedOn: '2002-07-01' });
    await f.member({ name: '二组早', groupId: second, joinedOn: '1990-07-01', confirmedOn: '1991-07-01' });
    await f.member({ name: '一组', groupId: first, joinedOn: '2010-07-01', confirmedOn: '2011-07-01' });
    const gone = await f.member({ name: '已转出', groupId: first });
    await f.event({
      kind: 'transfer_out',
      id: gone.id,
      date: '2026-05-01',
      counterpartOrg: '中共西山村支部委员会',
      issuedOn: '2026-05-01',
    });

    const data = await rosterLedgerData(f.inst.ctx);
    // 第二党小组 was set up first, so it comes first: the branch's order, not the name's.
    expect(data.entries.map((e) => e.name)).toEqual(['二组早', '二组晚', '一组', '无组']);
    expect(data).toMatchObject({ ledger: 'roster', printedOn: '2026-11-23', orgName: '中共东风村支部委员会' });
  });

  it('carries 籍贯, remarks and the 流动 / 困难 / 失联 states into the printed 备注', async () => {
    const m = await f.member({ name: '王五', nativePlace: '湖南长沙', remarks: '村民代表' });
    await f.event({ kind: 'mobile_start', id: m.id, date: '2026-03-01', destination: '广东省深圳市' });
    await f.event({ kind: 'hardship_start', id: m.id, date: '2026-04-01', note: '因病致困' });
    await f.event({ kind: 'lost_start', id: m.id, date: '2026-05-01' });
    await f.member({
      name: '预备甲',
      kind: 'probationary',
      joinedOn: '2026-06-01',
      confirmedOn: null,
      birthDate: '1999-02-03',
    });

    const data = await rosterLedgerData(f.inst.ctx);
    expect(data.entries.find((e) => e.name === '王五')).toMatchObject({
      nativePlace: '湖南长沙',
      mobileDestination: '广东省深圳市',
      hardship: true,
      lostContact: true,
      remarks: '村民代表',
      age: 56,
    });
    const { html, fileName, orientation } = renderLedger(data);
    expect(html).toContain('外出流动（广东省深圳市）；困难党员；失联；村民代表');
    expect(html).toContain('>预备党员<');
    expect(html).toContain('截至 2026年11月23日');
    expect(html).not.toContain('湖南长沙'); // 籍贯 is off by default
    expect(fileName).toBe('中共东风村支部委员会-党员花名册-2026-11-23.pdf');
    expect(orientation).toBe('landscape');
  });

  it('is what the ledger.render operation prints for `roster`', async () => {
    await f.member({ name: '赵六' });
    const doc = await buildLedger(f.inst.ctx, { ledger: 'roster' });
    expect(doc.title).toBe('党员花名册');
    expect(doc.headerRight).toBe('截至 2026年11月23日');
    expect(doc.html).toContain('赵六');
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemberDetail, TransferLetter } from '../../api/members.js';
import { renderLedger } from '../../../renderer/ledgers/index.js';
import { person } from '../../../test/support/people.js';
import { buildLedger } from './render.js';
import { ledgerFixture, type LedgerFixture } from './testSupport.js';
import { transfersLedgerData } from './transfersData.js';

let f: LedgerFixture;
beforeEach(async () => {
  f = await ledgerFixture();
});
afterEach(async () => f.inst.dispose());

const out = (id: string, date: string, issuedOn: string, extra: object = {}) =>
  f.event({ kind: 'transfer_out', id, date, issuedOn, counterpartOrg: '中共西山村支部委员会', ...extra });

describe('党员组织关系转接登记表 data', () => {
  it('lists the letters issued in the chosen year only, in and out, with the member facts', async () => {
    const a = await f.member({ name: '去年转出' });
    const b = await f.member({ name: '今年转出', gender: 'female', birthDate: '1970-02-03' });
    await out(a.id, '2025-12-28', '2025-12-28', { letterNo: '东组转〔2025〕9号' });
    await out(b.id, '2026-03-05', '2026-03-02', {
      letterNo: '东组转〔2026〕1号',
      duesPaidTo: '2026-02',
      validDays: 60,
      handler: '李秀英',
      note: '随迁',
    });
    const inYear = await transfersLedgerData(f.inst.ctx, 2026);
    expect(inYear.entries.map((e) => e.name)).toEqual(['今年转出']);
    expect(inYear.entries[0]).toMatchObject({
      direction: 'out',
      gender: 'female',
      kind: 'formal',
      letterNo: '东组转〔2026〕1号',
      counterpartOrg: '中共西山村支部委员会',
      duesPaidTo: '2026-02',
      validDays: 60,
      handledOn: '2026-03-05',
      receiptOn: null,
      handler: '李秀英',
      note: '随迁',
      overdue: true,
    });
    expect(inYear.entries[0]?.idNumber).toBe(b.idNumber);
    expect((await transfersLedgerData(f.inst.ctx, 2025)).entries.map((e) => e.name)).toEqual(['去年转出']);
    expect((await transfersLedgerData(f.inst.ctx, 2024)).entries).toEqual([]);
  });

  it('flags an out-letter without 回执 after 3 months until the 回执 is recorded', async () => {
    const late = await f.member({ name: '未回执' });
    const recent = await f.member({ name: '近期转出' });
    await out(late.id, '2026-06-01', '2026-06-01', { note: '已电话催办' });
    await out(recent.id, '2026-10-01', '2026-10-01');
    let html = (await buildLedger(f.inst.ctx, { ledger: 'transfers', year: 2026 })).html;
    expect(html).toContain('未收到回执（已超3个月）；已电话催办');
    expect(html.match(/未收到回执/g)).toHaveLength(1);
    const letter = (await f.ok<TransferLetter[]>('transfers.list', {})).find((t) => t.memberName === '未回执');
    await f.ok('transfers.receipt', { id: letter?.id, receiptOn: '2026-11-20' });
    html = (await buildLedger(f.inst.ctx, { ledger: 'transfers', year: 2026 })).html;
    expect(html).not.toContain('未收到回执');
    expect(html).toContain('2026.11.20');
  });

  it('records a transfer-in on its own date, as 预备 when the member was confirmed later', async () => {
    const m = await f.ok<MemberDetail>('members.transferIn', {
      member: person({
        name: '转入者',
        kind: 'probationary',
        joinedOn: '2025-09-01',
        confirmedOn: null,
        birthDate: '1998-04-04',
      }),
      date: '2026-02-10',
      issuedOn: '2026-02-01',
      counterpartOrg: '中共南岭村支部委员会',
      letterNo: '南组转〔2026〕2号',
    });
    await f.event({ kind: 'confirm', id: m.id, date: '2026-09-01' });
    const [entry] = (await transfersLedgerData(f.inst.ctx, 2026)).entries;
    expect(entry).toMatchObject({
      direction: 'in',
      name: '转入者',
      kind: 'probationary',
      handledOn: '2026-02-10',
      overdue: false,
    });
    const doc = renderLedger(await transfersLedgerData(f.inst.ctx, 2026));
    expect(doc.fileName).toBe('中共东风村支部委员会-2026年度党员组织关系转接登记表.pdf');
    expect(doc.html).toContain('2026年度党员组织关系转接登记表');
    expect(doc.html).toContain('>转入<');
    expect(doc.html).toContain('>预备<');
  });

  it('defaults to the current year', async () => {
    const doc = await buildLedger(f.inst.ctx, { ledger: 'transfers' });
    expect(doc.headerRight).toBe('2026年度');
    expect(doc.html).toContain('<td class="empty" colSpan="14">无</td>');
  });
});

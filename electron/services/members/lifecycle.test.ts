import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemberDetail, MemberSummary, TransferLetter } from '../../api/members.js';
import { person } from '../../../test/support/people.js';
import { SAMPLE_BRANCH, tempInstallation, type TestInstallation } from '../../../test/support/temp.js';
import { contractOf } from '../../../test/support/api.js';

let inst: TestInstallation;
beforeEach(async () => {
  inst = await tempInstallation({ today: '2026-11-23' });
  await ok('org.setup', SAMPLE_BRANCH);
});
afterEach(async () => inst.dispose());

const ok = <T>(name: string, input: unknown) => contractOf(inst).ok<T>(name, input);
const refused = async (name: string, input: unknown) => (await contractOf(inst).refusal(name, input)).message;
const probationer = () =>
  ok<MemberDetail>(
    'members.create',
    person({ name: '预备', kind: 'probationary', joinedOn: '2025-12-01', confirmedOn: null, birthDate: '1998-03-03' }),
  );
const formal = () => ok<MemberDetail>('members.create', person({ name: '正式' }));
const event = (input: object) => ok<MemberDetail>('members.event', input);

describe('预备党员 transitions', () => {
  it('转正 only once the one-year probation has ended', async () => {
    const p = await probationer();
    expect(p.probationEndsOn).toBe('2026-12-01');
    expect(p.partyYears).toBeNull();
    inst.clock.advance(10 * 86_400_000);
    expect(await refused('members.event', { kind: 'confirm', id: p.id, date: '2026-11-30' })).toBe(
      '预备期到 2026-12-01 才满，不能早于此日转正',
    );
    const c = await event({ kind: 'confirm', id: p.id, date: '2026-12-01' });
    expect(c).toMatchObject({ kind: 'formal', confirmedOn: '2026-12-01', partyYears: 0, probationEndsOn: null });
    expect(await refused('members.event', { kind: 'confirm', id: p.id, date: '2026-12-02' })).toBe(
      '该党员已是正式党员',
    );
  });

  it('延长预备期 6–12 months, once, moving the end of probation', async () => {
    const p = await probationer();
    expect(await refused('members.event', { kind: 'extend_probation', id: p.id, date: '2026-11-20', months: 5 })).toBe(
      '延长预备期不能少于 6 个月',
    );
    expect(await refused('members.event', { kind: 'extend_probation', id: p.id, date: '2026-11-20', months: 13 })).toBe(
      '延长预备期不能超过 1 年',
    );
    const e = await event({ kind: 'extend_probation', id: p.id, date: '2026-11-20', months: 6 });
    expect(e.probationEndsOn).toBe('2027-06-01');
    expect(await refused('members.event', { kind: 'extend_probation', id: p.id, date: '2026-11-21', months: 6 })).toBe(
      '预备期只能延长一次',
    );
  });

  it('取消预备党员资格 applies to probationers only', async () => {
    const f = await formal();
    expect(
      await refused('members.event', { kind: 'leave', id: f.id, date: '2026-11-01', leaveKind: 'probation_cancelled' }),
    ).toBe('只有预备党员才能取消预备党员资格');
    const p = await probationer();
    const left = await event({ kind: 'leave', id: p.id, date: '2026-11-01', leaveKind: 'probation_cancelled' });
    expect(left).toMatchObject({ status: 'left', leaveKind: 'probation_cancelled' });
  });
});

describe('leaving and coming back, never deleted', () => {
  it('转出 with a 介绍信: off the roster, letter flagged after 3 months without 回执, then 回执', async () => {
    const f = await formal();
    const out = await event({
      kind: 'transfer_out',
      id: f.id,
      date: '2026-08-01',
      letterNo: '东组转〔2026〕3号',
      counterpartOrg: '中共西山村支部委员会',
      issuedOn: '2026-08-01',
      validDays: 90,
      duesPaidTo: '2026-07',
      handler: '李秀英',
    });
    expect(out.status).toBe('transferred_out');
    expect(await ok<MemberSummary[]>('members.list', { scope: 'current' })).toHaveLength(0);
    let letters = await ok<TransferLetter[]>('transfers.list', {});
    expect(letters).toMatchObject([{ direction: 'out', memberName: '正式', overdue: true, receiptOn: null }]);
    expect(await refused('transfers.receipt', { id: letters[0]?.id, receiptOn: '2026-07-31' })).toBe(
      '回执收到日期不能早于介绍信开具日期',
    );
    await ok('transfers.receipt', { id: letters[0]?.id, receiptOn: '2026-11-20' });
    letters = await ok<TransferLetter[]>('transfers.list', {});
    expect(letters[0]).toMatchObject({ receiptOn: '2026-11-20', overdue: false });
    const history = (await ok<MemberDetail>('members.get', { id: f.id })).events.map((e) => e.kind);
    expect(history).toEqual(['joined', 'confirm', 'transfer_out', 'receipt']);
  });

  it('checks 党费交至 on the letter against what was paid, filling it in when left empty', async () => {
    const f = await formal();
    await ok('dues.setBasis', { memberId: f.id, effectiveFrom: '2026-01', category: 'retired', base: '3000' });
    await ok('dues.pay', {
      memberId: f.id,
      fromMonth: '2026-01',
      toMonth: '2026-06',
      amount: '90',
      paidOn: '2026-07-01',
      handler: '李秀英',
      receiptNo: 'No.1',
    });
    const letter = {
      kind: 'transfer_out',
      id: f.id,
      date: '2026-08-01',
      counterpartOrg: '西山村',
      issuedOn: '2026-08-01',
    };
    expect(await refused('members.event', { ...letter, duesPaidTo: '2026-07' })).toBe(
      '党费交至应与交纳记录一致：记录显示交至 2026-06',
    );
    await event(letter);
    expect((await ok<TransferLetter[]>('transfers.list', {}))[0]?.duesPaidTo).toBe('2026-06');
  });

  it('a letter is not overdue within 3 months', async () => {
    const f = await formal();
    await event({
      kind: 'transfer_out',
      id: f.id,
      date: '2026-08-24',
      counterpartOrg: '西山村',
      issuedOn: '2026-08-24',
    });
    expect((await ok<TransferLetter[]>('transfers.list', {}))[0]?.overdue).toBe(false);
  });

  it('转入 a returning member reactivates the old record and keeps its history', async () => {
    const f = await formal();
    await event({
      kind: 'transfer_out',
      id: f.id,
      date: '2025-03-01',
      counterpartOrg: '西山村',
      issuedOn: '2025-03-01',
    });
    const back = await ok<MemberDetail>('members.transferIn', {
      member: f.input,
      date: '2026-10-10',
      counterpartOrg: '中共西山村支部委员会',
      issuedOn: '2026-10-01',
      letterNo: '西组转〔2026〕8号',
    });
    expect(back.id).toBe(f.id);
    expect(back.status).toBe('active');
    expect(back.events.map((e) => e.kind)).toEqual(['joined', 'confirm', 'transfer_out', 'transfer_in']);
    expect(back.transfers.map((t) => t.direction)).toEqual(['out', 'in']);
  });

  it('转入 a new member creates them with the letter', async () => {
    const m = await ok<MemberDetail>('members.transferIn', {
      member: person({ name: '新来' }),
      date: '2026-10-10',
      counterpartOrg: '中共西山村支部委员会',
      issuedOn: '2026-10-01',
    });
    expect(m.events.map((e) => e.kind)).toEqual(['joined', 'confirm', 'transfer_in']);
    expect(m.statusSince).toBe('2026-10-10');
  });

  it('停止党籍 then 恢复党籍; 出党 and 去世 close the record for good', async () => {
    const f = await formal();
    await event({ kind: 'suspend', id: f.id, date: '2026-01-10' });
    expect(
      await refused('members.event', {
        kind: 'transfer_out',
        id: f.id,
        date: '2026-02-01',
        counterpartOrg: 'x',
        issuedOn: '2026-02-01',
      }),
    ).toBe('该党员已停止党籍，不能办理此事项');
    expect(await refused('members.event', { kind: 'restore', id: f.id, date: '2026-01-09' })).toMatch(
      /不能早于上一次党籍变动/,
    );
    const r = await event({ kind: 'restore', id: f.id, date: '2026-03-01' });
    expect(r.status).toBe('active');
    await event({ kind: 'leave', id: f.id, date: '2026-05-01', leaveKind: 'self_lapsed' });
    expect(await refused('members.event', { kind: 'death', id: f.id, date: '2026-06-01' })).toBe(
      '该党员已出党，不能办理此事项',
    );
    expect(await refused('members.event', { kind: 'restore', id: f.id, date: '2026-06-01' })).toBe(
      '只有停止党籍的党员才能恢复党籍',
    );
    const g = await formal();
    const d = await event({ kind: 'death', id: g.id, date: '2026-02-02' });
    expect(d.status).toBe('deceased');
    expect(inst.database.sqlite.prepare('SELECT count(*) n FROM member WHERE deleted_at IS NULL').get()).toEqual({
      n: 2,
    });
  });

  it('refuses future dates and dates before joining', async () => {
    const f = await formal();
    expect(await refused('members.event', { kind: 'death', id: f.id, date: '2026-11-24' })).toBe(
      '办理日期不能晚于今天',
    );
    expect(await refused('members.event', { kind: 'death', id: f.id, date: '1990-01-01' })).toBe(
      '办理日期不能早于入党日期',
    );
  });
});

describe('flags with dates', () => {
  it('流动党员: registered with where, since and contact, then returned', async () => {
    const f = await formal();
    const m = await event({
      kind: 'mobile_start',
      id: f.id,
      date: '2026-03-01',
      destination: '江苏省苏州市',
      contact: '13900001111',
      org: '苏州工业园区流动党员党支部',
    });
    expect(m.flags.mobile).toEqual({ since: '2026-03-01', destination: '江苏省苏州市' });
    expect(m.mobile.contact).toBe('13900001111');
    expect(
      await refused('members.event', { kind: 'mobile_start', id: f.id, date: '2026-03-02', destination: 'x' }),
    ).toBe('该党员已登记为外出流动');
    const back = await event({ kind: 'mobile_end', id: f.id, date: '2026-10-01' });
    expect(back.flags.mobile).toBeNull();
  });

  it('失联 and 困难党员 flags start and end', async () => {
    const f = await formal();
    expect((await event({ kind: 'lost_start', id: f.id, date: '2026-01-01' })).flags.lostContact).toEqual({
      since: '2026-01-01',
    });
    expect((await event({ kind: 'lost_end', id: f.id, date: '2026-02-01' })).flags.lostContact).toBeNull();
    expect(await refused('members.event', { kind: 'hardship_end', id: f.id, date: '2026-02-01' })).toBe(
      '该党员不是困难党员',
    );
    const h = await event({ kind: 'hardship_start', id: f.id, date: '2026-02-01', note: '因病致贫' });
    expect(h.flags.hardship).toEqual({ since: '2026-02-01', note: '因病致贫' });
  });
});

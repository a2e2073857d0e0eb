import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IncomingTransfer, MemberDetail, MemberSummary, TransferLetter } from '../../electron/api/members.js';
import type { ExchangeStatus } from '../../electron/api/exchange.js';
import { contractOf } from '../support/api.js';
import { person } from '../support/people.js';
import { acceptRelay, county, transferToXihu, type County } from './county.js';

let c: County;

beforeEach(async () => {
  c = await county();
});
afterEach(async () => c.dispose());

/** 东风村 transfers 张三 out to 西湖村, picked from the county directory. */
async function transferOut(): Promise<MemberDetail> {
  const a = contractOf(c.a);
  const zhang = await a.ok<MemberDetail>('members.create', person({ name: '张三', phone: '13911112222' }));
  await a.ok('members.create', person({ name: '李四' }));
  const directory = await a.ok<{ code: string; name: string }[]>('transfers.directory', {});
  expect(directory).toEqual([{ code: 'XH002', name: '西湖村党支部' }]);
  await transferToXihu(c, zhang.id);
  return zhang;
}

/** Both branches have sent their first bundle; the office answers each with the directory. */
async function relayThroughOffice(): Promise<IncomingTransfer> {
  await c.pass(c.office, c.a, 'DF001');
  await c.pass(c.office, c.b, 'XH002');
  await transferOut();
  await c.pass(c.a, c.office);
  await c.pass(c.office, c.b, 'XH002');
  const incoming = await contractOf(c.b).ok<IncomingTransfer[]>('transfers.incoming', {});
  expect(incoming).toHaveLength(1);
  const listed = incoming[0] as IncomingTransfer;
  // The list carries ID and phone masked; the 确认转入 form reads the one transfer in full.
  expect(listed.member.phone).toBe('139****2222');
  expect(listed.member.idNumber).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
  const full = await contractOf(c.b).ok<IncomingTransfer>('transfers.incomingDetail', { relayId: listed.relayId });
  expect({ ...full, member: { ...full.member, idNumber: '', phone: '' } }).toEqual({
    ...listed,
    member: { ...listed.member, idNumber: '', phone: '' },
  });
  return full;
}

describe('a member transferred between two branches of the county (three installations)', () => {
  it('relays the 转出 to the receiving branch pre-filled and the 回执 back to the sender', async () => {
    const arriving = await relayThroughOffice();
    expect(arriving).toMatchObject({
      status: 'pending',
      fromCode: 'DF001',
      fromName: '中共东风村支部委员会',
      letterNo: '城组转〔2026〕7号',
      duesPaidTo: '2026-10',
      member: { name: '张三', phone: '13911112222', groupId: null },
    });
    // The receiving branch gets the relay, never the sender's other members.
    const b = contractOf(c.b);
    expect(await b.ok('home.reminders', {})).toMatchObject({ incomingTransfers: 1 });
    expect(await b.ok<MemberSummary[]>('members.list', { scope: 'all' })).toEqual([]);

    const joined = await acceptRelay(c, arriving);
    const { relayId, fromName, member, issuedOn } = arriving;
    expect(joined).toMatchObject({ name: '张三', status: 'active' });
    expect((await b.ok<IncomingTransfer[]>('transfers.incoming', {}))[0]).toMatchObject({
      status: 'accepted',
      answeredOn: '2026-11-20',
    });
    const again = await b.refusal('members.transferIn', {
      member,
      date: '2026-11-20',
      counterpartOrg: fromName,
      issuedOn,
      relayId,
    });
    expect(again.message).toBe('这名党员已经转入');

    await c.pass(c.b, c.office);
    await c.pass(c.office, c.a, 'DF001');
    const out = (await contractOf(c.a).ok<TransferLetter[]>('transfers.list', {})).find((t) => t.direction === 'out');
    expect(out).toMatchObject({
      memberName: '张三',
      receiptOn: '2026-11-20',
      relay: { status: 'accepted', answeredOn: '2026-11-20' },
    });
    const zhang = await contractOf(c.a).ok<MemberDetail>('members.get', { id: out?.memberId });
    expect(zhang.events.map((e) => e.kind)).toEqual(['joined', 'confirm', 'transfer_out', 'receipt']);
    // The office now holds both branches' rows of the same person without tripping over each other.
    await c.pass(c.a, c.office);
    // The office's relay and 回执 are answers, not rival edits: nobody is asked to resolve anything.
    for (const i of [c.office, c.a, c.b])
      expect((await contractOf(i).ok<ExchangeStatus>('exchange.status', {})).conflicts).toEqual([]);
  });

  it('sends a refusal back when the receiving branch declines', async () => {
    const arriving = await relayThroughOffice();
    const b = contractOf(c.b);
    expect((await b.refusal('transfers.decline', { relayId: arriving.relayId, note: '' })).field).toBe('note');
    await b.ok('transfers.decline', { relayId: arriving.relayId, note: '本支部没有此人' });
    await c.pass(c.b, c.office);
    await c.pass(c.office, c.a, 'DF001');
    const out = (await contractOf(c.a).ok<TransferLetter[]>('transfers.list', {})).find((t) => t.direction === 'out');
    expect(out).toMatchObject({
      receiptOn: null,
      relay: { status: 'declined', answeredOn: '2026-11-23', answerNote: '本支部没有此人' },
    });
    expect(await b.ok<MemberSummary[]>('members.list', { scope: 'all' })).toEqual([]);
  });

  it('keeps a visible conflict when the sender typed its own 回执 while the relayed one was on its way', async () => {
    const arriving = await relayThroughOffice();
    await acceptRelay(c, arriving);
    await c.pass(c.b, c.office);
    const out = (await contractOf(c.a).ok<TransferLetter[]>('transfers.list', {})).find((t) => t.direction === 'out');
    await contractOf(c.a).ok('transfers.receipt', { id: out?.id, receiptOn: '2026-11-21' });
    const back = await c.pass(c.office, c.a, 'DF001');
    expect(back.message).toMatch(/冲突 1 条/);
    const status = await contractOf(c.a).ok<ExchangeStatus>('exchange.status', {});
    expect(status.conflicts).toMatchObject([{ table: 'transfer', lost: { receipt_on: '2026-11-21' } }]);
  });

  it('does not relay a 转出 to an organisation outside the county', async () => {
    await c.pass(c.office, c.a, 'DF001');
    const a = contractOf(c.a);
    const m = await a.ok<MemberDetail>('members.create', person({ name: '王五' }));
    await a.ok('members.event', {
      kind: 'transfer_out',
      id: m.id,
      date: '2026-11-10',
      counterpartOrg: '中共某市某街道委员会',
      issuedOn: '2026-11-10',
    });
    await c.pass(c.a, c.office);
    await c.pass(c.office, c.b, 'XH002');
    expect(await contractOf(c.b).ok('transfers.incoming', {})).toEqual([]);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BundleFile, ImportLine } from '../../electron/api/exchange.js';
import type { MemberDetail } from '../../electron/api/members.js';
import type { NoticeDetail } from '../../electron/api/notices.js';
import { contractOf } from '../support/api.js';
import { person } from '../support/people.js';
import type { TestInstallation } from '../support/temp.js';
import { county, type County } from './county.js';
import { reseal, rowOf, type Body } from './craft.js';
import { contentHash } from './support.js';

/** Later than every row the fixtures write (their clocks stand at 2026-11-23 09:00), within the clock bound. */
const LATER = '2026-11-23T12:00:00.000Z_0000_bbbbbbbbbbbbbbbb';
const NEW_ID = '01900000-0000-7000-8000-00000000abcd';

let c: County;
let noticeId: string;

beforeEach(async () => {
  c = await county();
  const n = await contractOf(c.office).ok<NoticeDetail>('notices.save', {
    title: '关于开展主题党日活动的通知',
    body: '各村党支部：请于月底前组织开展主题党日活动。',
    dueOn: '2026-11-30',
    recipients: '*',
  });
  noticeId = n.id;
  await c.pass(c.office, c.a, 'DF001');
  await c.pass(c.office, c.b, 'XH002');
});
afterEach(async () => c.dispose());

async function exported(from: TestInstallation, peer?: string): Promise<Buffer> {
  const f = await contractOf(from).ok<BundleFile>('exchange.export', peer ? { peer } : {});
  return Buffer.from(f.base64, 'base64');
}

/** Exports from `from`, lets `edit` change the body, signs it with `from`'s own keys and imports it. */
async function crafted(
  from: TestInstallation,
  to: TestInstallation,
  edit: (body: Body) => void,
  peer?: string,
): Promise<{ line: ImportLine; unchanged: boolean }> {
  const before = await contentHash(to);
  const bytes = await reseal(await exported(from, peer), from, to, (body) => edit(body));
  const files = [{ fileName: 'x.zbx', base64: bytes.toString('base64') }];
  const [line] = await contractOf(to).ok<ImportLine[]>('exchange.import', { files });
  return { line: line as ImportLine, unchanged: (await contentHash(to)) === before };
}

const NOT_THEIRS = (label: string) => `数据包中有不属于该支部的记录（${label}），已拒绝整个数据包，没有做任何改动`;
const NOT_OFFICES = (label: string) => `数据包中有上级党委不应发来的记录（${label}），已拒绝整个数据包，没有做任何改动`;

describe('the office takes from a branch only what that branch owns', () => {
  it('refuses a new 通知 written by a branch', async () => {
    const notice = await c.office.ctx.db.selectFrom('notice').selectAll().executeTakeFirstOrThrow();
    const r = await crafted(c.a, c.office, (body) => {
      body.changes.push({
        table: 'notice',
        id: NEW_ID,
        hlc: LATER,
        row: { ...notice, id: NEW_ID, title: '假通知', created_at: LATER, updated_at: LATER },
      });
    });
    expect(r.line).toMatchObject({ ok: false, message: NOT_THEIRS('上级通知') });
    expect(r.unchanged).toBe(true);
  });

  it('refuses a branch’s newer version of the office’s own 通知, and ignores a stale copy of it', async () => {
    const notice = await c.office.ctx.db
      .selectFrom('notice')
      .selectAll()
      .where('id', '=', noticeId)
      .executeTakeFirstOrThrow();
    const edited = await crafted(c.a, c.office, (body) => {
      body.changes.push({
        table: 'notice',
        id: noticeId,
        hlc: LATER,
        row: { ...notice, title: '改过的通知', updated_at: LATER },
      });
    });
    expect(edited.line).toMatchObject({ ok: false, message: NOT_THEIRS('上级通知') });
    expect(edited.unchanged).toBe(true);

    const stale = { ...notice, title: '旧标题', updated_at: '2026-01-01T00:00:00.000Z_0000_bbbbbbbbbbbbbbbb' };
    const echo = await crafted(c.a, c.office, (body) => {
      body.changes.push({ table: 'notice', id: noticeId, hlc: stale.updated_at, row: stale });
    });
    expect(echo.line.ok).toBe(true);
    const kept = await contractOf(c.office).ok<NoticeDetail>('notices.get', { id: noticeId });
    expect(kept.title).toBe('关于开展主题党日活动的通知');
  });

  it('refuses county settings, another branch’s organisation row and another branch’s 通知 answer', async () => {
    const county = await c.office.ctx.db
      .selectFrom('setting')
      .selectAll()
      .where('key', '=', 'directory')
      .executeTakeFirstOrThrow();
    const setting = await crafted(c.a, c.office, (body) => {
      body.changes.push({
        table: 'setting',
        id: NEW_ID,
        hlc: LATER,
        row: { ...county, id: NEW_ID, updated_at: LATER },
      });
    });
    expect(setting.line).toMatchObject({ ok: false, message: NOT_THEIRS('设置') });

    const own = await c.a.ctx.db.selectFrom('organization').selectAll().executeTakeFirstOrThrow();
    const org = await crafted(c.a, c.office, (body) => {
      body.changes.push({
        table: 'organization',
        id: NEW_ID,
        hlc: LATER,
        row: { ...own, id: NEW_ID, code: 'XH002', name: '中共西湖村支部委员会', created_at: LATER, updated_at: LATER },
      });
    });
    expect(org.line).toMatchObject({ ok: false, message: NOT_THEIRS('党组织基本情况') });

    await contractOf(c.a).ok('notices.markRead', { id: noticeId });
    const reply = await crafted(c.a, c.office, (body) => {
      const r = rowOf(body, 'notice_reply');
      r.row.branch_code = 'XH002';
      body.changes = body.changes.map((x) => (x.table === 'notice_reply' ? r : x));
    });
    expect(reply.line).toMatchObject({ ok: false, message: NOT_THEIRS('通知办理情况') });
    expect(setting.unchanged && org.unchanged && reply.unchanged).toBe(true);
  });

  it('refuses another branch’s 转出 whose id a branch learned from a relay', async () => {
    const b = contractOf(c.b);
    const li = await b.ok<MemberDetail>('members.create', person({ name: '李四' }));
    await b.ok('members.event', {
      kind: 'transfer_out',
      id: li.id,
      date: '2026-11-10',
      counterpartOrg: '东风村党支部',
      counterpartCode: 'DF001',
      issuedOn: '2026-11-10',
    });
    await c.pass(c.b, c.office);
    await c.pass(c.office, c.a, 'DF001');
    const relay = await c.a.ctx.db.selectFrom('transfer_relay').selectAll().executeTakeFirstOrThrow();
    const theirs = await c.office.ctx.db
      .selectFrom('transfer')
      .selectAll()
      .where('id', '=', relay.out_transfer_id)
      .executeTakeFirstOrThrow();
    const r = await crafted(c.a, c.office, (body) => {
      body.changes.push({
        table: 'transfer',
        id: theirs.id,
        hlc: LATER,
        row: { ...theirs, receipt_on: '2026-11-12', updated_at: LATER },
      });
    });
    expect(r.line).toMatchObject({ ok: false, message: NOT_THEIRS('组织关系转接') });
    expect(r.unchanged).toBe(true);

    // Answering the relay is the receiving branch's right, but only its answer columns.
    const forged = await crafted(c.a, c.office, (body) => {
      body.changes.push({
        table: 'transfer_relay',
        id: relay.id,
        hlc: LATER,
        row: { ...relay, status: 'accepted', answered_on: '2026-11-20', from_name: '别的支部', updated_at: LATER },
      });
    });
    expect(forged.line).toMatchObject({ ok: false, message: NOT_THEIRS('上级党委转来的组织关系转接') });
    expect(forged.unchanged).toBe(true);
  });
});

describe('a branch takes from its office only what an office writes for it', () => {
  it('refuses new roster lines from the office outside a recovery bundle, and edits of its own records', async () => {
    const zhang = await contractOf(c.a).ok<MemberDetail>('members.create', person({ name: '张三' }));
    await c.pass(c.a, c.office);
    const mine = await c.a.ctx.db.selectFrom('member').selectAll().where('id', '=', zhang.id).executeTakeFirstOrThrow();

    const added = await crafted(
      c.office,
      c.a,
      (body) => {
        body.changes.push({
          table: 'member',
          id: NEW_ID,
          hlc: LATER,
          row: {
            ...mine,
            id: NEW_ID,
            name: '王五',
            id_number: person().idNumber,
            created_at: LATER,
            updated_at: LATER,
          },
        });
      },
      'DF001',
    );
    expect(added.line).toMatchObject({ ok: false, message: NOT_OFFICES('党员') });
    expect(added.unchanged).toBe(true);

    const edited = await crafted(
      c.office,
      c.a,
      (body) => {
        body.changes.push({
          table: 'member',
          id: mine.id,
          hlc: LATER,
          row: { ...mine, phone: '13900000000', updated_at: LATER },
        });
      },
      'DF001',
    );
    expect(edited.line).toMatchObject({ ok: false, message: NOT_OFFICES('党员') });
    expect(edited.unchanged).toBe(true);
  });

  it('refuses a relay addressed to two other branches', async () => {
    const r = await crafted(
      c.office,
      c.a,
      (body) => {
        body.changes.push({
          table: 'transfer_relay',
          id: NEW_ID,
          hlc: LATER,
          row: {
            id: NEW_ID,
            created_at: LATER,
            updated_at: LATER,
            deleted_at: null,
            out_transfer_id: '01900000-0000-7000-8000-00000000ffff',
            from_code: 'XH002',
            from_name: '西湖村党支部',
            to_code: 'NB003',
            member: '{}',
            letter_no: '',
            issued_on: '2026-11-10',
            valid_days: 30,
            dues_paid_to: '',
            note: '',
            status: 'pending',
            answered_on: null,
            answer_note: '',
          },
        });
      },
      'DF001',
    );
    expect(r.line).toMatchObject({ ok: false, message: NOT_OFFICES('上级党委转来的组织关系转接') });
    expect(r.unchanged).toBe(true);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HomeReminders, NoticeDetail, NoticeList, NoticeReply } from '../../electron/api/index.js';
import { contractOf } from '../support/api.js';
import { county, type County } from '../sync/county.js';
import { PDF } from './pdf.js';

let c: County;
beforeEach(async () => {
  c = await county();
});
afterEach(async () => {
  await c.dispose();
});

const office = () => contractOf(c.office);
const east = () => contractOf(c.a);
const valid = { title: '关于做好党费收缴工作的通知', body: '', dueOn: null, recipients: '*' };

async function received(dueOn: string | null = '2026-11-30'): Promise<string> {
  const n = await office().ok<NoticeDetail>('notices.save', { ...valid, dueOn });
  await c.pass(c.office, c.a, 'DF001');
  return n.id;
}

describe('what a notice must contain', () => {
  it.each([
    [{ title: '' }, 'title', '请填写通知标题'],
    [{ title: '题'.repeat(61) }, 'title', '通知标题不能超过 60 个字'],
    [{ body: '字'.repeat(5001) }, 'body', '通知正文不能超过 5000 个字'],
    [{ dueOn: '2026-11-31' }, 'dueOn', '办理期限不是有效的日期'],
    [{ dueOn: '2026-11-22' }, 'dueOn', '办理期限不能早于发文日期（2026-11-23）'],
    [{ recipients: [] }, 'recipients', '请选择接收通知的支部：全部支部，或至少选择一个支部'],
    [{ recipients: ['DF001', 'ZZ009'] }, 'recipients', '没有登记代码为 ZZ009 的支部，请在“数据交换”中先登记'],
  ])('refuses %o, naming the field in Chinese', async (change, field, message) => {
    const e = await office().refusal('notices.save', { ...valid, ...change });
    expect(e).toMatchObject({ code: 'VALIDATION', field, message });
  });

  it('keeps the date it was first issued when edited later', async () => {
    const n = await office().ok<NoticeDetail>('notices.save', valid);
    c.office.clock.advance(3 * 86_400_000);
    const edited = await office().ok<NoticeDetail>('notices.save', { ...valid, id: n.id, dueOn: '2026-11-24' });
    expect(edited).toMatchObject({ issuedOn: '2026-11-23', dueOn: '2026-11-24' });
    const e = await office().refusal('notices.save', { ...valid, id: n.id, dueOn: '2026-11-22' });
    expect(e).toMatchObject({ field: 'dueOn', message: '办理期限不能早于发文日期（2026-11-23）' });
  });

  it('refuses a file that is not what its name says', async () => {
    const n = await office().ok<NoticeDetail>('notices.save', valid);
    const e = await office().refusal('notices.addFile', {
      noticeId: n.id,
      fileName: '表格.xlsx',
      mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      base64: PDF.toString('base64'),
    });
    expect(e).toMatchObject({ code: 'VALIDATION', field: 'base64' });
  });
});

describe('who does what', () => {
  it('refuses a branch that tries to issue, change or remove a notice', async () => {
    const id = await received();
    for (const [op, input] of [
      ['notices.save', valid],
      ['notices.save', { ...valid, id }],
      ['notices.remove', { id }],
      ['notices.addFile', { noticeId: id, fileName: 'a.pdf', mime: 'application/pdf', base64: PDF.toString('base64') }],
    ] as const) {
      const e = await east().refusal(op, input);
      expect(e.code).toBe('FORBIDDEN');
      expect(e.message).toContain('支部不能发布或修改通知');
    }
  });

  it('refuses an office that tries to answer its own notice', async () => {
    const n = await office().ok<NoticeDetail>('notices.save', valid);
    const e = await office().refusal('notices.markDone', { id: n.id, doneOn: '2026-11-23' });
    expect(e.code).toBe('FORBIDDEN');
  });
});

describe('a branch answering a notice', () => {
  it('records the first opening as read and keeps one reply per notice', async () => {
    const id = await received();
    expect(await east().ok<NoticeReply>('notices.markRead', { id })).toEqual({
      readOn: '2026-11-23',
      doneOn: null,
      note: '',
    });
    c.a.clock.advance(86_400_000);
    await east().ok('notices.markRead', { id });
    const done = await east().ok<NoticeReply>('notices.markDone', { id, doneOn: '2026-11-24', note: '已完成' });
    expect(done).toEqual({ readOn: '2026-11-23', doneOn: '2026-11-24', note: '已完成' });
    const undone = await east().ok<NoticeReply>('notices.markDone', { id, doneOn: null, note: '' });
    expect(undone.doneOn).toBeNull();
    const rows = await c.a.ctx.db.selectFrom('notice_reply').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ notice_id: id, branch_code: 'DF001' });
  });

  it('refuses a done date in the future or before the notice', async () => {
    const id = await received();
    expect(await east().refusal('notices.markDone', { id, doneOn: '2026-11-24' })).toMatchObject({
      field: 'doneOn',
      message: '办结日期不能晚于今天',
    });
    expect(await east().refusal('notices.markDone', { id, doneOn: '2026-11-01' })).toMatchObject({
      field: 'doneOn',
      message: '办结日期不能早于发文日期（2026-11-23）',
    });
  });

  it('shows overdue notices and reminds of them on the home page until done', async () => {
    const id = await received('2026-11-25');
    const later = await received(null);
    c.a.clock.advance(3 * 86_400_000);
    const list = await east().ok<NoticeList>('notices.list', {});
    expect(list.notices.find((n) => n.id === id)?.overdue).toBe(true);
    const home = await east().ok<HomeReminders>('home.reminders', {});
    expect(home.notices).toEqual([
      { id, title: valid.title, dueOn: '2026-11-25', daysLeft: -1, read: false },
      { id: later, title: valid.title, dueOn: null, daysLeft: null, read: false },
    ]);
    await east().ok('notices.markRead', { id: later });
    await east().ok('notices.markDone', { id, doneOn: '2026-11-26' });
    expect((await east().ok<HomeReminders>('home.reminders', {})).notices).toEqual([]);
    expect((await east().ok<NoticeList>('notices.list', {})).notices.find((n) => n.id === id)?.overdue).toBe(false);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AttachmentData, AttachmentInfo, NoticeDetail, NoticeList } from '../../electron/api/index.js';
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
const west = () => contractOf(c.b);

async function issue(recipients: '*' | string[], title = '关于开展主题党日活动的通知') {
  const n = await office().ok<NoticeDetail>('notices.save', {
    title,
    body: '各村党支部：请于月底前组织开展主题党日活动，并上报活动照片。',
    dueOn: '2026-11-30',
    recipients,
  });
  const file = await office().ok<AttachmentInfo>('notices.addFile', {
    noticeId: n.id,
    fileName: '活动方案.pdf',
    mime: 'application/pdf',
    base64: PDF.toString('base64'),
  });
  return { notice: n, file };
}

describe('notices from the office to its branches', () => {
  it('reach every branch with their files, and the answers come back', async () => {
    const { notice, file } = await issue('*');
    await c.pass(c.office, c.a, 'DF001');

    const list = await east().ok<NoticeList>('notices.list', {});
    expect(list.mode).toBe('branch');
    expect(list.notices).toHaveLength(1);
    expect(list.notices[0]).toMatchObject({
      id: notice.id,
      reply: null,
      dueOn: '2026-11-30',
      issuer: '中共城关镇委员会',
    });
    const there = await east().ok<NoticeDetail>('notices.get', { id: notice.id });
    expect(there.body).toContain('主题党日');
    expect(there.attachments).toEqual([file]);
    const bytes = await east().ok<AttachmentData>('attachments.get', { id: file.id });
    expect(Buffer.from(bytes.base64, 'base64').equals(PDF)).toBe(true);

    // Before any answer: exported to 东风村, not yet to 西湖村.
    const before = await office().ok<NoticeDetail>('notices.get', { id: notice.id });
    expect(before.branches.map((b) => [b.code, b.state])).toEqual([
      ['XH002', 'unsent'],
      ['DF001', 'unread'],
    ]);

    await east().ok('notices.markRead', { id: notice.id });
    await east().ok('notices.markDone', { id: notice.id, doneOn: '2026-11-23', note: '已组织 23 名党员参加' });
    await c.pass(c.a, c.office);

    const after = await office().ok<NoticeDetail>('notices.get', { id: notice.id });
    expect(after.branches.find((b) => b.code === 'DF001')).toEqual({
      code: 'DF001',
      name: '东风村党支部',
      state: 'done',
      readOn: '2026-11-23',
      doneOn: '2026-11-23',
      note: '已组织 23 名党员参加',
    });
    // Unanswered branches come first.
    expect(after.branches.map((b) => b.code)).toEqual(['XH002', 'DF001']);
    const progress = (await office().ok<NoticeList>('notices.list', {})).notices[0]?.progress;
    expect(progress).toEqual({ total: 2, read: 1, done: 1 });
  });

  it('never sends a notice addressed to one branch to another', async () => {
    const { notice, file } = await issue(['DF001']);
    await c.pass(c.office, c.b, 'XH002');
    await c.pass(c.office, c.a, 'DF001');

    expect((await west().ok<NoticeList>('notices.list', {})).notices).toEqual([]);
    expect((await west().refusal('attachments.get', { id: file.id })).code).toBe('NOT_FOUND');
    expect((await east().ok<NoticeList>('notices.list', {})).notices.map((n) => n.id)).toEqual([notice.id]);
    const detail = await office().ok<NoticeDetail>('notices.get', { id: notice.id });
    expect(detail.branches.map((b) => b.code)).toEqual(['DF001']);
  });

  it('sends a notice and its earlier files to a branch added later, and cannot take a branch off', async () => {
    const { notice, file } = await issue(['DF001']);
    await c.pass(c.office, c.a, 'DF001');
    await c.pass(c.office, c.b, 'XH002');
    await c.pass(c.b, c.office);

    await office().ok('notices.save', { ...notice, recipients: ['DF001', 'XH002'] });
    await c.pass(c.office, c.b, 'XH002');
    const there = await west().ok<NoticeDetail>('notices.get', { id: notice.id });
    expect(there.attachments.map((a) => a.id)).toEqual([file.id]);
    const bytes = await west().ok<AttachmentData>('attachments.get', { id: file.id });
    expect(Buffer.from(bytes.base64, 'base64').equals(PDF)).toBe(true);

    const refused = await office().refusal('notices.save', { ...notice, recipients: ['XH002'] });
    expect(refused).toMatchObject({ code: 'VALIDATION', field: 'recipients' });
    expect(refused.message).toContain('东风村党支部');
  });

  it('lets a branch not yet sent the notice be taken off again', async () => {
    const { notice } = await issue(['DF001', 'XH002']);
    await c.pass(c.office, c.a, 'DF001');
    const saved = await office().ok<NoticeDetail>('notices.save', { ...notice, recipients: ['DF001'] });
    expect(saved.recipients).toEqual(['DF001']);
    await c.pass(c.office, c.b, 'XH002');
    expect((await west().ok<NoticeList>('notices.list', {})).notices).toEqual([]);
  });

  it('removes a deleted notice and its files at the branches', async () => {
    const { notice, file } = await issue('*');
    await c.pass(c.office, c.a, 'DF001');
    await office().ok('notices.remove', { id: notice.id });
    expect((await office().ok<NoticeList>('notices.list', {})).notices).toEqual([]);
    await c.pass(c.office, c.a, 'DF001');
    expect((await east().ok<NoticeList>('notices.list', {})).notices).toEqual([]);
    expect((await east().refusal('notices.get', { id: notice.id })).code).toBe('NOT_FOUND');
    expect((await east().refusal('attachments.get', { id: file.id })).code).toBe('NOT_FOUND');
  });

  it('removes a deleted file at the branches', async () => {
    const { notice, file } = await issue('*');
    await c.pass(c.office, c.a, 'DF001');
    await office().ok('notices.removeFile', { id: file.id });
    await c.pass(c.office, c.a, 'DF001');
    expect((await east().ok<NoticeDetail>('notices.get', { id: notice.id })).attachments).toEqual([]);
  });
});

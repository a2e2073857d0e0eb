import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NoticeDetail, NoticeList } from '../../electron/api/index.js';
import { contractOf } from '../support/api.js';
import { county, type County } from '../sync/county.js';

let c: County;
beforeEach(async () => {
  c = await county();
});
afterEach(async () => {
  await c.dispose();
});

const office = () => contractOf(c.office);

async function issue(recipients: '*' | string[]) {
  return office().ok<NoticeDetail>('notices.save', {
    title: '关于开展主题党日活动的通知',
    body: '各村党支部：请于月底前组织开展主题党日活动。',
    dueOn: '2026-11-30',
    recipients,
  });
}

describe('a stopped (停用) branch and the notices to it', () => {
  it('is not counted in a notice’s progress, and stays listed, marked 已停用', async () => {
    const all = await issue('*');
    const named = await issue(['DF001', 'XH002']);
    await c.pass(c.office, c.a, 'DF001');
    await c.pass(c.office, c.b, 'XH002');
    await contractOf(c.b).ok('notices.markDone', { id: all.id, doneOn: '2026-11-23', note: '' });
    await c.pass(c.b, c.office);
    await office().ok('exchange.revokeBranch', { code: 'XH002', confirm: true });

    const list = await office().ok<NoticeList>('notices.list', {});
    const progress = new Map(list.notices.map((n) => [n.id, n.progress]));
    // Only 东风村 counts now, and it has not done either notice.
    expect(progress.get(all.id)).toEqual({ total: 1, read: 0, done: 0 });
    expect(progress.get(named.id)).toEqual({ total: 1, read: 0, done: 0 });

    for (const id of [all.id, named.id]) {
      const detail = await office().ok<NoticeDetail>('notices.get', { id });
      expect(detail.progress?.total).toBe(1);
      expect(detail.branches.map((b) => [b.code, b.name])).toEqual([
        ['DF001', '东风村党支部'],
        ['XH002', '西湖村党支部（已停用）'],
      ]);
    }
    const done = await office().ok<NoticeDetail>('notices.get', { id: all.id });
    expect(done.branches[1]).toMatchObject({ state: 'done', doneOn: '2026-11-23' });
  });

  it('is not listed under a notice to all that never reached it', async () => {
    await office().ok('exchange.revokeBranch', { code: 'XH002', confirm: true });
    const all = await issue('*');
    const detail = await office().ok<NoticeDetail>('notices.get', { id: all.id });
    expect(detail.branches.map((b) => b.code)).toEqual(['DF001']);
  });
});

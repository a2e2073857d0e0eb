import { describe, expect, it } from 'vitest';
import type { HomeReminders, NoticeReminder } from '../../../electron/api/index.js';
import { noticeReminders } from './noticeReminders.js';

const home = (notices: NoticeReminder[]) => ({ notices }) as HomeReminders;
const base = { id: 'n1', title: '关于报送党费收缴情况的通知', read: true };

describe('home-page lines for 上级通知', () => {
  it('says how late, how soon, or that it is still unread, and links to the notice', () => {
    const lines = noticeReminders(
      home([
        { ...base, dueOn: '2026-11-20', daysLeft: -3 },
        { ...base, id: 'n2', dueOn: '2026-11-24', daysLeft: 1 },
        { ...base, id: 'n3', dueOn: '2026-12-24', daysLeft: 31 },
        { ...base, id: 'n4', dueOn: null, daysLeft: null, read: false },
      ]),
    );
    expect(lines.map((l) => [l.tone, l.text])).toEqual([
      ['error', '上级通知“关于报送党费收缴情况的通知”已超过办理期限 3 天（2026-11-20），尚未办结'],
      ['warning', '上级通知“关于报送党费收缴情况的通知”须在 2026-11-24 前办结（还有 1 天）'],
      ['info', '上级通知“关于报送党费收缴情况的通知”须在 2026-12-24 前办结（还有 31 天）'],
      ['info', '收到上级通知“关于报送党费收缴情况的通知”，尚未阅读'],
    ]);
    expect(lines[0]?.action).toEqual({ label: '打开通知', to: '/notices?open=n1' });
  });
});

import type { HomeReminders } from '../../../electron/api/index.js';
import type { Reminder } from '../home/reminders.js';

/** Home-page lines for 上级通知 not yet done: overdue ones red, the rest with days left. */
export function noticeReminders(home: HomeReminders): Reminder[] {
  return home.notices.map((n) => {
    const action = { label: '打开通知', to: `/notices?open=${n.id}` };
    const title = `上级通知“${n.title}”`;
    if (n.daysLeft === null || n.dueOn === null)
      return { key: `notice-${n.id}`, tone: 'info', text: `收到${title}，尚未阅读`, action };
    if (n.daysLeft < 0)
      return {
        key: `notice-${n.id}`,
        tone: 'error',
        text: `${title}已超过办理期限 ${-n.daysLeft} 天（${n.dueOn}），尚未办结`,
        action,
      };
    return {
      key: `notice-${n.id}`,
      tone: n.daysLeft <= 3 ? 'warning' : 'info',
      text: n.daysLeft === 0 ? `${title}今天到期，尚未办结` : `${title}须在 ${n.dueOn} 前办结（还有 ${n.daysLeft} 天）`,
      action,
    };
  });
}

import { DEV_STEP_LABELS, type HomeReminders } from '../../../electron/api/index.js';
import type { Reminder } from './reminders.js';

/** Beyond this many, 3-month arrears are named in one line; 6-month ones always each get a line. */
const MAX_WARNINGS_LISTED = 3;

/** 党费: a warning at 3 months unpaid, serious at 6 (党章: 按自行脱党处理). */
export function duesReminders(home: HomeReminders): Reminder[] {
  const serious = home.duesArrears.filter((a) => a.level === 'serious');
  const warnings = home.duesArrears.filter((a) => a.level === 'warning');
  const reminders: Reminder[] = serious.map((a) => ({
    key: `dues-${a.memberId}`,
    tone: 'error',
    text: `${a.name}连续 ${a.consecutiveUnpaid} 个月未交纳党费（满 6 个月按自行脱党处理）`,
    action: { label: '查看党员', to: `/members/${a.memberId}` },
  }));
  if (warnings.length > MAX_WARNINGS_LISTED) {
    const names = warnings.slice(0, MAX_WARNINGS_LISTED).map((a) => a.name);
    reminders.push({
      key: 'dues-warnings',
      tone: 'warning',
      text: `${names.join('、')}等 ${warnings.length} 名党员连续 3 个月以上未交纳党费，请督促交纳`,
      action: { label: '查看欠交', to: '/dues?tab=arrears' },
    });
  } else {
    for (const a of warnings)
      reminders.push({
        key: `dues-${a.memberId}`,
        tone: 'warning',
        text: `${a.name}连续 ${a.consecutiveUnpaid} 个月未交纳党费，请督促交纳`,
        action: { label: '查看党员', to: `/members/${a.memberId}` },
      });
  }
  const unassessed = home.duesUnassessed;
  if (unassessed.length > 0)
    reminders.push({
      key: 'dues-unassessed',
      tone: 'info',
      text: `${unassessed
        .slice(0, MAX_WARNINGS_LISTED)
        .map((m) => m.name)
        .join(
          '、',
        )}${unassessed.length > MAX_WARNINGS_LISTED ? ` 等 ${unassessed.length} 名党员` : ''}还未核定党费基数，核定后才能记账`,
      action: { label: '核定党费', to: '/dues?tab=review' },
    });
  return reminders;
}

/** 发展党员: limits falling due within 30 days, and steps already late or out of order. */
export function developmentReminders(home: HomeReminders): Reminder[] {
  const { flags, upcoming } = home.development;
  const line = (c: (typeof flags)[number], tone: Reminder['tone'], i: number): Reminder => ({
    key: `dev-${tone}-${c.personId}-${c.step}-${i}`,
    tone,
    text: `${c.name}（发展党员·${DEV_STEP_LABELS[c.step]}）：${c.message}`,
    action: { label: '查看', to: `/development/${c.personId}` },
  });
  return [...flags.map((c, i) => line(c, 'error', i)), ...upcoming.map((c, i) => line(c, 'warning', i))];
}

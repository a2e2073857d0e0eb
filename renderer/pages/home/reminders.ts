import type { ComplianceYear, HomeReminders, OrgOverview } from '../../../electron/api/index.js';
import { termStatusText, type TermTone } from '../../components/termStatus.js';
import { complianceReminders } from './complianceReminders.js';
import { developmentReminders, duesReminders } from './duesReminders.js';
import { noticeReminders } from '../notices/noticeReminders.js';

export interface Reminder {
  key: string;
  tone: Exclude<TermTone, 'success'>;
  text: string;
  /** Where the user goes to act on it. */
  action: { label: string; to: string };
}

function termReminder(overview: OrgOverview): Reminder[] {
  const term = termStatusText(overview.term);
  if (term.tone === 'success') return [];
  return [
    {
      key: 'term',
      tone: term.tone,
      text: term.tone === 'info' ? '未填写本届选举时间，无法提醒换届' : `支委会换届：${term.text}`,
      action:
        term.tone === 'info' ? { label: '去填写', to: '/branch?edit=profile' } : { label: '查看支委会', to: '/branch' },
    },
  ];
}

/** Everything that needs the secretary's attention, computed from what is already recorded. */
export function buildReminders(
  overview: OrgOverview,
  home: HomeReminders | null,
  compliance: ComplianceYear | null,
): Reminder[] {
  // A branch with no members yet owes no meetings and has no committee to renew: its first steps
  // say what to do instead (the 支委会换届 card still shows the term). Its office's notices still count.
  const empty = home?.firstSteps.members === 0;
  const reminders = empty ? [] : termReminder(overview);
  const orgLife = compliance && !empty ? complianceReminders(compliance) : [];
  if (!home) return [...reminders, ...orgLife];
  for (const p of home.probationEnding) {
    const passed = p.daysLeft < 0;
    reminders.push({
      key: `probation-${p.id}`,
      tone: passed ? 'error' : 'warning',
      text: passed
        ? `预备党员${p.name}预备期已满 ${-p.daysLeft} 天（${p.endsOn} 届满），请及时讨论转正`
        : p.daysLeft === 0
          ? `预备党员${p.name}预备期今天届满，请及时讨论转正`
          : `预备党员${p.name}预备期还有 ${p.daysLeft} 天届满（${p.endsOn}），请准备讨论转正`,
      action: { label: '查看党员', to: `/members/${p.id}` },
    });
  }
  for (const t of home.awaitingReceipts) {
    reminders.push({
      key: `receipt-${t.id}`,
      tone: t.overdue ? 'error' : 'info',
      text: `${t.memberName}的转出介绍信（${t.issuedOn} 开往${t.counterpartOrg}）${t.overdue ? '已超过 3 个月' : ''}尚未收到回执`,
      action: { label: '去登记回执', to: '/transfers?show=awaiting' },
    });
  }
  if (home.incomingTransfers > 0)
    reminders.push({
      key: 'incoming-transfers',
      tone: 'warning',
      text: `上级党委转来 ${home.incomingTransfers} 名党员的组织关系，待确认转入`,
      action: { label: '去确认', to: '/transfers' },
    });
  return [...reminders, ...noticeReminders(home), ...duesReminders(home), ...developmentReminders(home), ...orgLife];
}

import type { FieldIssue } from '../../api/errors.js';
import type { MemberEventInput } from '../../api/members.js';
import type { MemberKind, MemberStatus } from '../../api/memberOptions.js';
import { probationEndsOn } from './members.js';

/** What a lifecycle rule needs to know about the member as it is now. */
export interface MemberState {
  status: MemberStatus;
  kind: MemberKind;
  joinedOn: string;
  statusSince: string | null;
  probationExtendedMonths: number | null;
  isMobile: boolean;
  lostContact: boolean;
  hardship: boolean;
}

const STATUS_WORDS: Record<MemberStatus, string> = {
  active: '在册',
  transferred_out: '已转出',
  left: '已出党',
  deceased: '已去世',
  suspended: '已停止党籍',
};

function need(ok: boolean, message: string): FieldIssue | null {
  // A refusal about the member's state belongs to no form field.
  return ok ? null : { field: '', message };
}

function notActive(s: MemberState): string {
  return `该党员${STATUS_WORDS[s.status]}，不能办理此事项`;
}

/**
 * Whether an event may be applied to a member in this state on this date; the refusal
 * says why in Chinese. Members are never deleted: every change is one of these events.
 */
export function eventRefusal(e: MemberEventInput, s: MemberState, today: string): FieldIssue | null {
  if (e.date > today) return { field: 'date', message: '办理日期不能晚于今天' };
  if (e.date < s.joinedOn) return { field: 'date', message: '办理日期不能早于入党日期' };
  if (
    s.statusSince &&
    e.date < s.statusSince &&
    e.kind !== 'mobile_end' &&
    e.kind !== 'lost_end' &&
    e.kind !== 'hardship_end'
  )
    return { field: 'date', message: `办理日期不能早于上一次党籍变动（${s.statusSince}）` };
  const active = s.status === 'active';
  switch (e.kind) {
    case 'confirm': {
      const blocked = need(active, notActive(s)) ?? need(s.kind === 'probationary', '该党员已是正式党员');
      if (blocked) return blocked;
      const ends = probationEndsOn(s.joinedOn, s.probationExtendedMonths);
      return e.date < ends ? { field: 'date', message: `预备期到 ${ends} 才满，不能早于此日转正` } : null;
    }
    case 'extend_probation':
      return (
        need(active, notActive(s)) ??
        need(s.kind === 'probationary', '只有预备党员才能延长预备期') ??
        need(s.probationExtendedMonths === null, '预备期只能延长一次')
      );
    case 'transfer_out':
    case 'suspend':
      return need(active, notActive(s));
    case 'leave':
      if (e.leaveKind === 'probation_cancelled' && s.kind !== 'probationary')
        return { field: 'leaveKind', message: '只有预备党员才能取消预备党员资格' };
      return need(active || s.status === 'suspended', notActive(s));
    case 'death':
      return need(active || s.status === 'suspended', notActive(s));
    case 'restore':
      return need(s.status === 'suspended', '只有停止党籍的党员才能恢复党籍');
    case 'mobile_start':
      return need(active, notActive(s)) ?? need(!s.isMobile, '该党员已登记为外出流动');
    case 'mobile_end':
      return need(s.isMobile, '该党员没有外出流动登记');
    case 'lost_start':
      return need(active, notActive(s)) ?? need(!s.lostContact, '该党员已登记为失联');
    case 'lost_end':
      return need(s.lostContact, '该党员没有失联登记');
    case 'hardship_start':
      return need(active, notActive(s)) ?? need(!s.hardship, '该党员已是困难党员');
    case 'hardship_end':
      return need(s.hardship, '该党员不是困难党员');
  }
}

import type { MemberDetail, MemberEventInput } from '../../../electron/api/index.js';

export type EventKind = MemberEventInput['kind'];

export interface MemberAction {
  kind: EventKind;
  /** The button's words: short verbs the secretary uses. */
  label: string;
  /** Removes the member from the current roster: asks again, naming the person. */
  irreversible?: boolean;
}

/**
 * The events that make sense for the member as they are now (the main process still checks).
 * Grouped as the page shows them: 党籍 changes first, then the flags.
 */
export function memberActions(m: MemberDetail): { status: MemberAction[]; flags: MemberAction[] } {
  const active = m.status === 'active';
  const suspended = m.status === 'suspended';
  const probationary = m.kind === 'probationary';
  const status: MemberAction[] = [];
  const flags: MemberAction[] = [];
  const add = (to: MemberAction[], ok: boolean, action: MemberAction) => {
    if (ok) to.push(action);
  };

  add(status, active && probationary, { kind: 'confirm', label: '预备党员转正' });
  add(status, active && probationary && m.probationExtendedMonths === null, {
    kind: 'extend_probation',
    label: '延长预备期',
  });
  add(status, active, { kind: 'transfer_out', label: '转出（开介绍信）' });
  add(status, active, { kind: 'suspend', label: '停止党籍' });
  add(status, suspended, { kind: 'restore', label: '恢复党籍' });
  add(status, active || suspended, { kind: 'leave', label: '出党', irreversible: true });
  add(status, active || suspended, { kind: 'death', label: '去世', irreversible: true });

  add(flags, active && !m.flags.mobile, { kind: 'mobile_start', label: '登记外出流动' });
  add(flags, m.flags.mobile !== null, { kind: 'mobile_end', label: '流动返回' });
  add(flags, active && !m.flags.lostContact, { kind: 'lost_start', label: '登记失联' });
  add(flags, m.flags.lostContact !== null, { kind: 'lost_end', label: '恢复联系' });
  add(flags, active && !m.flags.hardship, { kind: 'hardship_start', label: '认定困难党员' });
  add(flags, m.flags.hardship !== null, { kind: 'hardship_end', label: '解除困难党员' });
  return { status, flags };
}

import type { FieldIssue } from '../../api/errors.js';
import { idBirthDate, idGender } from '../../api/idNumber.js';
import type { MemberInput } from '../../api/members.js';
import { addMonths, addYears } from './dates.js';

/**
 * The 出生日期 and 性别 a person's form gives must match their 公民身份号码 (roster and
 * development alike); `prefix` places the issues under the form's own field path.
 */
export function identityIssues(
  p: { idNumber: string; birthDate: string; gender: 'male' | 'female' },
  prefix = '',
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const birth = idBirthDate(p.idNumber);
  if (birth && birth !== p.birthDate)
    issues.push({ field: `${prefix}birthDate`, message: `出生日期与公民身份号码不一致（号码中为 ${birth}）` });
  const gender = idGender(p.idNumber);
  if (gender !== p.gender)
    issues.push({
      field: `${prefix}gender`,
      message: `性别与公民身份号码不一致（号码显示为${gender === 'male' ? '男' : '女'}）`,
    });
  return issues;
}

/** Party membership starts at 18 (党章 art. 1). */
export const MIN_JOIN_AGE = 18;
/** 预备期 is one year from the 支部大会 vote (党章 art. 7). */
export const PROBATION_MONTHS = 12;
/** An out-transfer letter is commonly valid 3 months; without 回执 after that it is flagged. */
export const RECEIPT_OVERDUE_MONTHS = 3;

/** Completed years from `from` to `to` (birthdays not yet reached don't count). */
export function wholeYears(from: string, to: string): number {
  let years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  if (to.slice(5) < from.slice(5)) years -= 1;
  return Math.max(0, years);
}

export function age(birthDate: string, today: string): number {
  return wholeYears(birthDate, today);
}

/** 党龄 counts from 转正 (党章 art. 7); a 预备党员 has none yet. */
export function partyYears(confirmedOn: string | null, today: string): number | null {
  return confirmedOn ? wholeYears(confirmedOn, today) : null;
}

/** 政治生日: the month and day of joining, `MM-DD`. */
export function politicalBirthday(joinedOn: string): string {
  return joinedOn.slice(5);
}

export function probationEndsOn(joinedOn: string, extendedMonths: number | null): string {
  return addMonths(joinedOn, PROBATION_MONTHS + (extendedMonths ?? 0));
}

/**
 * Checks that need more than one field or today's date; the zod schema has already
 * checked each field's own form. Returns every problem, each naming its field.
 */
export function memberIssues(m: MemberInput, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });
  issues.push(...identityIssues(m));
  if (m.birthDate > today) add('birthDate', '出生日期不能晚于今天');
  if (m.joinedOn > today) add('joinedOn', '入党日期不能晚于今天');
  if (m.joinedOn <= m.birthDate) add('joinedOn', '入党日期应晚于出生日期');
  else if (m.joinedOn < addYears(m.birthDate, MIN_JOIN_AGE)) add('joinedOn', `入党时应年满 ${MIN_JOIN_AGE} 周岁`);
  if (m.kind === 'probationary' && m.confirmedOn) add('confirmedOn', '预备党员没有转正日期；转正请办理“预备党员转正”');
  if (m.kind === 'formal' && !m.confirmedOn) add('confirmedOn', '请填写正式党员的转正日期');
  if (m.confirmedOn) {
    if (m.confirmedOn > today) add('confirmedOn', '转正日期不能晚于今天');
    if (m.confirmedOn < m.joinedOn) add('confirmedOn', '转正日期不能早于入党日期');
    else if (m.confirmedOn < probationEndsOn(m.joinedOn, null))
      add(
        'confirmedOn',
        `转正日期应在预备期满 1 年之后（入党 ${m.joinedOn}，最早 ${probationEndsOn(m.joinedOn, null)}）`,
      );
  }
  return issues;
}

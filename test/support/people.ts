import { buildIdNumber } from '../../electron/api/idNumber.js';
import type { MemberInput } from '../../electron/api/members.js';

let seq = 0;

/** A valid member as the form would send it; override what a test is about. */
export function person(
  overrides: Partial<MemberInput> & { birthDate?: string; gender?: 'male' | 'female' } = {},
): MemberInput {
  seq += 2;
  const birthDate = overrides.birthDate ?? '1970-05-12';
  const gender = overrides.gender ?? 'male';
  return {
    name: '张三',
    gender,
    ethnicity: '汉族',
    idNumber: buildIdNumber('320102', birthDate, seq, gender),
    birthDate,
    nativePlace: '江苏南京',
    education: '高中',
    degree: '',
    occupation: '农牧渔民',
    workUnit: '东风村村民',
    phone: '13812345678',
    address: '东风村三组',
    joinedOn: '1995-07-01',
    confirmedOn: '1996-07-01',
    kind: 'formal',
    groupId: null,
    partyPost: '',
    remarks: '',
    ...overrides,
  };
}

import type { DevDetail, StepRecord } from '../../../electron/api/development.js';
import type { DevEvent, DevStep } from '../../../electron/api/devSteps.js';
import type { DevelopmentLedgerData, DevelopmentListsLedgerData, DevelopmentRecordLedgerData } from './types.js';

const NO_DETAILS: StepRecord['details'] = {
  responsible: '',
  method: '',
  ref: '',
  memberIds: [],
  conclusion: '',
  endDate: null,
  hours: null,
  publicityFrom: null,
  publicityTo: null,
  formNumber: '',
  meetingId: null,
  groupId: null,
  yes: null,
  no: null,
  abstain: null,
  note: '',
};

let seq = 0;

/** One step record as the contract returns it; give only the fields the step carries. */
export function stepRecord(
  step: DevStep | DevEvent,
  date: string,
  details: Partial<StepRecord['details']> = {},
  memberNames: string[] = [],
): StepRecord {
  seq += 1;
  return { id: `s${seq}`, step, date, details: { ...NO_DETAILS, ...details }, memberNames };
}

/** A 发展对象 who applied in 2025, talked, became 积极分子 and then 发展对象 with 介绍人 and 政审. */
export function devPerson(overrides: Partial<DevDetail> = {}): DevDetail {
  return {
    id: 'p1',
    name: '刘新苗',
    gender: 'female',
    birthDate: '2000-04-04',
    stage: 'candidate',
    appliedOn: '2025-01-10',
    nextStep: 'training',
    checks: [],
    memberId: null,
    probationEndsOn: null,
    input: {
      name: '刘新苗',
      gender: 'female',
      ethnicity: '汉族',
      idNumber: '320102200004040084',
      birthDate: '2000-04-04',
      education: '大学本科',
      occupation: '农牧渔民',
      workUnit: '东风村村民',
      phone: '',
      address: '',
      groupId: null,
      note: '',
    },
    steps: [
      stepRecord('apply', '2025-01-10'),
      stepRecord('talk', '2025-02-01', { responsible: '张建国' }),
      stepRecord('activist', '2025-03-01', { method: '党员推荐' }),
      stepRecord('mentors', '2025-03-10', {}, ['王建国', '李秀英']),
      stepRecord('review', '2025-08-30'),
      stepRecord('candidate', '2026-03-05'),
      stepRecord('sponsors', '2026-03-15', {}, ['王建国', '李秀英']),
      stepRecord('vetting', '2026-04-01', { conclusion: '合格' }),
    ],
    ...overrides,
  };
}

const base = { year: 2026, printedOn: '2026-11-23', orgName: '中共东风村支部委员会', groupNames: {} };

export const sampleDevelopmentData = (people = [devPerson()]): DevelopmentLedgerData => ({
  ledger: 'development',
  ...base,
  people,
});

export const sampleRecordData = (people = [devPerson()], single = false): DevelopmentRecordLedgerData => ({
  ledger: 'development-record',
  ...base,
  people,
  single,
});

export const sampleListsData = (
  activists: DevDetail[] = [],
  candidates = [devPerson()],
): DevelopmentListsLedgerData => ({
  ledger: 'development-lists',
  ...base,
  asOf: '2026-11-23',
  activists,
  candidates,
});

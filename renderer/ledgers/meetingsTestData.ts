import type { AttendanceLine, MeetingDetail, MeetingInput } from '../../electron/api/meetings.js';
import type { Talk } from '../../electron/api/talks.js';
import type { AppraisalLedgerData, MeetingsLedgerData, OrgLifeLedgerData, TalksLedgerData } from './types.js';

const ORG = '中共城关镇东风村支部委员会';

export const line = (name: string, status: AttendanceLine['status'] = 'present', reason = ''): AttendanceLine => ({
  memberId: `m-${name}`,
  name,
  status,
  reason,
  voting: true,
});

const LINES = [
  line('王建国'),
  line('李秀英'),
  line('张伟', 'leave', '外出务工'),
  line('刘芳'),
  line('周海涛', 'absent', '生病住院'),
];

/** A recorded 支部党员大会 as meetings.get returns it; override what a test is about. */
export function meeting(over: Partial<MeetingDetail> = {}, input: Partial<MeetingInput> = {}): MeetingDetail {
  const kind = over.kind ?? 'congress';
  const base: MeetingInput = {
    id: over.id ?? 'mt1',
    kind,
    alsoCountsAs: over.alsoCountsAs ?? [],
    groupId: over.groupId ?? null,
    title: over.title ?? '学习贯彻全会精神',
    heldOn: over.heldOn ?? '2026-09-20',
    startTime: '09:00',
    endTime: '11:30',
    place: '村党群服务中心',
    host: '王建国',
    recorder: '李秀英',
    attendance: [],
    guests: '',
    superiors: '',
    agenda: ['学习文件', '讨论村务'],
    minutes: '会议传达了上级精神。\n与会党员进行了讨论。',
    decisions: '同意实施茶园项目。',
    votes: [{ motion: '茶园项目', yes: 3, no: 0, abstain: 0 }],
    lecturer: '',
    lectureTitle: '',
    lectureHours: null,
    activities: [],
    grades: [],
    rectifications: [],
    ...input,
  };
  return {
    id: base.id ?? 'mt1',
    kind,
    alsoCountsAs: base.alsoCountsAs,
    groupId: base.groupId,
    groupName: '',
    title: base.title,
    heldOn: base.heldOn,
    recordedOn: base.heldOn,
    late: false,
    counts: { expected: 5, present: 3, leave: 1, absent: 1, votingExpected: 5, votingPresent: 3, quorumMet: true },
    input: base,
    attendanceLines: LINES,
    gradeLines: [],
    attachments: [],
    warnings: [],
    ...over,
  };
}

export function sampleMeetingsData(meetings: MeetingDetail[] = [meeting()]): MeetingsLedgerData {
  return {
    ledger: 'meetings',
    year: 2026,
    printedOn: '2026-12-20',
    orgName: ORG,
    meetings,
    groupLeaders: { g1: '李秀英' },
  };
}

export function sampleOrgLifeData(meetings: MeetingDetail[] = [meeting()]): OrgLifeLedgerData {
  return { ledger: 'org-life', year: 2026, printedOn: '2026-12-20', orgName: ORG, meetings };
}

export function sampleAppraisalData(appraisals: MeetingDetail[], ballotNames: string[]): AppraisalLedgerData {
  return { ledger: 'appraisal', year: 2026, printedOn: '2026-12-20', orgName: ORG, appraisals, ballotNames };
}

export function talk(over: Partial<Talk> = {}): Talk {
  return {
    id: 't1',
    heldOn: '2026-03-20',
    talker: '王建国',
    talkerPost: '党支部书记',
    memberId: null,
    talkee: '张伟',
    talkeePost: '支部委员',
    place: '村党群服务中心',
    talkType: '谈心',
    topic: '了解思想和工作情况',
    content: '交流了近期思想和工作情况。',
    feedback: '',
    followUp: '按时参加组织生活。',
    recordedOn: '2026-03-20',
    late: false,
    ...over,
  };
}

export function sampleTalksData(talks: Talk[] = [talk()]): TalksLedgerData {
  return { ledger: 'talks', year: 2026, printedOn: '2026-12-20', orgName: ORG, talks };
}

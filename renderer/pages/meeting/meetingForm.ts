import {
  ACTIVITY_KINDS,
  type ActivityKind,
  type EligibleMember,
  type Grade,
  type Input,
  type MeetingDetail,
  type MeetingInput,
} from '../../../electron/api/index.js';

export type GradeChoice = Grade | 'none';
type GradeLineInput = MeetingInput['grades'][number];
/** 'none' (不参评, e.g. a member working away all year) is left out when saving. */
export type GradeValues = Omit<GradeLineInput, 'grade'> & { grade: GradeChoice };

export type MeetingValues = Omit<MeetingInput, 'id' | 'heldOn' | 'grades'> & {
  heldOn: string | null;
  grades: GradeValues[];
};

/** Which parts of the form a record needs, from its kind and what it also counts as. */
export interface MeetingParts {
  group: boolean;
  lecture: boolean;
  themeDay: boolean;
  votes: boolean;
  grades: boolean;
  rectifications: boolean;
}

export function partsOf(kind: ActivityKind, alsoCountsAs: readonly ActivityKind[]): MeetingParts {
  const kinds = [kind, ...alsoCountsAs];
  return {
    group: kinds.includes('group'),
    lecture: kinds.includes('lecture'),
    themeDay: kinds.includes('theme_day'),
    votes: kinds.includes('congress') || kinds.includes('committee'),
    // The main process keeps grades and 整改 only on the record of that kind itself.
    grades: kind === 'appraisal',
    rectifications: kind === 'org_life',
  };
}

export function isActivityKind(v: string | null): v is ActivityKind {
  return (ACTIVITY_KINDS as readonly string[]).includes(v ?? '');
}

export function blankMeeting(kind: ActivityKind, heldOn: string | null, groupId: string | null, host: string) {
  const values: MeetingValues = {
    kind,
    alsoCountsAs: [],
    groupId,
    title: '',
    heldOn,
    startTime: '',
    endTime: '',
    place: '',
    host,
    recorder: '',
    attendance: [],
    guests: '',
    superiors: '',
    agenda: [''],
    minutes: '',
    decisions: '',
    votes: [],
    lecturer: '',
    lectureTitle: '',
    lectureHours: null,
    activities: [],
    grades: [],
    rectifications: [],
  };
  return values;
}

export function valuesOf(detail: MeetingDetail): MeetingValues {
  const { id: _id, ...rest } = detail.input;
  return { ...rest, agenda: rest.agenda.length ? rest.agenda : [''] };
}

/** Everyone expected that day, keeping what was already marked; new names start as 出席. */
export function mergeAttendance(current: MeetingValues['attendance'], eligible: readonly EligibleMember[]) {
  const marked = new Map(current.map((a) => [a.memberId, a]));
  return eligible.map(
    (e) => marked.get(e.memberId) ?? { memberId: e.memberId, status: 'present' as const, reason: '' },
  );
}

const BLANK_GRADE: Omit<GradeValues, 'memberId'> = {
  grade: 'qualified',
  ballotsIssued: null,
  ballotsReturned: null,
  votesExcellent: null,
  votesQualified: null,
  votesBasic: null,
  votesUnqualified: null,
  disposition: '',
  note: '',
};

/** A grade for everyone on the roster that day; 合格 unless already graded. */
export function mergeGrades(current: GradeValues[], eligible: readonly EligibleMember[], saved: boolean) {
  const graded = new Map(current.map((g) => [g.memberId, g]));
  // When correcting a saved 民主评议, someone without a grade was deliberately 不参评.
  const fallback: GradeChoice = saved ? 'none' : 'qualified';
  return eligible.map((e) => graded.get(e.memberId) ?? { ...BLANK_GRADE, grade: fallback, memberId: e.memberId });
}

/**
 * What is sent: parts the record does not need are emptied (a box filled in and then hidden
 * by unticking 同时计为 must not be saved), empty 议题 lines are dropped.
 */
export function toInput(values: MeetingValues, id: string | undefined): Input<'meetings.save'> {
  const parts = partsOf(values.kind, values.alsoCountsAs);
  return {
    ...values,
    id,
    heldOn: values.heldOn ?? '',
    groupId: parts.group ? values.groupId : null,
    agenda: values.agenda.map((a) => a.trim()).filter((a) => a !== ''),
    attendance: values.attendance.map((a) => ({ ...a, reason: a.status === 'present' ? '' : a.reason })),
    votes: parts.votes ? values.votes : [],
    lecturer: parts.lecture ? values.lecturer : '',
    lectureTitle: parts.lecture ? values.lectureTitle : '',
    lectureHours: parts.lecture ? values.lectureHours : null,
    activities: parts.themeDay ? values.activities : [],
    grades: parts.grades ? values.grades.flatMap(gradeInput) : [],
    rectifications: parts.rectifications ? values.rectifications : [],
  };
}

/** A grade as sent: 不参评 is left out, and 处置意见 belongs only to 基本合格 and 不合格. */
function gradeInput(g: GradeValues): GradeLineInput[] {
  if (g.grade === 'none') return [];
  const disposition = g.grade === 'basic' || g.grade === 'unqualified' ? g.disposition : '';
  return [{ ...g, grade: g.grade, disposition }];
}

import { z } from 'zod';
import { op } from './define.js';
import { year } from './fields.js';
import type { ActivityKind, Frequency } from './meetingOptions.js';

export type PeriodStatus = 'done' | 'due' | 'overdue' | 'upcoming';

export interface PeriodCell {
  /** e.g. `1月`, `第一季度`, `上半年`, `全年`. */
  label: string;
  start: string;
  end: string;
  status: PeriodStatus;
  /** Meetings counted for this period (ids). */
  meetingIds: string[];
  /** 党员大会/支委会 recorded in the period without their quorum: kept, but not counted as held. */
  inquorateIds: string[];
}

/** One required activity (and, for 党小组会, one group) across the year. */
export interface ComplianceRow {
  kind: ActivityKind;
  frequency: Frequency;
  groupId: string | null;
  groupName: string;
  periods: PeriodCell[];
}

export interface TalkCompliance {
  /** Members who belonged to the branch during the year. */
  required: number;
  talked: number;
  /** Members still without a talk this year. */
  missing: { memberId: string; name: string }[];
  status: PeriodStatus;
}

export interface ComplianceYear {
  year: number;
  today: string;
  rows: ComplianceRow[];
  talks: TalkCompliance;
  /** Records entered late this year (补录), for honesty towards the office. */
  lateRecords: number;
}

export interface ParticipationRow {
  memberId: string;
  name: string;
  groupName: string;
  /** Required activities this member was expected at during the year. */
  expected: number;
  present: number;
  leave: number;
  absent: number;
  /** Each leave/absence with its date, activity and reason. */
  missed: { heldOn: string; kind: ActivityKind; title: string; status: 'leave' | 'absent'; reason: string }[];
}

export const complianceOps = {
  'compliance.year': op<ComplianceYear>()({
    summary: '组织生活日历：各项活动按月/季/年完成情况',
    role: 'viewer',
    input: z.object({ year: year() }),
    errors: ['NOT_SET_UP'],
  }),
  'compliance.participation': op<ParticipationRow[]>()({
    summary: '党员参加组织生活情况（按年）',
    role: 'viewer',
    input: z.object({ year: year() }),
    errors: [],
  }),
};

import { z } from 'zod';
import { op } from './define.js';
import type { DevDashboard } from './development.js';
import type { ArrearsRow } from './dues.js';
import type { TransferLetter } from './members.js';
import type { NoticeReminder } from './notices.js';
import type { TermInfo } from './org.js';

export interface PoliticalBirthday {
  id: string;
  name: string;
  joinedOn: string;
  /** Years since joining, reached this year. */
  years: number;
}

export interface ProbationEnding {
  id: string;
  name: string;
  joinedOn: string;
  endsOn: string;
  /** Negative once the probation has ended without 转正 being recorded. */
  daysLeft: number;
}

/** Everything the home page reminds the secretary of, computed locally from entered dates. */
export interface HomeReminders {
  today: string;
  term: TermInfo;
  politicalBirthdays: PoliticalBirthday[];
  awaitingReceipts: TransferLetter[];
  probationEnding: ProbationEnding[];
  /** Members 3 or more months behind with 党费 (6 or more: 按自行脱党处理). */
  duesArrears: ArrearsRow[];
  /** Current members with no 党费 basis yet: 未核定, a reminder rather than 无欠交. */
  duesUnassessed: { memberId: string; name: string }[];
  /** 发展党员 limits due within 30 days and breaches. */
  development: Pick<DevDashboard, 'upcoming' | 'flags'>;
  /** 上级通知 this branch still has to read or do (empty on an office). */
  notices: NoticeReminder[];
  /** Members other branches of the county transferred here, relayed by the office, to confirm. */
  incomingTransfers: number;
  /** The first steps of a new installation, ticked on the home page as they are done. */
  firstSteps: FirstSteps;
}

/** 导入花名册 → 核定党费 → 记录会议: how far a new installation has come. */
export interface FirstSteps {
  members: number;
  /** Current members whose 党费 basis is set. */
  assessed: number;
  meetings: number;
}

export const homeOps = {
  'home.reminders': op<HomeReminders>()({
    summary: '首页提醒：换届、政治生日、待回执介绍信、预备期将满',
    role: 'viewer',
    input: z.object({}),
    errors: ['NOT_SET_UP'],
  }),
};

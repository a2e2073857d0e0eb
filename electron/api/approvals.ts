import { z } from 'zod';
import { op } from './define.js';
import { stepInput, type DevCheck } from './development.js';
import type { DevStage, DevStep } from './devSteps.js';
import { oneOf } from './fields.js';

/** The development steps the upper-level 党委 itself performs (备案, 预审, 审批). */
export const OFFICE_STEPS = [
  'activist_filing',
  'candidate_filing',
  'pre_approval',
  'approval',
  'confirm_approval',
] as const satisfies readonly DevStep[];
export type OfficeStep = (typeof OFFICE_STEPS)[number];

/** Short names for the office's queue and filters. */
export const OFFICE_STEP_SHORT: Record<OfficeStep, string> = {
  activist_filing: '积极分子备案',
  candidate_filing: '发展对象备案',
  pre_approval: '预审',
  approval: '审批',
  confirm_approval: '审批转正',
};

/** The words of each step's form: what its date is and what its document number is called. */
export const OFFICE_STEP_FORMS: Record<OfficeStep, { date: string; ref: string }> = {
  activist_filing: { date: '备案日期', ref: '备案文号' },
  candidate_filing: { date: '备案日期', ref: '备案文号' },
  pre_approval: { date: '预审日期', ref: '预审意见文号' },
  approval: { date: '审批日期', ref: '批复文号' },
  confirm_approval: { date: '审批日期', ref: '批复文号' },
};

/** One person of one branch waiting for the office to act. */
export interface PendingApproval {
  personId: string;
  name: string;
  gender: 'male' | 'female';
  branchCode: string;
  branchName: string;
  step: OfficeStep;
  stage: DevStage;
  /** When the step this one follows was done; the queue is oldest first. */
  since: string;
  waitingDays: number;
  /** The time limit on this step, if any (e.g. 审批 within 3 months of the 支部大会). */
  check: DevCheck | null;
  /** 转正审批 is possible only once the 预备期 has ended. */
  notBefore: string | null;
}

export interface RecordedApproval {
  stepId: string;
  personId: string;
  name: string;
  branchName: string;
  step: OfficeStep;
  date: string;
}

/** The same fields (and limits) as the branch's step form, so the branch reads the row as its own. */
export const approvalInput = z.object({
  personId: stepInput.shape.personId,
  step: oneOf('审批事项', OFFICE_STEPS),
  date: stepInput.shape.date,
  ref: stepInput.shape.ref,
  note: stepInput.shape.note,
});

export const approvalOps = {
  'approvals.pending': op<PendingApproval[]>()({
    summary: '上级党委：各支部等待备案、预审、审批的发展党员',
    role: 'viewer',
    input: z.object({}),
    errors: ['NOT_SET_UP'],
  }),
  'approvals.recent': op<RecordedApproval[]>()({
    summary: '上级党委：最近 30 天本机办理的备案、预审、审批（新的在前）',
    role: 'viewer',
    input: z.object({}),
    errors: ['NOT_SET_UP'],
  }),
  'approvals.record': op<RecordedApproval>()({
    summary: '上级党委：登记备案、预审或审批（随下一个数据包发回该支部）',
    role: 'clerk',
    input: approvalInput,
    errors: ['NOT_SET_UP', 'NOT_FOUND'],
  }),
};

import type { DevStep } from './devSteps.js';

/**
 * The step each step follows (《发展党员工作细则》): a step cannot be dated before these.
 * 集中培训 belongs to the 发展对象 stage; 公示 is recorded with the 支委会审查.
 */
export const DEPENDS_ON: Record<DevStep, readonly DevStep[]> = {
  apply: [],
  talk: ['apply'],
  activist: ['talk'],
  activist_filing: ['activist'],
  mentors: ['activist'],
  review: ['activist'],
  candidate: ['activist'],
  candidate_filing: ['candidate'],
  sponsors: ['candidate'],
  vetting: ['candidate'],
  training: ['candidate'],
  committee_review: ['sponsors', 'vetting', 'training'],
  pre_approval: ['committee_review'],
  application_form: ['pre_approval'],
  congress_vote: ['application_form'],
  superior_talk: ['congress_vote'],
  approval: ['congress_vote'],
  higher_filing: ['approval'],
  assign_group: ['approval'],
  oath: ['approval'],
  continued_review: ['approval'],
  confirm_apply: ['approval'],
  confirm_vote: ['confirm_apply'],
  confirm_approval: ['confirm_vote'],
  archive: ['confirm_approval'],
};

/** What each step must carry besides its date, named as the form labels it. */
export const REQUIRED_FIELDS: Partial<
  Record<
    DevStep,
    readonly (
      'responsible' | 'method' | 'memberIds' | 'conclusion' | 'endDate' | 'formNumber' | 'votes' | 'publicity'
    )[]
  >
> = {
  talk: ['responsible'],
  activist: ['method'],
  mentors: ['memberIds'],
  sponsors: ['memberIds'],
  vetting: ['conclusion'],
  training: ['endDate'],
  committee_review: ['publicity'],
  application_form: ['formNumber'],
  congress_vote: ['votes'],
  superior_talk: ['responsible'],
  confirm_vote: ['votes'],
};

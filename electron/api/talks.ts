import { z } from 'zod';
import { op } from './define.js';
import { isoDate, optionalText, recordId, requiredText, year } from './fields.js';

export const talkInput = z.object({
  id: recordId('谈话记录').optional(),
  heldOn: isoDate('谈话日期'),
  talker: requiredText('谈话人', 20),
  talkerPost: optionalText('谈话人职务', 30),
  /** The member talked with, from the roster; a non-member (e.g. an applicant) by name only. */
  memberId: z.union([recordId('谈话对象'), z.literal('').transform(() => null), z.null()]).default(null),
  talkee: requiredText('谈话对象', 20),
  talkeePost: optionalText('谈话对象职务/身份', 30),
  place: optionalText('地点', 60),
  talkType: optionalText('谈话类型', 20),
  topic: requiredText('谈话主题', 100),
  content: optionalText('主要内容', 5000),
  feedback: optionalText('对方反映的问题和意见建议', 2000),
  followUp: optionalText('约定事项/落实情况', 2000),
});
export type TalkInput = z.output<typeof talkInput>;

export interface Talk extends TalkInput {
  id: string;
  recordedOn: string;
  late: boolean;
}

export const talkOps = {
  'talks.list': op<Talk[]>()({
    summary: '一年的谈心谈话记录',
    role: 'viewer',
    input: z.object({ year: year() }),
    errors: [],
  }),
  'talks.save': op<Talk>()({
    summary: '新增或修改谈心谈话记录',
    role: 'clerk',
    input: talkInput,
    errors: ['NOT_SET_UP', 'NOT_FOUND'],
  }),
  'talks.remove': op<{ id: string }>()({
    summary: '删除录错的谈话记录（留痕）',
    role: 'clerk',
    input: z.object({ id: recordId('谈话记录') }),
    errors: ['NOT_FOUND'],
  }),
};

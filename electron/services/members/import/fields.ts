import { ID_PROBLEM_MESSAGES, idNumberProblem } from '../../../api/idNumber.js';
import {
  EDUCATIONS,
  ETHNICITIES,
  MEMBER_KIND_LABELS,
  OCCUPATIONS,
  type Education,
  type Gender,
  type MemberKind,
  type Occupation,
} from '../../../api/memberOptions.js';
import { cleanText, halfWidthMarks, numberText, type Raw } from './cells.js';

/** How one cell was read: the value to use, and what to tell the user about it. */
export interface Reading<T> {
  value: T;
  problem?: string;
  note?: string;
}

export const LOST_DIGITS = '身份证号码在 Excel 中被存成了数字，后几位已丢失：请把该列设为文本格式后重新录入';

/**
 * Text ID numbers are cleaned and checked; numeric ones are refused: Excel keeps only 15
 * significant digits, so the last digits of an 18-digit number are gone and must not be guessed.
 */
export function readIdNumber(raw: Raw): Reading<string | null> & { shown: string } {
  if (typeof raw === 'number') {
    const shown = numberText(raw);
    const problem =
      Math.abs(raw) >= 1e16
        ? LOST_DIGITS
        : `身份证号码在 Excel 中被存成了数字（${shown}），不是 18 位有效号码：请核对并按文本格式重新录入`;
    return { value: null, shown, problem };
  }
  const original = raw instanceof Date ? '' : (raw ?? '');
  const id = halfWidthMarks(cleanText(original)).replace(/\s+/g, '').toUpperCase();
  if (id === '') return { value: null, shown: '', problem: '请填写公民身份号码' };
  // Scientific notation means the number was copied from Excel's display, already rounded.
  if (/^\d(\.\d+)?E\+?\d+$/.test(id)) return { value: null, shown: id, problem: LOST_DIGITS };
  const problem = idNumberProblem(id);
  if (problem) return { value: null, shown: id, problem: ID_PROBLEM_MESSAGES[problem] };
  return { value: id, shown: id, ...(id !== original ? { note: '公民身份号码已去掉空格、全角字符和小写 x' } : {}) };
}

/** Chinese names carry no spaces; “张 三” is a typing habit to align two-character names. */
export function readName(text: string): Reading<string> {
  const value = text.replace(/(?<=[\u3400-\u9fff·])\s+|\s+(?=[\u3400-\u9fff·])/g, '');
  return value === text ? { value } : { value, note: `姓名“${text}”中的空格已去掉` };
}

export function readGender(text: string): Reading<Gender | null> {
  if (text === '男' || text === '男性') return { value: 'male' };
  if (text === '女' || text === '女性') return { value: 'female' };
  return { value: null, problem: `性别“${text}”无法识别，应为“男”或“女”` };
}

export function readEthnicity(text: string): Reading<string> {
  if ((ETHNICITIES as readonly string[]).includes(text)) return { value: text };
  const full = `${text}族`;
  if ((ETHNICITIES as readonly string[]).includes(full)) return { value: full, note: `民族“${text}”按“${full}”记` };
  return { value: text, problem: `民族“${text}”不是 56 个民族的标准名称` };
}

const EDUCATION_SYNONYMS: Record<string, Education> = {
  本科: '大学本科',
  大本: '大学本科',
  大专: '大学专科',
  专科: '大学专科',
  研究生: '研究生',
  硕士研究生: '研究生',
  博士研究生: '研究生',
  硕士: '研究生',
  博士: '研究生',
  中技: '中专',
  职高: '中专',
  技校: '中专',
  中等专科: '中专',
  小学: '小学及以下',
  文盲: '小学及以下',
  半文盲: '小学及以下',
};

export function readEducation(text: string): Reading<Education | ''> {
  if ((EDUCATIONS as readonly string[]).includes(text)) return { value: text as Education };
  const mapped = EDUCATION_SYNONYMS[text];
  if (mapped) return { value: mapped, note: `学历“${text}”按“${mapped}”记` };
  return { value: '', problem: `学历“${text}”无法识别，应为：${EDUCATIONS.join('、')}` };
}

const OCCUPATION_SYNONYMS: Record<string, Occupation> = {
  农民: '农牧渔民',
  务农: '农牧渔民',
  农牧民: '农牧渔民',
  渔民: '农牧渔民',
  牧民: '农牧渔民',
  退休: '离退休人员',
  离休: '离退休人员',
  离退休: '离退休人员',
  退休人员: '离退休人员',
  在校学生: '学生',
};

/** 人员类别 is for statistics only: an unknown wording is left empty rather than refused. */
export function readOccupation(text: string): Reading<Occupation | ''> {
  if ((OCCUPATIONS as readonly string[]).includes(text)) return { value: text as Occupation };
  const mapped = OCCUPATION_SYNONYMS[text];
  if (mapped) return { value: mapped, note: `人员类别“${text}”按“${mapped}”记` };
  return { value: '', note: `人员类别“${text}”不在标准分类中，已留空` };
}

export function readKind(text: string): Reading<MemberKind | null> {
  const t = text.replace(/党员$/, '');
  if (t === '正式') return { value: 'formal' };
  if (t === '预备') return { value: 'probationary' };
  return { value: null, problem: `党员类别“${text}”无法识别，应为“正式党员”或“预备党员”` };
}

/** Without a 党员类别 column, a 转正日期 is what makes a member 正式. */
export function kindFromDates(confirmed: boolean): Reading<MemberKind> {
  const value: MemberKind = confirmed ? 'formal' : 'probationary';
  const why = confirmed ? '有转正日期' : '没有转正日期';
  return { value, note: `党员类别未填，因${why}按“${MEMBER_KIND_LABELS[value]}”记` };
}

/** Mobile numbers are often typed in groups (138 1234 5678, 138-1234-5678). */
export function readPhone(text: string): Reading<string> {
  const t = halfWidthMarks(text);
  const digits = t.replace(/[\s-]/g, '');
  if (/^1\d{10}$/.test(digits)) return { value: digits };
  return { value: t };
}

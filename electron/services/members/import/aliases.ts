import type { ImportField } from '../../../api/memberImport.js';

/**
 * Header wordings seen in village rosters, already normalised (see normaliseHeader).
 * `null` marks headers we recognise but do not import (序号), so they still help to find
 * the header row.
 */
const ALIASES: Record<ImportField, readonly string[]> = {
  name: ['姓名', '名字', '党员姓名'],
  gender: ['性别'],
  ethnicity: ['民族'],
  idNumber: ['身份证号', '公民身份号码', '身份证号码', '身份证', '公民身份证号码', '身份证件号码'],
  birthDate: ['出生日期', '出生年月', '出生时间', '出生年月日'],
  nativePlace: ['籍贯'],
  education: ['学历', '文化程度'],
  degree: ['学位'],
  occupation: ['人员类别', '职业', '从事职业'],
  workUnit: ['工作单位及职务', '工作单位', '单位及职务', '工作单位及职务从事职业'],
  phone: ['联系电话', '电话', '手机', '手机号码', '手机号', '电话号码', '联系方式'],
  address: ['现居住地', '家庭住址', '住址', '居住地', '现住址'],
  joinedOn: ['入党时间', '入党日期', '入党年月'],
  confirmedOn: ['转正时间', '转正日期', '转正年月'],
  kind: ['党员类别', '类别', '正式或预备', '正式预备', '身份', '党员身份'],
  group: ['党小组', '所在党小组', '所属党小组'],
  partyPost: ['党内职务', '职务'],
  remarks: ['备注'],
};

/**
 * A merged 入党时间 over two sub-columns (预备 / 转正), read as parent + child (header.ts): the
 * first is the 入党 date, the second the 转正 date, never both 入党.
 */
const JOIN_PARENTS = ['入党时间', '入党日期', '入党年月'];
const SPLIT_HEADERS: readonly [string, ImportField][] = JOIN_PARENTS.flatMap((parent) => [
  ...['预备', '预备党员', '成为预备党员', '接收为预备党员', '入党'].map((c): [string, ImportField] => [
    parent + c,
    'joinedOn',
  ]),
  ...['转正', '正式', '转为正式党员', '正式党员', '转正时间', '转正日期'].map((c): [string, ImportField] => [
    parent + c,
    'confirmedOn',
  ]),
]);

const IGNORED = ['序号', '编号'];

const LOOKUP = new Map<string, ImportField | null>([
  ...IGNORED.map((h): [string, null] => [h, null]),
  ...Object.entries(ALIASES).flatMap(([field, names]) =>
    names.map((n): [string, ImportField] => [n, field as ImportField]),
  ),
  ...SPLIT_HEADERS,
]);

/** Removes what varies between files but not in meaning: spaces, line breaks, marks like * ： / 、. */
function squeeze(text: string): string {
  return text.replace(/[\s\u3000*＊:：/／、.．]/g, '');
}

/**
 * The keys a header may match, most specific first: without bracketed hints
 * (“党员类别（正式/预备）”), then with only the brackets removed (“出生日期(年月)”).
 */
function headerKeys(text: string): string[] {
  const withoutHints = squeeze(text.replace(/[（(][^）)]*[）)]/g, ''));
  const withoutBrackets = squeeze(text.replace(/[（()）]/g, ''));
  return withoutHints === withoutBrackets ? [withoutHints] : [withoutHints, withoutBrackets];
}

export type HeaderMatch = { known: false } | { known: true; field: ImportField | null };

/** Whether a header text is one we know, and which field it feeds (null: known but not imported). */
export function matchHeader(text: string): HeaderMatch {
  for (const key of headerKeys(text)) {
    if (key && LOOKUP.has(key)) return { known: true, field: LOOKUP.get(key) ?? null };
  }
  return { known: false };
}

import { describe, expect, it } from 'vitest';
import { matchHeader } from './aliases.js';

describe('header wording', () => {
  it.each([
    ['姓名', 'name'],
    ['姓　名', 'name'],
    ['党员姓名', 'name'],
    ['*姓名', 'name'],
    ['名字', 'name'],
    ['性 别', 'gender'],
    ['公民身份号码', 'idNumber'],
    ['身份证\n号码', 'idNumber'],
    ['身份证', 'idNumber'],
    ['出生年月', 'birthDate'],
    ['出生日期（年.月.日）', 'birthDate'],
    ['出生时间', 'birthDate'],
    ['文化程度', 'education'],
    ['学位', 'degree'],
    ['从事职业', 'occupation'],
    ['单位及职务', 'workUnit'],
    ['工作单位及职务/从事职业', 'workUnit'],
    ['手机号码', 'phone'],
    ['联系方式：', 'phone'],
    ['家庭住址（村民小组）', 'address'],
    ['入党时间', 'joinedOn'],
    ['转正日期', 'confirmedOn'],
    ['正式或预备', 'kind'],
    ['党员类别(正式/预备)', 'kind'],
    ['所在党小组', 'group'],
    ['职务', 'partyPost'],
    ['备注', 'remarks'],
  ])('%s → %s', (header, field) => {
    expect(matchHeader(header)).toEqual({ known: true, field });
  });

  it('knows 序号 but imports nothing from it, and does not know other headers', () => {
    expect(matchHeader('序号')).toEqual({ known: true, field: null });
    expect(matchHeader('东风村党支部党员花名册')).toEqual({ known: false });
    expect(matchHeader('')).toEqual({ known: false });
  });
});

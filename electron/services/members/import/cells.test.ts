import { describe, expect, it } from 'vitest';
import { LOST_DIGITS } from './fields.js';
import { BASIC_HEADER, fullWidth, problemsOf, rowOf, testId, usePreviewInstallation } from './preview.testkit.js';

const { preview } = usePreviewInstallation();

describe('cleaning cells', () => {
  it('reads dates of every kind and ID numbers as text only', async () => {
    let x = 0;
    while (!testId('1985-07-07', x, 'female').endsWith('X')) x += 2;
    const idX = testId('1985-07-07', x, 'female');
    const idA = testId('1966-05-18', 51);
    const p = await preview({
      rows: [
        [...BASIC_HEADER, '联系电话'],
        [
          '张　三',
          '',
          '汉族',
          `${fullWidth(idA.slice(0, 6))} ${idA.slice(6)}`,
          undefined,
          new Date(Date.UTC(1992, 6, 1)),
          34151,
          '１３８ １２３４ ５６７８',
        ],
        ['李 四', '女', '汉族', idX.toLowerCase(), '1985.07.07', '2006年7月', '2007.07.01'],
        ['王五', '男', '汉族', Number(testId('1970-01-01', 53)), '1970-01-01', '1995.07.01', '1996.07.01'],
        ['赵六', '男', '汉族', 420527660518041, '1966-05-18', '1995.07.01', '1996.07.01'],
        ['钱七', '男', '汉族', testId('1970-03-03', 55), '1970/3/3', '七一', '1996.07.01'],
        ['孙八', '男', '汉族', testId('1970-04-04', 57), 25662, 200107, '20020701'],
      ],
    });
    const zhang = rowOf(p, 2);
    expect(zhang.status).toBe('ok');
    expect(zhang.values).toMatchObject({
      name: '张三',
      idNumber: idA,
      gender: '男',
      joinedOn: '1992-07-01',
      confirmedOn: '1993-07-01',
      phone: '13812345678',
    });
    expect(zhang.notes).toEqual(
      expect.arrayContaining(['姓名“张 三”中的空格已去掉', '性别未填，按公民身份号码记为“男”']),
    );

    expect(rowOf(p, 3)).toMatchObject({
      status: 'ok',
      values: { name: '李四', idNumber: idX, joinedOn: '2006-07-01' },
    });
    expect(rowOf(p, 3).notes).toContain('入党日期“2006年7月”只有年月，按当月1日记');

    expect(rowOf(p, 4)).toMatchObject({ status: 'rejected', problems: [{ field: 'idNumber', message: LOST_DIGITS }] });
    expect(rowOf(p, 5).status).toBe('rejected');
    expect(rowOf(p, 5).problems[0]).toMatchObject({
      field: 'idNumber',
      message: expect.stringContaining('被存成了数字（420527660518041）') as string,
    });
    expect(problemsOf(rowOf(p, 6))).toEqual([expect.stringMatching(/^joinedOn:入党日期“七一”无法识别为日期/)]);
    expect(rowOf(p, 7)).toMatchObject({
      status: 'ok',
      values: { birthDate: '1970-04-04', joinedOn: '2001-07-01', confirmedOn: '2002-07-01' },
    });
    expect(rowOf(p, 7).notes).toContain('入党日期“200107”只有年月，按当月1日记');
  });

  it('takes gender and birth date from the ID number, and reports a disagreement', async () => {
    const w = testId('1980-02-02', 61, 'female');
    const p = await preview({
      rows: [
        BASIC_HEADER,
        ['甲', '', '汉族', w, '', '2005.07.01', '2006.07.01'],
        [
          '乙',
          '女性',
          '汉族',
          w.replace(/^420527/, '420528').slice(0, 17) + '0',
          '1980-02-02',
          '2005.07.01',
          '2006.07.01',
        ],
        ['丙', '男', '汉族', testId('1980-03-03', 63, 'female'), '1980.03.03', '2005.07.01', '2006.07.01'],
        ['丁', '男', '汉族', testId('1980-04-04', 65), '1980.04.05', '2005.07.01', '2006.07.01'],
        ['戊', 'M', '汉族', testId('1980-05-05', 67), '1980.05.05', '2005.07.01', '2006.07.01'],
        ['己', '男', '汉族', testId('1980-06-16', 69), '1980.06', '2005.07.01', '2006.07.01'],
        ['庚', '男', '汉族', testId('1980-07-17', 71), '1980.08', '2005.07.01', '2006.07.01'],
      ],
    });
    expect(rowOf(p, 2)).toMatchObject({ status: 'ok', values: { gender: '女', birthDate: '1980-02-02' } });
    expect(rowOf(p, 3).problems.map((x) => x.field)).toEqual(['idNumber']);
    expect(problemsOf(rowOf(p, 4))).toEqual(['gender:性别与公民身份号码不一致（号码显示为女）']);
    expect(problemsOf(rowOf(p, 5))).toEqual(['birthDate:出生日期与公民身份号码不一致（号码中为 1980-04-04）']);
    expect(problemsOf(rowOf(p, 6))).toEqual(['gender:性别“M”无法识别，应为“男”或“女”']);
    // 出生年月 gives only the month; the ID number supplies the day when they agree.
    expect(rowOf(p, 7)).toMatchObject({ status: 'ok', values: { birthDate: '1980-06-16' } });
    expect(rowOf(p, 7).notes).toContain('出生日期“1980.06”只有年月，按公民身份号码记为 1980-06-16');
    expect(problemsOf(rowOf(p, 8))).toEqual(['birthDate:出生日期与公民身份号码不一致（号码中为 1980-07-17）']);
  });

  it('maps 民族, 学历, 人员类别 and 党员类别 wordings to the official lists', async () => {
    const head = ['姓名', '民族', '身份证号', '学历', '人员类别', '党员类别', '入党日期', '转正日期'];
    const line = (n: number, eth: string, edu: string, occ: string, kind: string, confirmed = '2006.07.01') => [
      `人${n}`,
      eth,
      testId('1980-01-01', 100 + 2 * n),
      edu,
      occ,
      kind,
      '2005.07.01',
      confirmed,
    ];
    const p = await preview({
      rows: [
        head,
        line(1, '汉', '本科', '农民', '正式党员'),
        line(2, '回', '大专', '村干部', '正式'),
        line(3, '土家族', '硕士研究生', '离退休人员', ''),
        line(4, '汉族', '文盲', '', '预备', ''),
        line(5, '火星', '中技', '', '', ''),
        line(6, '汉族', '博士后', '', '积极分子'),
      ],
    });
    expect(rowOf(p, 2)).toMatchObject({
      status: 'ok',
      values: { ethnicity: '汉族', education: '大学本科', occupation: '农牧渔民', kind: '正式党员' },
    });
    expect(rowOf(p, 2).notes).toEqual(
      expect.arrayContaining(['民族“汉”按“汉族”记', '学历“本科”按“大学本科”记', '人员类别“农民”按“农牧渔民”记']),
    );
    expect(rowOf(p, 3)).toMatchObject({
      status: 'ok',
      values: { ethnicity: '回族', education: '大学专科', occupation: '村干部' },
    });
    expect(rowOf(p, 3).notes).toContain('人员类别“村干部”不在标准分类中，已留空');
    expect(rowOf(p, 4)).toMatchObject({ status: 'ok', values: { education: '研究生', kind: '正式党员' } });
    expect(rowOf(p, 4).notes).toContain('党员类别未填，因有转正日期按“正式党员”记');
    expect(rowOf(p, 5)).toMatchObject({ status: 'ok', values: { education: '小学及以下', kind: '预备党员' } });
    expect(problemsOf(rowOf(p, 6))).toEqual(['ethnicity:民族“火星”不是 56 个民族的标准名称']);
    expect(rowOf(p, 6).notes).toContain('党员类别未填，因没有转正日期按“预备党员”记');
    expect(problemsOf(rowOf(p, 7))).toEqual([
      expect.stringMatching(/^education:学历“博士后”无法识别/),
      'kind:党员类别“积极分子”无法识别，应为“正式党员”或“预备党员”',
    ]);
  });

  it('reads rich text, formula results and links as their text', async () => {
    const p = await preview({
      rows: [
        [...BASIC_HEADER, '联系电话'],
        [
          { richText: [{ text: '周', font: { bold: true } }, { text: '明' }] },
          '男',
          '汉族',
          { formula: 'TEXT(0,"@")', result: testId('1966-05-18', 131) },
          '',
          { formula: 'DATE(2000,7,1)', result: 36708 },
          '2001.07.01',
          { text: '13812345678', hyperlink: 'tel:13812345678' },
        ],
      ],
    });
    expect(rowOf(p, 2)).toMatchObject({
      status: 'ok',
      values: { name: '周明', idNumber: testId('1966-05-18', 131), joinedOn: '2000-07-01', phone: '13812345678' },
    });
  });

  it('applies the member rules of the form, reporting every problem at once', async () => {
    const p = await preview({
      rows: [
        [...BASIC_HEADER, '党员类别', '联系电话'],
        ['少年', '男', '汉族', testId('2000-01-01', 71), '2000.01.01', '2017.07.01', '2018.07.01', '正式', '12345'],
        ['预备', '男', '汉族', testId('1990-01-01', 73), '1990.01.01', '2025.07.01', '2026.07.01', '预备党员', ''],
      ],
    });
    expect(problemsOf(rowOf(p, 2))).toEqual([
      'phone:联系电话格式不正确（手机 11 位，或区号-座机号）',
      'joinedOn:入党时应年满 18 周岁',
    ]);
    expect(problemsOf(rowOf(p, 3))).toEqual(['confirmedOn:预备党员没有转正日期；转正请办理“预备党员转正”']);
  });
});

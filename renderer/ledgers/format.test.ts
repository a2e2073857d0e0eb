import { describe, expect, it } from 'vitest';
import {
  EMPTY,
  formatChineseDate,
  formatChineseMonth,
  formatDate,
  formatMonth,
  formatTimeRange,
  isDateText,
  orDash,
  safeFileName,
} from './format.js';

describe('print formatting', () => {
  it('writes a title date the Chinese way, without leading zeros', () => {
    expect(formatChineseDate('2026-03-05')).toBe('2026年3月5日');
    expect(formatChineseDate('2026-11-23')).toBe('2026年11月23日');
    expect(formatChineseDate(null)).toBe(EMPTY);
  });

  it('writes a record month and a meeting time the way a record form does', () => {
    expect(formatChineseMonth('2026-09-20')).toBe('2026年9月');
    expect(formatChineseMonth('')).toBe(EMPTY);
    expect(formatTimeRange('2026-09-20', '09:00', '11:30')).toBe('2026年9月20日 09:00至11:30');
    expect(formatTimeRange('2026-09-20', '09:00', '')).toBe('2026年9月20日 09:00');
    expect(formatTimeRange('2026-09-20', '', '')).toBe('2026年9月20日');
  });

  it('prints a dash for missing values, never a blank', () => {
    expect([orDash(null), orDash(undefined), orDash(''), orDash('  '), orDash(0), orDash('王')]).toEqual([
      EMPTY,
      EMPTY,
      EMPTY,
      EMPTY,
      '0',
      '王',
    ]);
  });

  it('prints dates dotted, 出生年月 to the month', () => {
    expect(formatDate('2024-07-01')).toBe('2024.07.01');
    expect(formatDate(null)).toBe(EMPTY);
    expect(formatDate('July')).toBe(EMPTY);
    expect(formatMonth('1970-05-12')).toBe('1970.05');
    expect(formatMonth('1970-05')).toBe('1970.05');
    expect(formatMonth(undefined)).toBe(EMPTY);
  });

  it('makes file names Windows accepts', () => {
    expect(safeFileName('中共东风村支部委员会-党支部基本情况登记表', 'pdf')).toBe(
      '中共东风村支部委员会-党支部基本情况登记表.pdf',
    );
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j\u0007k. ', 'pdf')).toBe('a_b_c_d_e_f_g_h_i_j_k.pdf');
    expect(safeFileName('CON', 'pdf')).toBe('台账_CON.pdf');
    expect(safeFileName('', 'pdf')).toBe('台账.pdf');
  });
});

describe('isDateText', () => {
  it('knows the printed dates, months and ranges, and nothing else', () => {
    for (const date of ['2024.07.01', '1970.05', '2026年11月23日', '2026年1月', '2026.01–2026.03', '2026.01.06-03.31'])
      expect(isDateText(date), date).toBe(true);
    for (const other of ['—', '王建国', '13812345678', '2024', '1,200.00', '2024.07.01 王建国'])
      expect(isDateText(other), other).toBe(false);
  });
});

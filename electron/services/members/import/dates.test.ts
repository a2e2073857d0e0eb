import { describe, expect, it } from 'vitest';
import { readDate } from './dates.js';

const read = (raw: Parameters<typeof readDate>[0], date1904 = false) => readDate(raw, '入党日期', date1904);

describe('reading dates as rosters write them', () => {
  it.each([
    ['2001.07.01', '2001-07-01'],
    ['2001-7-1', '2001-07-01'],
    ['2001/7/1', '2001-07-01'],
    ['2001年7月1日', '2001-07-01'],
    ['2001 年 7 月 1 日', '2001-07-01'],
    ['20010701', '2001-07-01'],
    ['２００１．０７．０１', '2001-07-01'],
    ['2001-07-01 00:00:00', '2001-07-01'],
  ])('text %s', (text, iso) => {
    expect(read(text)).toEqual({ iso });
  });

  it.each([
    ['2001年7月', '2001-07-01'],
    ['2001.7', '2001-07-01'],
    ['2001-07', '2001-07-01'],
    ['200107', '2001-07-01'],
  ])('year and month only: %s counts as the 1st, with a note', (text, iso) => {
    expect(read(text)).toEqual({ iso, note: `入党日期“${text}”只有年月，按当月1日记`, monthOnly: true });
  });

  it('takes the calendar day of an Excel date cell from its UTC parts', () => {
    expect(read(new Date(Date.UTC(2001, 6, 1)))).toEqual({ iso: '2001-07-01' });
    // A time a hair before midnight is floating-point noise from the serial number.
    expect(read(new Date(Date.UTC(2001, 6, 1) - 1))).toEqual({ iso: '2001-07-01' });
  });

  it('converts Excel serial numbers in the 1900 system, fake 1900-02-29 included', () => {
    expect(read(36708)).toEqual({ iso: '2000-07-01' });
    expect(read(36708.75)).toEqual({ iso: '2000-07-01' });
    expect(read(59)).toEqual({ iso: '1900-02-28' });
    expect(read(61)).toEqual({ iso: '1900-03-01' });
    expect(read(60)).toEqual({ problem: '入党日期“60”不是有效的日期' });
    expect(read(35246, true)).toEqual({ iso: '2000-07-01' });
  });

  it('reads numbers Excel made of typed dates', () => {
    expect(read(20010701)).toEqual({ iso: '2001-07-01' });
    expect(read(200107)).toMatchObject({ iso: '2001-07-01' });
    expect(read(2001.07)).toMatchObject({ iso: '2001-07-01' });
    expect(read(2001.12)).toMatchObject({ iso: '2001-12-01' });
    // “2001.10” typed into a number cell is stored as 2001.1: January or October cannot be told.
    expect(read(2001.1)).toMatchObject({ problem: expect.stringContaining('可能是1月也可能是10月') as string });
    expect(read(2001)).toEqual({ problem: '入党日期“2001”只有年份，请补全月日' });
  });

  it.each(['2001.02.30', '2001-13-01', '1899.12.31', '200113'])('refuses the impossible date %s', (text) => {
    expect(read(text)).toEqual({ problem: `入党日期“${text}”不是有效的日期` });
  });

  it('refuses text that is not a date and ignores blanks', () => {
    expect(read('七一')).toMatchObject({ problem: expect.stringContaining('无法识别为日期') as string });
    expect(read('  ')).toBeNull();
    expect(read(null)).toBeNull();
  });
});

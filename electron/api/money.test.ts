import { describe, expect, it } from 'vitest';
import { formatYuan, parseYuan } from './money.js';

describe('元 ↔ 分', () => {
  it.each([
    ['6,200.00', 620000],
    ['6200', 620000],
    ['0.2', 20],
    ['0.20', 20],
    ['3000.01', 300001],
    ['1,000,000.5', 100000050],
    [' 15 ', 1500],
    ['-5.50', -550],
    ['0', 0],
  ])('parses %s', (text, fen) => {
    expect(parseYuan(text)).toBe(fen);
  });

  it.each(['', 'abc', '1.234', '1,23.00', '1e3', '12.', '.5', '--1', '１２'])('refuses %j', (text) => {
    expect(parseYuan(text)).toBeNull();
  });

  it('formats with two decimals and grouping', () => {
    expect(formatYuan(620000)).toBe('6,200.00');
    expect(formatYuan(9300)).toBe('93.00');
    expect(formatYuan(5)).toBe('0.05');
    expect(formatYuan(-550)).toBe('-5.50');
    expect(formatYuan(123456789, false)).toBe('1234567.89');
    expect(() => formatYuan(1.5)).toThrow();
  });
});

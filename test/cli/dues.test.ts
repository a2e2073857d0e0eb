import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function calc(...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/zhibu.mjs', 'dues', 'calc', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout.trim(), err: r.stderr.trim() };
}

describe('zhibu dues calc', () => {
  it.each([
    [['--category', '在职', '--base', '6200'], '93.00'],
    [['--category', '在职', '--base', '3000.00'], '15.00'],
    [['--category', '在职', '--base', '3000.01'], '30.00'],
    [['--category', '年薪制', '--base', '10000.01'], '200.00'],
    [['--category', '个体经营/无固定月收入', '--base', '5000.01'], '75.00'],
    [['--category', '离退休', '--base', '5000.00'], '25.00'],
    [['--category', '离退休', '--base', '5000.01'], '50.00'],
    [['--category', '农民', '--fixed', '0.5'], '0.50'],
    [['--category', '农民', '--base', '8000'], '0.20'],
    [['--category', '低保/抚恤救济'], '0.20'],
    [['--category', '其他', '--base', '1,200.00'], '6.00'],
  ])('%j → %s', (args, out) => {
    expect(calc(...args)).toEqual({ code: 0, out, err: '' });
  });

  it.each([
    [['--category', '干部', '--base', '100'], '党员类别无效'],
    [['--category', '在职', '--base', '-100'], '交纳基数不能为负数'],
    [['--category', '在职', '--base', '12.345'], '金额'],
    [['--category', '农民', '--fixed', '1.01'], '不在此范围内'],
    [['--category', '学生', '--fixed', '0.5'], '固定交纳 0.20 元'],
    [['--category', '在职'], '请填写在职党员的交纳基数'],
  ])('%j fails with a Chinese reason', (args, reason) => {
    const r = calc(...args);
    expect(r.code).not.toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toMatch(new RegExp(`^错误：.*${reason}`));
  });
});

import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp.js';
import { zhibu } from '../support/cli.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('zhibu-cli-all-'));
});
afterEach(() => cleanup());

describe('zhibu export --all', () => {
  it('writes one bundle per branch that has sent its first one, and each imports on its branch', () => {
    const office = join(dir, 'office.sqlite');
    const branch = join(dir, 'branch.sqlite');
    const out = join(dir, 'stick');
    expect(
      zhibu(['init', '--db', office, '--role', 'office', '--name', '中共青山镇委员会', '--code', 'QS01']).code,
    ).toBe(0);
    expect(
      zhibu(['init', '--db', branch, '--role', 'branch', '--name', '中共东风村支部委员会', '--code', 'DF001']).code,
    ).toBe(0);
    const enrol = join(dir, 'DF001.zbenrol');
    expect(
      zhibu(['office', 'enrol', '--db', office, '--name', '东风村党支部', '--code', 'DF001', '--out', enrol]).code,
    ).toBe(0);
    expect(
      zhibu([
        'office',
        'enrol',
        '--db',
        office,
        '--name',
        '西湖村党支部',
        '--code',
        'XH002',
        '--out',
        join(dir, 'x.zbenrol'),
      ]).code,
    ).toBe(0);
    expect(zhibu(['enrol', '--db', branch, enrol]).code).toBe(0);
    const first = join(dir, 'first.zbx');
    expect(zhibu(['export', '--db', branch, '--out', first]).code).toBe(0);
    expect(zhibu(['import', '--db', office, first]).code).toBe(0);

    const missing = zhibu(['export', '--db', office, '--all', '--out-dir', out]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('文件夹不存在');
    mkdirSync(out);
    const r = zhibu(['export', '--db', office, '--all', '--out-dir', out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('✓ 东风村党支部（DF001）：QS01-至-DF001-第1号.zbx 第 1 号（');
    expect(r.out).toContain('– 西湖村党支部（XH002）：还没有发来第一个数据包，暂不能向其导出');
    expect(r.out).toContain(`已导出 1 个数据包到 ${out}`);
    expect(readdirSync(out)).toEqual(['QS01-至-DF001-第1号.zbx']);
    expect(zhibu(['import', '--db', branch, join(out, 'QS01-至-DF001-第1号.zbx')]).code).toBe(0);
    expect(zhibu(['export', '--db', office, '--all', '--branch', 'DF001', '--out-dir', out])).toMatchObject({
      code: 1,
    });
  }, 120_000);
});

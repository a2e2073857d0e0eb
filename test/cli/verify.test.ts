import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openInstallation } from '../../electron/services/installation.js';
import { contractOf } from '../support/api.js';
import { openData } from '../support/cipher.js';
import { SAMPLE_BRANCH, tempDir } from '../support/temp.js';

let cleanup: () => void;
let path: string;
beforeEach(() => {
  let dir: string;
  ({ dir, cleanup } = tempDir('zhibu-cli-verify-'));
  path = join(dir, 'zhibu.sqlite');
});
afterEach(() => cleanup());

function zhibu(args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/zhibu.mjs', ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('zhibu verify', () => {
  it('says a sound file is sound (exit 0) and lists what is wrong in Chinese with a non-zero exit', async () => {
    const inst = await openInstallation(path);
    await contractOf(inst).ok('org.setup', SAMPLE_BRANCH);
    await contractOf(inst).ok('groups.save', { name: '第一党小组' });
    await inst.close();
    const sound = zhibu(['verify', '--db', path]);
    expect(sound.code).toBe(0);
    expect(sound.out).toContain('数据文件完好');

    // A row written past the app (no change-log entry), and the group's log entry re-stamped in 2099:
    // its row no longer matches its entry either, so two rows are unlogged and one stamp is ahead.
    const db = openData(path);
    db.prepare(
      "INSERT INTO party_group (id, created_at, updated_at, name, leader_name, sort_order) VALUES ('0190aaaa-0000-7000-8000-000000000001', '2099-01-01', '2099-01-01', '手写的小组', '', 9)",
    ).run();
    db.prepare(
      "UPDATE change_log SET hlc = '2099-01-01T00:00:00.000Z_0000_0123456789abcdef' WHERE seq = (SELECT MAX(seq) FROM change_log)",
    ).run();
    db.close();
    const r = zhibu(['verify', '--db', path]);
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('党小组中有 2 条记录的修改没有记入变更日志');
    expect(r.out).toMatch(/条记录的修改时间晚于本机时间一天以上（最晚为 2099-01-01）/);
    expect(r.err).toContain('检查发现 2 个问题');
  });
});

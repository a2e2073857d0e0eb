import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openData } from '../support/cipher.js';
import { tempDir } from '../support/temp.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('zhibu-cli-keys-'));
});
afterEach(() => cleanup());

const PASS = 'correct horse 电池';

/** Runs the real `zhibu` bin; the passphrase, when given, only through the environment. */
function zhibu(args: string[], passphrase?: string) {
  const env = { ...process.env };
  delete env.ZHIBU_PASSPHRASE;
  if (passphrase !== undefined) env.ZHIBU_PASSPHRASE = passphrase;
  const r = spawnSync(process.execPath, ['scripts/zhibu.mjs', ...args], { encoding: 'utf8', timeout: 120_000, env });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function init(name: string, role: 'branch' | 'office', code: string): string {
  const db = join(dir, name);
  const r = zhibu(['init', '--db', db, '--role', role, '--name', `中共${code}委员会`, '--code', code]);
  expect(r).toMatchObject({ code: 0 });
  return db;
}

function identity(path: string): string | undefined {
  const db = openData(path, { readonly: true });
  try {
    return (db.prepare("SELECT value FROM local_meta WHERE key = 'identity'").get() as { value: string } | undefined)
      ?.value;
  } finally {
    db.close();
  }
}

describe('zhibu keys / backup / office revoke', () => {
  it('backs up the database without the private keys, and says where the keys go', () => {
    const db = init('branch.sqlite', 'branch', 'DF001');
    const fp = zhibu(['fingerprint', '--db', db]).out.trim();
    const seeds = JSON.parse(identity(db) ?? '{}') as { sign: string };
    const out = join(dir, 'copy.sqlite');
    const r = zhibu(['backup', '--db', db, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('备份中不含本机密钥');
    expect(r.out).toContain('zhibu keys backup');
    expect(identity(out)).toBeUndefined();
    // Not even in the file's free pages.
    expect(readFileSync(out).includes(Buffer.from(seeds.sign))).toBe(false);
    // One self-contained file and its key file: no leftover temporary copy, no write-ahead log beside it.
    expect(readdirSync(dir).filter((n) => n.startsWith('copy'))).toEqual(['copy.sqlite', 'copy.sqlite.key']);
    expect(JSON.parse(zhibu(['info', '--db', out]).out)).toMatchObject({ organization: { code: 'DF001' } });
    // The original keeps its keys.
    expect(zhibu(['fingerprint', '--db', db]).out.trim()).toBe(fp);
  }, 120_000);

  it('backs up and restores the keys with a passphrase that never appears on the command line', () => {
    const db = init('branch.sqlite', 'branch', 'DF001');
    const fp = zhibu(['fingerprint', '--db', db]).out.trim();
    const file = join(dir, 'DF001.zbkey');
    expect(zhibu(['keys', 'backup', '--db', db, '--out', file, '--passphrase', PASS]).err).toContain(
      '口令不能写在命令行上',
    );
    expect(zhibu(['keys', 'backup', '--db', db, '--out', file]).err).toContain('ZHIBU_PASSPHRASE');
    expect(zhibu(['keys', 'backup', '--db', db, '--out', file], 'short').err.trim()).toBe(
      '错误：口令至少 8 个字符（passphrase）',
    );
    expect(existsSync(file)).toBe(false);
    const made = zhibu(['keys', 'backup', '--db', db, '--out', file], PASS);
    expect(made).toMatchObject({ code: 0 });
    expect(zhibu(['keys', 'backup', '--db', db, '--out', file], PASS).err).toContain('不会覆盖');

    const fresh = init('fresh.sqlite', 'branch', 'DF001');
    const wrong = zhibu(['keys', 'restore', '--db', fresh, file], 'not the passphrase');
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('口令不正确，或文件已损坏');
    const passFile = join(dir, 'pass.txt');
    writeFileSync(passFile, `\uFEFF${PASS}\r\n`);
    const ok = zhibu(['keys', 'restore', '--db', fresh, file, '--passphrase-file', passFile]);
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.out).toContain(fp);
    expect(zhibu(['fingerprint', '--db', fresh]).out.trim()).toBe(fp);
  }, 240_000);

  it('stops a branch from the office', () => {
    const office = init('office.sqlite', 'office', 'CG01');
    const enrol = zhibu([
      'office',
      'enrol',
      '--db',
      office,
      '--name',
      '东风村党支部',
      '--code',
      'DF001',
      '--out',
      join(dir, 'DF001.zbenrol'),
    ]);
    expect(enrol.code).toBe(0);
    const r = zhibu(['office', 'revoke', '--db', office, '--code', 'DF001']);
    expect(r).toMatchObject({ code: 0 });
    expect(r.out).toContain('已停用东风村党支部（DF001）');
    expect(zhibu(['office', 'revoke', '--db', office, '--code', 'DF001']).err).toContain('已经停用');
    expect(zhibu(['export', '--db', office, '--branch', 'DF001', '--out', join(dir, 'x.zbx')]).err).toContain('已停用');
    expect(existsSync(join(dir, 'x.zbx'))).toBe(false);
  }, 120_000);
});

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp.js';
import { zhibu } from '../support/cli.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('zhibu-cli-'));
});
afterEach(() => cleanup());

const db = () => join(dir, 'branch.sqlite');
const init = () =>
  zhibu([
    'init',
    '--db',
    db(),
    '--role',
    'branch',
    '--name',
    '中共东风村支部委员会',
    '--code',
    'DF001',
    '--term-start',
    '2021-04-15',
  ]);

describe('zhibu CLI', () => {
  it('prints help in Chinese and English', () => {
    const r = zhibu(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('用法');
    expect(r.out).toContain('command line');
  });

  it('initialises a branch and reports it as JSON', () => {
    expect(init()).toMatchObject({ code: 0 });
    const r = zhibu(['info', '--db', db()]);
    expect(r.code).toBe(0);
    const info = JSON.parse(r.out) as {
      schemaVersion: number;
      role: string;
      organization: { name: string };
      counts: Record<string, number>;
    };
    expect(info.role).toBe('branch');
    expect(info.organization.name).toBe('中共东风村支部委员会');
    expect(info.counts.organization).toBe(1);
    expect(info.counts.change_log).toBe(1);
  });

  it('fails with one Chinese line and no database for bad input', () => {
    const r = zhibu(['init', '--db', db(), '--role', 'branch', '--name', '东风村', '--code', '东风 村']);
    expect(r.code).toBe(1);
    expect(r.err.trim()).toBe('错误：组织代码只能包含数字、字母和“-”（code）');
    expect(existsSync(db())).toBe(false);
    expect(zhibu(['init', '--db', db(), '--role', 'county']).err).toContain('--role 只能是 branch');
    expect(zhibu(['info', '--db', join(dir, 'missing.sqlite')])).toMatchObject({ code: 1 });
    expect(zhibu(['frobnicate']).code).not.toBe(0);
  });

  it('refuses to overwrite an existing database or backup', () => {
    init();
    expect(init().err).toContain('数据文件已存在');
    const out = join(dir, 'backup.sqlite');
    expect(zhibu(['backup', '--db', db(), '--out', out]).code).toBe(0);
    expect(zhibu(['backup', '--db', db(), '--out', out]).err).toContain('不会覆盖');
    const copy = JSON.parse(zhibu(['info', '--db', out]).out) as { organization: { code: string } };
    expect(copy.organization.code).toBe('DF001');
  });

  it('prints the 党支部基本情况登记表 to a readable A4 PDF', () => {
    init();
    const pdf = join(dir, 'branch.pdf');
    const r = zhibu(['print', 'branch', '--db', db(), '--out', pdf]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\b/);
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts/);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('中共东风村支部委员会');
    expect(text).toContain('党支部基本情况登记表');
    expect(text.replace(/\s+/g, '')).toContain('第1页共1页');
  });

  it('explains when no browser can be found for printing', () => {
    init();
    const r = spawnSync(
      process.execPath,
      ['scripts/zhibu.mjs', 'print', 'branch', '--db', db(), '--out', join(dir, 'x.pdf')],
      {
        encoding: 'utf8',
        env: { ...process.env, ZHIBU_BROWSER: join(dir, 'no-such-browser') },
      },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^错误：.*浏览器/);
  });

  it('builds a demo branch and reports its compliance as JSON', () => {
    const demo = join(dir, 'demo.sqlite');
    expect(zhibu(['demo', '--db', demo, '--members', '20', '--seed', '4'])).toMatchObject({ code: 0 });
    const r = zhibu(['check', '--db', demo, '--year', '2025']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as {
      year: number;
      activities: { kind: string; periods: { required: number; held: number; status: string }[] }[];
    };
    expect(report.year).toBe(2025);
    const congress = report.activities.find((a) => a.kind === 'congress');
    expect(congress?.periods).toHaveLength(4);
    expect(congress?.periods.every((p) => p.required === 1 && ['done', 'overdue'].includes(p.status))).toBe(true);
    expect(report.activities.filter((a) => a.kind === 'group')).toHaveLength(3);
    expect(zhibu(['demo', '--db', demo]).err).toContain('已存在');
  });
});

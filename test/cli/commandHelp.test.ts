import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../electron/cli.js';

afterEach(() => vi.restoreAllMocks());

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((s: unknown) => void out.push(String(s)));
  vi.spyOn(console, 'error').mockImplementation((s: unknown) => void err.push(String(s)));
  const code = await main(argv);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('--help after a command', () => {
  it('prints that command’s usage in Chinese, not a parser error', async () => {
    const init = await run('init', '--help');
    expect(init).toMatchObject({ code: 0, err: '' });
    expect(init.out).toContain('init    --db 路径 --role branch|office');
    expect(init.out).toContain('新建数据文件并完成首次设置');
    expect(init.out).not.toContain('members import');

    const members = await run('members', 'import', '-h');
    expect(members.out).toContain('members import --db 路径');
    expect(members.out).toContain('members export --db 路径');
    expect((await run('export', '--db', 'x.sqlite', '--help')).out).toContain('--branch 支部代码');
  });

  it('names an unknown or incomplete option in Chinese', async () => {
    const r = await run('info', '--dbx', 'a');
    expect(r.code).toBe(1);
    expect(r.err).toBe('错误：未知参数 --dbx（在命令后加 --help 查看该命令的用法）');
    expect((await run('info', '--db')).err).toBe('错误：参数 --db 后面缺少取值');
  });
});

import { statsDay } from '../services/office/structure.js';
import { optionalFlag, parseCommand, requireFlag } from './args.js';
import { openExisting, run } from './context.js';
import { CliError } from './errors.js';

/** `zhibu stats`: the office's 党员队伍结构统计 as JSON (all branches, or those listed). */
export async function statsCommand(argv: string[]): Promise<void> {
  const { flags } = parseCommand(argv, ['db', 'year', 'date', 'branches']);
  const inst = await openExisting(requireFlag(flags, 'db', '数据文件路径'));
  try {
    const today = inst.ctx.clock.today();
    const yearFlag = optionalFlag(flags, 'year');
    const year = yearFlag === undefined ? Number(today.slice(0, 4)) : Number(yearFlag);
    if (!Number.isInteger(year) || year < 1921 || year > 2200) throw new CliError(`年度无效：${yearFlag}`);
    const branches = optionalFlag(flags, 'branches');
    const stats = await run(inst.ctx, 'office.structure', {
      asOf: optionalFlag(flags, 'date') ?? statsDay(year, today),
      year,
      branches: branches ? branches.split(/[,，]/).filter(Boolean) : null,
    });
    console.log(JSON.stringify(stats, null, 2));
  } finally {
    await inst.close();
  }
}

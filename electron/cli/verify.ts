import { verifyDatabase } from '../services/verify/verify.js';
import { parseCommand, requireFlag } from './args.js';
import { openExisting } from './context.js';
import { CliError } from './errors.js';

/** `zhibu verify --db PATH`: the file's health in Chinese; exits non-zero when anything is wrong. */
export async function verifyCommand(argv: string[]): Promise<void> {
  const { flags } = parseCommand(argv, ['db']);
  const inst = await openExisting(requireFlag(flags, 'db', '数据文件路径'));
  try {
    const findings = await verifyDatabase(inst.ctx);
    if (findings.length === 0) {
      console.log('检查完毕：数据文件完好，没有发现问题');
      return;
    }
    for (const f of findings) console.log(`- ${f.message}`);
    throw new CliError(`检查发现 ${findings.length} 个问题（见上）`);
  } finally {
    await inst.close();
  }
}

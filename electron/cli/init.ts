import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { ORG_TYPES, ORG_TYPE_LABELS, type OrgType } from '../api/org.js';
import { openInstallation } from '../services/installation.js';
import { optionalFlag, parseCommand, requireFlag } from './args.js';
import { appVersion, run } from './context.js';
import { CliError } from './errors.js';

function orgType(value: string | undefined, role: string): OrgType {
  if (!value) return role === 'office' ? 'organ' : 'village';
  const byLabel = ORG_TYPES.find((t) => ORG_TYPE_LABELS[t] === value);
  const found = byLabel ?? ORG_TYPES.find((t) => t === value);
  if (!found)
    throw new CliError(`组织类别无效：${value}（可选：${ORG_TYPES.map((t) => ORG_TYPE_LABELS[t]).join('、')}）`);
  return found;
}

export async function initCommand(argv: string[]): Promise<void> {
  const { flags } = parseCommand(argv, ['db', 'role', 'name', 'code', 'type', 'parent', 'founded', 'term-start']);
  const db = requireFlag(flags, 'db', '数据文件路径');
  const role = requireFlag(flags, 'role', 'branch 或 office');
  if (role !== 'branch' && role !== 'office')
    throw new CliError(`--role 只能是 branch（党支部）或 office（上级党委），而不是 ${role}`);
  if (existsSync(db)) throw new CliError(`数据文件已存在：${db}（不会覆盖）`);
  mkdirSync(dirname(db), { recursive: true });
  const inst = await openInstallation(db, { version: appVersion() });
  try {
    const org = await run(inst.ctx, 'org.setup', {
      mode: role,
      name: requireFlag(flags, 'name', '党组织名称'),
      code: requireFlag(flags, 'code', '组织代码'),
      orgType: orgType(optionalFlag(flags, 'type'), role),
      parentName: optionalFlag(flags, 'parent') ?? '',
      foundedOn: optionalFlag(flags, 'founded') ?? null,
      termStartedOn: optionalFlag(flags, 'term-start') ?? null,
    });
    console.log(`已创建 ${org.name}（${org.code}）：${db}`);
  } catch (err) {
    await inst.close();
    // A refused init leaves no half-made database behind.
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${db}${suffix}`, { force: true });
    throw err;
  }
  await inst.close();
}

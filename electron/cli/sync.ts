import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { bundleContents } from '../api/exchange.js';
import { importEnrolment } from '../sync/enrol.js';
import { BundleError } from '../sync/errors.js';
import type { BatchOutcome } from '../sync/importer.js';
import { ownFingerprint } from '../sync/identity.js';
import { enrolWithDirectory } from '../services/exchange/directory.js';
import { exportFor, importFiles, importSummary } from '../services/exchange/exchange.js';
import { writeAtomically } from '../services/exchange/files.js';
import { optionalFlag, parseCommand, requireFlag, type Flags } from './args.js';
import { openExisting, run } from './context.js';
import { CliError } from './errors.js';
import { officeDemoCommand } from './officeDemo.js';

function asCli(err: unknown): never {
  if (err instanceof BundleError && err.code === 'ALREADY_ENROLLED')
    throw new CliError(`${err.message}（支部更换电脑后重新登记请加 --again）`);
  if (err instanceof BundleError) throw new CliError(err.message);
  throw err;
}

const OFFICE_USAGE =
  '用法：zhibu office enrol --db 路径 --name 支部名称 --code 支部代码 --out 文件.zbenrol [--again]\n' +
  '      zhibu office revoke --db 路径 --code 支部代码\n' +
  '      zhibu office demo --db 路径 [--branches 支部数] [--seed 种子] [--members 平均人数] [--keep-branches 文件夹]';

/** `zhibu office enrol` registers a branch; `zhibu office revoke` stops one. */
export async function officeCommand(argv: string[]): Promise<void> {
  const [sub, ...rest] = argv;
  if (sub === 'revoke') return revokeCommand(rest);
  if (sub === 'demo') return officeDemoCommand(rest);
  if (sub !== 'enrol') throw new CliError(OFFICE_USAGE);
  const { flags } = parseCommand(rest, ['db', 'name', 'code', 'out'], ['again']);
  const out = requireFlag(flags, 'out', '登记文件');
  const inst = await openExisting(requireFlag(flags, 'db', '数据文件路径'));
  try {
    const text = await enrolWithDirectory(
      inst.ctx,
      { code: requireFlag(flags, 'code', '支部代码'), name: requireFlag(flags, 'name', '支部名称') },
      new Date(inst.ctx.clock.nowMs()).toISOString(),
      flags.again === true,
    ).catch(asCli);
    writeAtomically(out, text);
    console.log(`已生成登记文件 ${out}`);
    console.log(`本单位密钥指纹：${await ownFingerprint(inst.ctx.db)}（请与支部电话核对）`);
  } finally {
    await inst.close();
  }
}

/** Stops a branch: its bundles are refused, none is sent to it, the county directory drops it. */
async function revokeCommand(argv: string[]): Promise<void> {
  const { flags } = parseCommand(argv, ['db', 'code']);
  const code = requireFlag(flags, 'code', '支部代码');
  const inst = await openExisting(requireFlag(flags, 'db', '数据文件路径'));
  try {
    const r = await run(inst.ctx, 'exchange.revokeBranch', { code, confirm: true });
    console.log(`已停用${r.name}（${r.code}）：不再接收它的数据包，也不再向它导出；如需恢复，请重新登记`);
  } finally {
    await inst.close();
  }
}

/** `zhibu enrol`: a branch imports its office's enrolment file once. */
export async function enrolCommand(argv: string[]): Promise<void> {
  const { positionals, flags } = parseCommand(argv, ['db']);
  const file = positionals[0];
  if (!file) throw new CliError('请指定登记文件（.zbenrol）');
  const inst = await openExisting(requireFlag(flags, 'db', '数据文件路径'));
  try {
    const r = await importEnrolment(
      inst.ctx.db,
      readFileSync(file, 'utf8'),
      new Date(inst.ctx.clock.nowMs()).toISOString(),
    ).catch(asCli);
    console.log(`已登记到 ${r.office}`);
    console.log(`上级党委密钥指纹：${r.fingerprint}`);
    console.log(`本支部密钥指纹：${await ownFingerprint(inst.ctx.db)}（请与上级党委电话核对）`);
  } finally {
    await inst.close();
  }
}

export async function exportCommand(argv: string[]): Promise<void> {
  const { flags } = parseCommand(argv, ['db', 'out', 'branch', 'out-dir'], ['full', 'all']);
  if (flags.all === true) return exportAllCommand(flags);
  const out = requireFlag(flags, 'out', '数据包文件（.zbx）');
  if (existsSync(out)) throw new CliError(`文件已存在：${out}（不会覆盖）`);
  const inst = await openExisting(requireFlag(flags, 'db', '数据文件路径'));
  try {
    let peer = optionalFlag(flags, 'branch');
    if (!peer) {
      const offices = await inst.ctx.db.selectFrom('sync_peer').select('code').where('role', '=', 'office').execute();
      if (offices.length !== 1)
        throw new CliError(offices.length === 0 ? '本支部还没有导入上级党委的登记文件' : '请用 --branch 指定支部代码');
      peer = (offices[0] as { code: string }).code;
    }
    const r = await exportFor(inst.ctx, peer, flags.full === true);
    writeAtomically(out, r.bytes);
    console.log(`已导出第 ${r.seq} 号数据包（${bundleContents(r)}）：${out}`);
  } finally {
    await inst.close();
  }
}

const MARK = { written: '✓', skipped: '–', failed: '✗' } as const;

/** `zhibu export --all --out-dir`: one bundle per active branch; non-zero exit when any failed. */
async function exportAllCommand(flags: Flags): Promise<void> {
  if (flags.full === true || flags.branch !== undefined || flags.out !== undefined)
    throw new CliError('--all 不能与 --out、--branch、--full 同用；请用 --out-dir 指定文件夹');
  const dir = requireFlag(flags, 'out-dir', '存放数据包的文件夹');
  const inst = await openExisting(requireFlag(flags, 'db', '数据文件路径'));
  let failed = 0;
  try {
    const r = await run(inst.ctx, 'exchange.exportAll', { dir: resolve(dir) });
    for (const l of r.lines) {
      if (l.status === 'failed') failed += 1;
      console.log(`${MARK[l.status]} ${l.name}（${l.code}）：${l.fileName ? `${l.fileName} ` : ''}${l.message}`);
    }
    const revoked = r.revoked > 0 ? `，已停用的 ${r.revoked} 个支部不导出` : '';
    console.log(`已导出 ${r.written} 个数据包到 ${r.dir}${revoked}`);
  } finally {
    await inst.close();
  }
  if (failed > 0) throw new CliError(`有 ${failed} 个支部未能导出`);
}

/** Each file as if alone (importFiles); the exit code says whether any was refused. */
export async function importCommand(argv: string[]): Promise<void> {
  const { positionals, flags } = parseCommand(argv, ['db']);
  if (positionals.length === 0) throw new CliError('请指定要导入的数据包文件（.zbx）');
  const inst = await openExisting(requireFlag(flags, 'db', '数据文件路径'));
  let refused = 0;
  try {
    const read: { file: string; bytes: Buffer }[] = [];
    for (const file of positionals) {
      try {
        read.push({ file, bytes: readFileSync(file) });
      } catch (err) {
        refused += 1;
        const missing = err instanceof Error && 'code' in err && err.code === 'ENOENT';
        console.log(`✗ ${basename(file)}：${missing ? '文件不存在' : '无法读取该文件'}`);
      }
    }
    const outcomes = await importFiles(
      inst.ctx,
      read.map((r) => r.bytes),
    );
    read.forEach(({ file }, i) => {
      const o = outcomes[i] as BatchOutcome;
      if (o.ok) {
        const r = o.result;
        console.log(`✓ ${basename(file)}：${importSummary(r)}${r.conflicts ? '（请在“数据交换”中处理冲突）' : ''}`);
      } else {
        refused += 1;
        console.log(`✗ ${basename(file)}：${o.error.message}`);
      }
    });
  } finally {
    await inst.close();
  }
  if (refused > 0) throw new CliError(`有 ${refused} 个文件未导入`);
}

export async function fingerprintCommand(argv: string[]): Promise<void> {
  const { flags } = parseCommand(argv, ['db']);
  const inst = await openExisting(requireFlag(flags, 'db', '数据文件路径'));
  try {
    console.log(await ownFingerprint(inst.ctx.db));
  } finally {
    await inst.close();
  }
}

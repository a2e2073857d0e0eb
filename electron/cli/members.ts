import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { MAX_IMPORT_BYTES, type ImportPreview, type ImportRow } from '../api/memberImport.js';
import { ROSTER_SCOPES } from '../api/members.js';
import type { ServiceContext } from '../services/context.js';
import { writeOutputFile } from '../services/outputFile.js';
import { optionalFlag, parseCommand, requireFlag } from './args.js';
import { openExisting, run } from './context.js';
import { CliError } from './errors.js';

const USAGE =
  '用法：zhibu members import --db 路径 花名册.xlsx [--dry-run] [--skip-rejected]\n' +
  '      zhibu members export --db 路径 --out 文件.xlsx [--scope current|former|all]';

function rowLine(r: ImportRow): string {
  const head = `第 ${r.rowNumber} 行  ${r.values.name || '（无姓名）'}  `;
  if (r.status === 'ok') return `${head}✓ 可导入`;
  if (r.status === 'duplicate') return `${head}= 已存在（重复）`;
  return `${head}✗ 未通过：${r.problems.map((p) => p.message).join('；')}`;
}

/** One line per row, notes indented under it, then the totals. */
function printReport(p: ImportPreview): void {
  const used = p.columns.filter((c) => c.field).map((c) => c.header);
  const unused = p.columns.filter((c) => !c.field && c.header).map((c) => c.header);
  console.log(`工作表“${p.sheetName}”，表头在第 ${p.headerRow} 行`);
  console.log(`读取的列：${used.join('、')}${unused.length ? `；未使用：${unused.join('、')}` : ''}`);
  for (const r of p.rows) {
    console.log(rowLine(r));
    for (const note of r.notes) console.log(`      · ${note}`);
  }
  const c = p.counts;
  console.log(
    `共 ${p.rows.length} 行：可导入 ${c.ok}，未通过 ${c.rejected}，已存在 ${c.duplicate}；跳过空行或重复表头 ${c.skippedBlankOrRepeated} 行`,
  );
  if (p.newGroups.length) console.log(`将新建党小组：${p.newGroups.join('、')}`);
}

function readImportFile(path: string | undefined): { fileName: string; fileBase64: string } {
  if (!path) throw new CliError(`请指定要导入的 Excel 文件\n${USAGE}`);
  if (!existsSync(path)) throw new CliError(`文件不存在：${path}`);
  if (statSync(path).size > MAX_IMPORT_BYTES)
    throw new CliError(`文件过大（超过 10 MB），请确认选择的是花名册：${path}`);
  return { fileName: basename(path), fileBase64: readFileSync(path).toString('base64') };
}

async function importRoster(
  ctx: ServiceContext,
  file: ReturnType<typeof readImportFile>,
  dryRun: boolean,
  skipRejected: boolean,
) {
  const preview = await run(ctx, 'members.importPreview', file);
  printReport(preview);
  const rejected = preview.counts.rejected;
  if (dryRun) {
    if (rejected > 0) throw new CliError(`有 ${rejected} 行未通过检查（仅检查，未写入任何数据）`);
    console.log('仅检查，未写入任何数据');
    return;
  }
  // The commit reads the file again and refuses by itself when a row is rejected.
  const result = await run(ctx, 'members.importCommit', { ...file, skipRejected });
  console.log(
    `已导入 ${result.imported} 名党员${result.rejected ? `，跳过未通过的 ${result.rejected} 行` : ''}${result.duplicates ? `，${result.duplicates} 名已存在未重复导入` : ''}`,
  );
  if (result.newGroups.length) console.log(`已新建党小组：${result.newGroups.join('、')}`);
}

async function importCommand(argv: string[]): Promise<void> {
  const { positionals, flags } = parseCommand(argv, ['db'], ['dry-run', 'skip-rejected']);
  const db = requireFlag(flags, 'db', '数据文件路径');
  if (positionals.length > 1) throw new CliError(`一次只能导入一个文件\n${USAGE}`);
  const file = readImportFile(positionals[0]);
  const inst = await openExisting(db);
  try {
    await importRoster(inst.ctx, file, flags['dry-run'] === true, flags['skip-rejected'] === true);
  } finally {
    await inst.close();
  }
}

async function exportCommand(argv: string[]): Promise<void> {
  const { flags } = parseCommand(argv, ['db', 'out', 'scope']);
  const out = requireFlag(flags, 'out', '导出的 Excel 文件');
  const scope = optionalFlag(flags, 'scope') ?? 'current';
  const known = ROSTER_SCOPES.find((s) => s === scope);
  if (!known) throw new CliError(`--scope 只能是 ${ROSTER_SCOPES.join('|')}`);
  if (existsSync(out)) throw new CliError(`文件已存在：${out}（不会覆盖，请换一个文件名）`);
  const inst = await openExisting(requireFlag(flags, 'db', '数据文件路径'));
  try {
    const file = await run(inst.ctx, 'members.export', { scope: known });
    writeOutputFile(out, Buffer.from(file.base64, 'base64'), { replace: false });
    console.log(`已导出 ${out}`);
  } finally {
    await inst.close();
  }
}

/** `zhibu members import|export`: the roster to and from Excel, through the same operations as the app. */
export async function membersCommand(argv: string[]): Promise<void> {
  const [sub, ...rest] = argv;
  if (sub === 'import') return importCommand(rest);
  if (sub === 'export') return exportCommand(rest);
  throw new CliError(`${sub ? `未知的 members 子命令：${sub}\n` : ''}${USAGE}`);
}

import { LATEST_SCHEMA_VERSION } from '../../db/migrations/index.js';
import { countRows } from '../../db/queries/changeLog.js';
import { RECORD_TABLES } from '../../db/schema.js';
import { parseCommand, requireFlag } from './args.js';
import { openExisting, run } from './context.js';

export async function infoCommand(argv: string[]): Promise<void> {
  const { flags } = parseCommand(argv, ['db']);
  const inst = await openExisting(requireFlag(flags, 'db', '数据文件路径'));
  try {
    const org = await run(inst.ctx, 'org.get', {});
    const counts: Record<string, number> = {};
    for (const table of RECORD_TABLES) counts[table] = await countRows(inst.ctx.db, table);
    counts.change_log = await countRows(inst.ctx.db, 'change_log');
    const info = {
      schemaVersion: LATEST_SCHEMA_VERSION,
      role: org?.mode ?? null,
      organization: org ? { name: org.name, code: org.code, type: org.orgType, parent: org.parentName } : null,
      counts,
    };
    console.log(JSON.stringify(info, null, 2));
  } finally {
    await inst.close();
  }
}

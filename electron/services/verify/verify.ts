import { formatHlc } from '../../../db/hlc.js';
import { latestHlc } from '../../../db/queries/changeLog.js';
import {
  changesStampedAfter,
  danglingReferences,
  integrityLines,
  membersWithoutStatusEvent,
  unloggedRows,
} from '../../../db/queries/health.js';
import { RECORD_TABLES } from '../../../db/schema.js';
import type { HealthFinding } from '../../api/backups.js';
import { MEMBER_STATUS_LABELS, type MemberStatus } from '../../api/memberOptions.js';
import { TABLE_LABELS } from '../../api/tables.js';
import { MAX_CLOCK_SKEW_MS } from '../../sync/limits.js';
import type { ServiceContext } from '../context.js';

/** The bookkeeping tables a foreign-key check can name (they refer to sync_peer), as the banner shows them. */
const BOOKKEEPING_LABELS: Record<string, string> = {
  sync_outbox: '数据包发出记录',
  sync_inbox: '数据包导入记录',
};

const tableLabel = (table: string) => TABLE_LABELS[table] ?? BOOKKEEPING_LABELS[table] ?? table;

/** One problem found, in Chinese; the same shape the home page's banner shows. */
export type Finding = HealthFinding;

/**
 * Stamps past the clock bound: a bundle from a PC with a wrong date, imported before bundles
 * were checked for it. Writes go on (the clock steps past them), but every later write here
 * carries the future date, so the user should know and fix the other PC's clock.
 */
export async function clockFindings(ctx: Pick<ServiceContext, 'db' | 'clock'>): Promise<Finding[]> {
  const latest = await latestHlc(ctx.db);
  const bound = formatHlc(ctx.clock.nowMs() + MAX_CLOCK_SKEW_MS, 0xffff, 'ffffffffffffffff');
  if (!latest || latest <= bound) return [];
  const n = await changesStampedAfter(ctx.db, bound);
  return [
    {
      check: 'clock',
      message: `有 ${n} 条记录的修改时间晚于本机时间一天以上（最晚为 ${latest.slice(0, 10)}）：可能曾导入过日期设置错误的电脑导出的数据包。程序仍可正常使用，请核对各电脑的日期和时间`,
    },
  ];
}

/** Everything `zhibu verify` reports; an empty list means the file is sound. */
export async function verifyDatabase(ctx: Pick<ServiceContext, 'db' | 'clock'>): Promise<Finding[]> {
  const findings: Finding[] = [];
  const damaged = await integrityLines(ctx.db);
  if (damaged.length > 0)
    findings.push({
      check: 'integrity',
      message: `数据文件已损坏（${damaged.length} 处，例如：${damaged[0] ?? ''}）：请从备份恢复`,
    });
  for (const d of await danglingReferences(ctx.db))
    findings.push({
      check: 'references',
      message: `${tableLabel(d.table)}中有 ${d.count} 条记录引用了不存在的记录`,
    });
  for (const table of RECORD_TABLES) {
    const n = await unloggedRows(ctx.db, table);
    if (n > 0)
      findings.push({
        check: 'log',
        message: `${tableLabel(table)}中有 ${n} 条记录的修改没有记入变更日志，不会随数据包发出`,
      });
  }
  const odd = await membersWithoutStatusEvent(ctx.db);
  if (odd.length > 0)
    findings.push({
      check: 'history',
      message: `${odd.length} 名党员的党籍状态在其变动记录中找不到依据（例如 ${odd[0]?.name ?? ''}：${MEMBER_STATUS_LABELS[odd[0]?.status as MemberStatus] ?? ''}）`,
    });
  findings.push(...(await clockFindings(ctx)));
  return findings;
}

import { recordNames, rowHistory, searchAudit } from '../../../db/queries/audit.js';
import { findMember } from '../../../db/queries/members.js';
import type { AuditLogTable } from '../../../db/schema.js';
import type { Selectable } from 'kysely';
import type { AuditEntry, AuditPage } from '../../api/access.js';
import type { ParsedInput } from '../../api/index.js';
import type { ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';
import { audit } from './auth.js';

function entry(r: Selectable<AuditLogTable>): AuditEntry {
  return {
    seq: r.seq,
    at: r.at,
    userName: r.user_name,
    action: r.action,
    table: r.table_name,
    rowId: r.row_id,
    changes: JSON.parse(r.changes) as Record<string, [unknown, unknown]>,
    note: r.note,
  };
}

export async function searchLog(ctx: ServiceContext, input: ParsedInput<'audit.search'>): Promise<AuditPage> {
  const { rows, total } = await searchAudit(ctx.db, input);
  const entries = rows.map(entry);
  // Records refer to each other by id: the page names them (the stored values stay as they were).
  const ids = new Set<string>();
  for (const e of entries) {
    if (e.rowId) ids.add(e.rowId);
    for (const [before, after] of Object.values(e.changes))
      for (const v of [before, after]) if (typeof v === 'string') for (const [id] of v.matchAll(ID_SHAPE)) ids.add(id);
  }
  const names: Record<string, string> = {};
  for (const r of await recordNames(ctx.db, [...ids])) names[r.id] = r.name;
  return { entries, total, names };
}

/** Record ids are UUIDs (db/ids.ts), alone or inside a step's or an event's JSON details. */
const ID_SHAPE = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

export async function recordHistory(ctx: ServiceContext, input: ParsedInput<'audit.history'>): Promise<AuditEntry[]> {
  return (await rowHistory(ctx.db, input.table, input.id)).map(entry);
}

const FIELD_LABELS = { idNumber: '公民身份号码', phone: '联系电话' } as const;

/** The full value of a masked field, for one member at a time; every look is in 操作记录. */
export async function revealMemberField(ctx: ServiceContext, input: ParsedInput<'members.reveal'>): Promise<string> {
  const m = await findMember(ctx.db, input.id);
  if (!m) throw new ServiceError('NOT_FOUND', '找不到该党员');
  await audit(ctx, 'reveal', { table: 'member', rowId: m.id, note: `查看了${m.name}的${FIELD_LABELS[input.field]}` });
  return input.field === 'idNumber' ? m.id_number : m.phone;
}

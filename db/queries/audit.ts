import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** Who an audit entry names: a user of this installation, or a peer's bundle (no user id). */
export interface AuditActor {
  userId: string | null;
  name: string;
}

export type AuditChanges = Record<string, [unknown, unknown]>;

export interface NewAuditEntry {
  at: string;
  actor: AuditActor;
  action: string;
  table?: string;
  rowId?: string;
  changes?: AuditChanges;
  note?: string;
}

/** Files stay out of the log: their size says enough, and the log must stay small and printable. */
function loggable(v: unknown): unknown {
  if (v instanceof Uint8Array) return `[文件 ${v.byteLength} 字节]`;
  return v ?? null;
}

/** Each column that differs, as [before, after]; bookkeeping columns say nothing to a reader. */
export function fieldChanges(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown>,
): AuditChanges {
  const out: AuditChanges = {};
  for (const [k, v] of Object.entries(after)) {
    if (k === 'id' || k === 'created_at' || k === 'updated_at') continue;
    const old = before?.[k];
    if (before && old === v) continue;
    if (!before && (v === null || v === undefined)) continue;
    out[k] = [loggable(old), loggable(v)];
  }
  return out;
}

export async function appendAudit(db: Kysely<Database>, e: NewAuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: e.at,
      user_id: e.actor.userId,
      user_name: e.actor.name,
      action: e.action,
      table_name: e.table ?? null,
      row_id: e.rowId ?? null,
      changes: JSON.stringify(e.changes ?? {}),
      note: e.note ?? '',
    })
    .execute();
}

export interface AuditFilter {
  text: string;
  userName: string;
  /** Inclusive ISO dates (local calendar days are compared on the stored UTC timestamp's date). */
  from: string | null;
  to: string | null;
  limit: number;
  offset: number;
}

function filtered(db: Kysely<Database>, f: AuditFilter) {
  let q = db.selectFrom('audit_log');
  if (f.userName) q = q.where('user_name', '=', f.userName);
  if (f.from) q = q.where('at', '>=', f.from);
  if (f.to) q = q.where('at', '<', `${f.to}~`);
  if (f.text) {
    const like = `%${f.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb(sql`changes`, 'like', sql`${like} ESCAPE '\\'`),
        eb(sql`note`, 'like', sql`${like} ESCAPE '\\'`),
        eb(sql`action`, 'like', sql`${like} ESCAPE '\\'`),
        eb(sql`table_name`, 'like', sql`${like} ESCAPE '\\'`),
      ]),
    );
  }
  return q;
}

export async function searchAudit(db: Kysely<Database>, f: AuditFilter) {
  const total = await filtered(db, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await filtered(db, f).selectAll().orderBy('seq', 'desc').limit(f.limit).offset(f.offset).execute();
  return { rows, total: Number(total.n) };
}

export function rowHistory(db: Kysely<Database>, table: string, rowId: string) {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('table_name', '=', table)
    .where('row_id', '=', rowId)
    .orderBy('seq')
    .execute();
}

/** The names of the records `ids` may refer to (people, groups, meetings, accounts), for reading the log. */
export async function recordNames(db: Kysely<Database>, ids: string[]): Promise<{ id: string; name: string }[]> {
  if (ids.length === 0) return [];
  const named = (table: 'member' | 'dev_person' | 'party_group' | 'account') =>
    db.selectFrom(table).select(['id', 'name']).where('id', 'in', ids).execute();
  const meetings = await db
    .selectFrom('meeting')
    .select(['id', sql<string>`held_on || ' ' || title`.as('name')])
    .where('id', 'in', ids)
    .execute();
  return [
    ...(await named('member')),
    ...(await named('dev_person')),
    ...(await named('party_group')),
    ...(await named('account')),
    ...meetings,
  ];
}

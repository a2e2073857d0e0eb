import type { Kysely } from 'kysely';
import { allBases } from '../../../db/queries/dues.js';
import { listMembers } from '../../../db/queries/members.js';
import type { Database } from '../../../db/schema.js';

/**
 * Current members with no 党费 basis at all: nothing can be owed until one is set, so they are
 * shown as 未核定 (a reminder), never as 无欠交.
 */
export async function unassessedMembers(db: Kysely<Database>): Promise<{ memberId: string; name: string }[]> {
  const [members, bases] = await Promise.all([listMembers(db, 'current'), allBases(db)]);
  const assessed = new Set(bases.map((b) => b.member_id));
  return members.filter((m) => !assessed.has(m.id)).map((m) => ({ memberId: m.id, name: m.name }));
}

import type { Kysely, Selectable } from 'kysely';
import type { AccountTable, Database } from '../schema.js';

export type AccountRow = Selectable<AccountTable>;

export async function countAccounts(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('account')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function listAccounts(db: Kysely<Database>): Promise<AccountRow[]> {
  return db.selectFrom('account').selectAll().orderBy('created_at').orderBy('name').execute();
}

export function findAccountByName(db: Kysely<Database>, name: string): Promise<AccountRow | undefined> {
  return db.selectFrom('account').selectAll().where('name', '=', name).executeTakeFirst();
}

export function findAccount(db: Kysely<Database>, id: string): Promise<AccountRow | undefined> {
  return db.selectFrom('account').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Enabled 管理员 accounts other than `exceptId`: the last one may not be disabled or demoted. */
export async function otherActiveAdmins(db: Kysely<Database>, exceptId: string): Promise<number> {
  const row = await db
    .selectFrom('account')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('disabled', '=', 0)
    .where('id', '!=', exceptId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertAccount(db: Kysely<Database>, row: AccountRow): Promise<void> {
  await db.insertInto('account').values(row).execute();
}

export async function updateAccount(
  db: Kysely<Database>,
  id: string,
  patch: Partial<Omit<AccountRow, 'id' | 'created_at'>>,
): Promise<void> {
  await db.updateTable('account').set(patch).where('id', '=', id).execute();
}

import type { Kysely, Selectable } from 'kysely';
import type { Database, TalkTable } from '../schema.js';

export type TalkRow = Selectable<TalkTable>;

export async function listTalks(db: Kysely<Database>, from: string, to: string): Promise<TalkRow[]> {
  return db
    .selectFrom('talk')
    .selectAll()
    .where('deleted_at', 'is', null)
    .where('held_on', '>=', from)
    .where('held_on', '<=', to)
    .orderBy('held_on')
    .orderBy('created_at')
    .execute();
}

export async function findTalk(db: Kysely<Database>, id: string): Promise<TalkRow | undefined> {
  return db.selectFrom('talk').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
}

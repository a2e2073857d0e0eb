import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface AttachmentMeta {
  id: string;
  owner_id: string;
  file_name: string;
  mime: string;
  size: number;
}

export async function attachmentsOf(
  db: Kysely<Database>,
  ownerTable: string,
  ownerId: string,
): Promise<AttachmentMeta[]> {
  return db
    .selectFrom('attachment')
    .select(['id', 'owner_id', 'file_name', 'mime', 'size'])
    .where('owner_table', '=', ownerTable)
    .where('owner_id', '=', ownerId)
    .where('deleted_at', 'is', null)
    .orderBy('created_at')
    .execute();
}

export async function findAttachment(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('attachment')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

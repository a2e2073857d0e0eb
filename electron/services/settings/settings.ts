import type { Kysely } from 'kysely';
import { findSetting } from '../../../db/queries/settings.js';
import { insertRecord, updateRecord } from '../../../db/records.js';
import type { Database } from '../../../db/schema.js';
import type { ParsedInput } from '../../api/index.js';
import { DEFAULT_SETTINGS, type Settings } from '../../api/settings.js';
import type { ServiceContext } from '../context.js';
import { inTransaction } from '../tx.js';

/** All branch settings live in one synced record, merged over the DOMAIN.md defaults. */
const KEY = 'branch';

export async function readSettings(db: Kysely<Database>): Promise<Settings> {
  const row = await findSetting(db, KEY);
  if (!row) return DEFAULT_SETTINGS;
  const saved = JSON.parse(row.value) as Partial<Settings>;
  return {
    ...DEFAULT_SETTINGS,
    ...saved,
    frequencies: { ...DEFAULT_SETTINGS.frequencies, ...saved.frequencies },
  };
}

export async function updateSettings(ctx: ServiceContext, input: ParsedInput<'settings.update'>): Promise<Settings> {
  return inTransaction(ctx, async (tx, stamp) => {
    const current = await readSettings(tx);
    const next: Settings = {
      ...current,
      ...(input.attachmentsEnabled === undefined ? {} : { attachmentsEnabled: input.attachmentsEnabled }),
      ...(input.lateAfterDays === undefined ? {} : { lateAfterDays: input.lateAfterDays }),
      ...(input.excellentMaxPercent === undefined ? {} : { excellentMaxPercent: input.excellentMaxPercent }),
      ...(input.duesRounding === undefined ? {} : { duesRounding: input.duesRounding }),
      ...(input.farmerDuesFen === undefined ? {} : { farmerDuesFen: input.farmerDuesFen }),
      frequencies: { ...current.frequencies, ...input.frequencies },
    };
    const row = await findSetting(tx, KEY);
    const value = JSON.stringify(next);
    if (row) await updateRecord(tx, stamp, 'setting', row.id, { value });
    else await insertRecord(tx, stamp, 'setting', { key: KEY, value });
    return next;
  });
}

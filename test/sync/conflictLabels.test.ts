import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECORD_TABLES } from '../../db/schema.js';
import { lostValues, recordCaption } from '../../renderer/pages/exchange/conflictValues.js';
import { tempInstallation, type TestInstallation } from '../support/temp.js';

let inst: TestInstallation;
beforeAll(async () => {
  inst = await tempInstallation();
});
afterAll(async () => inst.dispose());

/**
 * A conflict is shown to a village secretary column by column: every column of every synced
 * table, as the migrations made it, must have a Chinese name (or be bookkeeping, never shown).
 */
describe('conflict entries speak Chinese', () => {
  it('names every column of every record table', async () => {
    const raw: string[] = [];
    for (const table of RECORD_TABLES) {
      const cols = await sql<{ name: string }>`SELECT name FROM pragma_table_info(${table})`.execute(inst.ctx.db);
      for (const { name } of cols.rows)
        for (const shown of lostValues(table, { [name]: 'x' }))
          if (/[a-z]/.test(shown.label)) raw.push(`${table}.${name}`);
    }
    expect(raw).toEqual([]);
  });

  it('names every record table', () => {
    expect(RECORD_TABLES.filter((t) => /[a-z]/.test(recordCaption(t, {})))).toEqual([]);
  });
});

import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../db/migrations/index.js';
import { openDatabase } from '../../db/open.js';
import { addressedChanges, removeAudienceExcept } from '../../db/queries/audience.js';
import { addAudience } from '../../electron/sync/audience.js';
import { tempDatabaseFiles } from '../support/tempFiles.js';

const file = tempDatabaseFiles();

const uuid = (i: number) => `0193a1b2-c3d4-7e5f-8a9b-${String(i).padStart(12, '0')}`;
const TABLES = ['member', 'meeting_attendance', 'dues_payment', 'dev_step'];
const AUDIENCE = 'SELECT table_name, row_id, peer_code, origin FROM sync_audience ORDER BY 1, 2, 3';

describe('0011 → 0012 (the audience names its table and peer by number)', () => {
  it('keeps every audience row, reads and writes through the same name, and takes less room', async () => {
    const path = file();
    const v11 = await openDatabase(path, { migrations: migrations.slice(0, 11) });
    const add = v11.sqlite.prepare(
      'INSERT INTO sync_audience (table_name, row_id, peer_code, origin) VALUES (?, ?, ?, ?)',
    );
    v11.sqlite.transaction(() => {
      for (let i = 0; i < 20_000; i += 1) add.run(TABLES[i % TABLES.length], uuid(i), `B${i % 7}`, i % 3 === 0 ? 0 : 1);
      add.run('notice', uuid(1), '*', 0);
    })();
    const before = v11.sqlite.prepare(AUDIENCE).all();
    v11.sqlite.exec('VACUUM');
    v11.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const bytesBefore = statSync(path).size;
    await v11.close();

    const v12 = await openDatabase(path);
    expect(v12.sqlite.prepare(AUDIENCE).all()).toEqual(before);
    v12.sqlite.exec('VACUUM');
    v12.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    // The 20,000 rows' table names and peer codes, spelled out twice each (row and peer index), are gone.
    expect(statSync(path).size).toBeLessThan(bytesBefore - 20_000 * 2 * 10);

    // The writers through the view: adding twice is harmless, a new table gets its number.
    await addAudience(v12.db, 'member', uuid(0), 'B9');
    await addAudience(v12.db, 'member', uuid(0), 'B9');
    await addAudience(v12.db, 'talk', uuid(5), 'B9');
    expect(
      v12.sqlite
        .prepare("SELECT table_name, row_id, origin FROM sync_audience WHERE peer_code = 'B9' ORDER BY 1")
        .all(),
    ).toEqual([
      { table_name: 'member', row_id: uuid(0), origin: 0 },
      { table_name: 'talk', row_id: uuid(5), origin: 0 },
    ]);
    expect(v12.sqlite.prepare("SELECT id FROM sync_table WHERE name IN ('member', 'talk') ORDER BY id").all()).toEqual([
      { id: 4 },
      { id: 13 },
    ]);
    expect(v12.sqlite.prepare("SELECT code FROM sync_code WHERE code IN ('*', 'B0', 'B9') ORDER BY id").all()).toEqual([
      { code: '*' },
      { code: 'B0' },
      { code: 'B9' },
    ]);
    await removeAudienceExcept(v12.db, ['member'], [uuid(0)], ['B0']);
    expect(v12.sqlite.prepare('SELECT peer_code FROM sync_audience WHERE row_id = ? ORDER BY 1').all(uuid(0))).toEqual([
      { peer_code: 'B0' },
    ]);
    // A reply still finds a branch's rows (and the county notice): all of them in a recovery
    // bundle, else only those B1 did not bring itself.
    const b1 = before as { peer_code: string; origin: number }[];
    const mine = b1.filter((r) => r.peer_code === 'B1');
    const reply = (echo: boolean) => addressedChanges(v12.db, { peer: 'B1', everyBranch: '*', cursor: 0, echo });
    expect(await reply(true)).toHaveLength(mine.length + 1);
    expect(await reply(false)).toHaveLength(mine.filter((r) => r.origin === 0).length + 1);
    expect(() => v12.sqlite.exec(`UPDATE sync_audience SET origin = 2`)).toThrow(/CHECK/);
    await v12.close();
  });
});

import { describe, expect, it } from 'vitest';
import { migrations } from '../../db/migrations/index.js';
import { openDatabase } from '../../db/open.js';
import { latestHlc } from '../../db/queries/changeLog.js';
import { tempDatabaseFiles } from '../support/tempFiles.js';

const file = tempDatabaseFiles();

const H_LOCAL = '2026-05-01T08:00:00.000Z_0000_aaaaaaaaaaaaaaaa';
const H_IMPORTED = '2026-06-01T08:00:00.000Z_0003_bbbbbbbbbbbbbbbb';

describe('0007 → 0008 (lean sync bookkeeping) on an office file', () => {
  it('keeps every audience row and log entry, and the clock still starts past every stamp', async () => {
    const path = file();
    const v7 = await openDatabase(path, { migrations: migrations.slice(0, 7) });
    v7.sqlite.exec(`
      INSERT INTO change_log (table_name, row_id, hlc, op, columns, source) VALUES
        ('organization', 'o1', '${H_LOCAL}', 'insert', '["id","name"]', NULL),
        ('member', 'm1', '${H_IMPORTED}', 'insert', '["id","name","gender"]', 'DF001'),
        ('member', 'm2', '2026-05-20T08:00:00.000Z_0000_bbbbbbbbbbbbbbbb', 'insert', '["id"]', 'DF001');
      INSERT INTO sync_audience (table_name, row_id, peer_code) VALUES
        ('member', 'm1', 'DF001'), ('member', 'm2', 'DF001'), ('notice', 'n1', '*'), ('transfer_relay', 'r1', 'DF001'),
        ('transfer_relay', 'r1', 'XY002');
    `);
    const before = v7.sqlite.prepare('SELECT * FROM sync_audience ORDER BY 1, 2, 3').all();
    await v7.close();

    const v8 = await openDatabase(path, { migrations: migrations.slice(0, 8) });
    // The copy taken before migrating joins the backup set beside the file.
    expect(v8.backupPath).toMatch(/备份\/zhibu-\d{8}-\d{6}-migrate\.sqlite$/);
    expect(v8.sqlite.prepare('SELECT * FROM sync_audience ORDER BY 1, 2, 3').all()).toEqual(before);
    expect(v8.sqlite.prepare('SELECT row_id, columns, source FROM change_log ORDER BY seq').all()).toEqual([
      { row_id: 'o1', columns: '["id","name"]', source: null },
      { row_id: 'm1', columns: '["*"]', source: 'DF001' },
      { row_id: 'm2', columns: '["*"]', source: 'DF001' },
    ]);
    // The latest stamp is the imported one, though only stamps written here keep an index.
    expect(await latestHlc(v8.db)).toBe(H_IMPORTED);
    const indexes = v8.sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('change_log', 'sync_audience')")
      .all();
    expect(indexes).toEqual(expect.arrayContaining([{ name: 'change_log_hlc_local' }, { name: 'sync_audience_peer' }]));
    expect(indexes).not.toContainEqual({ name: 'change_log_hlc' });
    expect(indexes).not.toContainEqual({ name: 'change_log_source' });
    // Adding an audience row twice is still harmless: the key is the whole row.
    v8.sqlite.exec(`INSERT OR IGNORE INTO sync_audience VALUES ('member', 'm1', 'DF001')`);
    expect(v8.sqlite.prepare('SELECT COUNT(*) AS n FROM sync_audience').get()).toEqual({ n: 5 });
    await v8.close();
  });

  it('a branch file with nothing imported migrates with no imported stamp recorded', async () => {
    const path = file();
    const v7 = await openDatabase(path, { migrations: migrations.slice(0, 7) });
    v7.sqlite.exec(`INSERT INTO change_log (table_name, row_id, hlc, op, columns) VALUES
      ('organization', 'o1', '${H_LOCAL}', 'insert', '["id"]')`);
    await v7.close();
    const v8 = await openDatabase(path, { migrations: migrations.slice(0, 8) });
    expect(v8.sqlite.prepare("SELECT value FROM local_meta WHERE key = 'hlc_seen'").get()).toBeUndefined();
    expect(await latestHlc(v8.db)).toBe(H_LOCAL);
    await v8.close();
  });
});

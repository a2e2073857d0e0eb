import { describe, expect, it } from 'vitest';
import { migrations } from '../../db/migrations/index.js';
import { openDatabase } from '../../db/open.js';
import { latestHlc } from '../../db/queries/changeLog.js';
import { tempDatabaseFiles } from '../support/tempFiles.js';

const file = tempDatabaseFiles();

const h = (day: number, node: string) => `2026-06-${String(day).padStart(2, '0')}T08:00:00.000Z_0000_${node}`;
const OFFICE = 'aaaaaaaaaaaaaaaa';
const BRANCH = 'bbbbbbbbbbbbbbbb';

describe('0009 → 0010 (an office stops logging a branch’s own rows)', () => {
  it('marks each row’s author and drops only the log entries its origin audience row replaces', async () => {
    const path = file();
    const v9 = await openDatabase(path, { migrations: migrations.slice(0, 9) });
    v9.sqlite.exec(`
      INSERT INTO local_meta (key, value) VALUES ('hlc_seen', '${h(9, BRANCH)}');
      INSERT INTO change_log (table_name, row_id, hlc, op, columns, source) VALUES
        ('organization', 'o1', '${h(1, OFFICE)}', 'insert', '["id","name"]', NULL),
        -- DF001's member, sent twice: nothing but DF001's own versions, addressed to DF001 alone.
        ('member', 'm1', '${h(2, BRANCH)}', 'insert', '["*"]', 'DF001'),
        ('member', 'm1', '${h(3, BRANCH)}', 'update', '["*"]', 'DF001'),
        -- DF001's 转出, on which the office wrote its 回执 date: the office's version travels.
        ('transfer', 't1', '${h(4, BRANCH)}', 'insert', '["*"]', 'DF001'),
        ('transfer', 't1', '${h(5, OFFICE)}', 'update', '["receipt_on"]', NULL),
        -- The office's relay, to both branches, answered by XY002.
        ('transfer_relay', 'r1', '${h(5, OFFICE)}', 'insert', '["id"]', NULL),
        ('transfer_relay', 'r1', '${h(6, BRANCH)}', 'update', '["*"]', 'XY002'),
        -- DF001's row that the office also addressed to XY002.
        ('member', 'm2', '${h(7, BRANCH)}', 'insert', '["*"]', 'DF001'),
        ('notice', 'n1', '${h(8, OFFICE)}', 'insert', '["id"]', NULL),
        ('member', 'm3', '${h(9, BRANCH)}', 'insert', '["*"]', 'XY002');
      INSERT INTO sync_audience (table_name, row_id, peer_code) VALUES
        ('member', 'm1', 'DF001'), ('transfer', 't1', 'DF001'), ('transfer_relay', 'r1', 'DF001'),
        ('transfer_relay', 'r1', 'XY002'), ('member', 'm2', 'DF001'), ('member', 'm2', 'XY002'),
        ('notice', 'n1', '*'), ('member', 'm3', 'XY002');
    `);
    await v9.close();

    const v10 = await openDatabase(path);
    expect(v10.backupPath).toMatch(/备份\/zhibu-\d{8}-\d{6}-migrate\.sqlite$/);
    expect(v10.sqlite.prepare('SELECT * FROM sync_audience ORDER BY 1, 2, 3').all()).toEqual([
      { table_name: 'member', row_id: 'm1', peer_code: 'DF001', origin: 1 },
      { table_name: 'member', row_id: 'm2', peer_code: 'DF001', origin: 1 },
      { table_name: 'member', row_id: 'm2', peer_code: 'XY002', origin: 0 },
      { table_name: 'member', row_id: 'm3', peer_code: 'XY002', origin: 1 },
      { table_name: 'notice', row_id: 'n1', peer_code: '*', origin: 0 },
      { table_name: 'transfer', row_id: 't1', peer_code: 'DF001', origin: 1 },
      { table_name: 'transfer_relay', row_id: 'r1', peer_code: 'DF001', origin: 0 },
      { table_name: 'transfer_relay', row_id: 'r1', peer_code: 'XY002', origin: 0 },
    ]);
    expect(v10.sqlite.prepare('SELECT table_name, row_id, source FROM change_log ORDER BY seq').all()).toEqual([
      { table_name: 'organization', row_id: 'o1', source: null },
      { table_name: 'transfer', row_id: 't1', source: 'DF001' },
      { table_name: 'transfer', row_id: 't1', source: null },
      { table_name: 'transfer_relay', row_id: 'r1', source: null },
      { table_name: 'transfer_relay', row_id: 'r1', source: 'XY002' },
      { table_name: 'member', row_id: 'm2', source: 'DF001' },
      { table_name: 'notice', row_id: 'n1', source: null },
    ]);
    // The clock still starts past every stamp it has seen.
    expect(await latestHlc(v10.db)).toBe(h(9, BRANCH));
    expect(() => v10.sqlite.exec(`UPDATE sync_audience SET origin = 2`)).toThrow(/CHECK/);
    await v10.close();
  });

  it('a branch file keeps every log entry: it has no audience rows', async () => {
    const path = file();
    const v9 = await openDatabase(path, { migrations: migrations.slice(0, 9) });
    v9.sqlite.exec(`INSERT INTO change_log (table_name, row_id, hlc, op, columns, source) VALUES
      ('organization', 'o1', '${h(1, BRANCH)}', 'insert', '["id"]', NULL),
      ('notice', 'n1', '${h(2, OFFICE)}', 'insert', '["*"]', 'CG01')`);
    await v9.close();
    const v10 = await openDatabase(path);
    expect(v10.sqlite.prepare('SELECT COUNT(*) AS n FROM change_log').get()).toEqual({ n: 2 });
    await v10.close();
  });
});

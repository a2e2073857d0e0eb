import { describe, expect, it } from 'vitest';
import { migrations } from '../../db/migrations/index.js';
import { openDatabase } from '../../db/open.js';
import { tempDatabaseFiles } from '../support/tempFiles.js';

const file = tempDatabaseFiles();

const ORG = `INSERT INTO organization (id, created_at, updated_at, deleted_at, mode, name, code, parent_name, org_type)
  VALUES ('o1', 'h1', 'h1', NULL, 'branch', '东风村党支部', 'DF001', '', 'village')`;

describe('each migration from N-1 to N keeps the data', () => {
  it('0001 → 0002 (members): the organisation and groups survive; member tables are ready', async () => {
    const path = file();
    const v1 = await openDatabase(path, { migrations: migrations.slice(0, 1) });
    v1.sqlite.exec(ORG);
    v1.sqlite.exec(
      `INSERT INTO party_group (id, created_at, updated_at, name) VALUES ('g1', 'h1', 'h1', '第一党小组')`,
    );
    await v1.close();

    const v2 = await openDatabase(path, { migrations: migrations.slice(0, 2) });
    expect(v2.backupPath).toMatch(/备份.*-migrate\.sqlite$/);
    expect(v2.sqlite.prepare('SELECT name FROM organization').get()).toEqual({ name: '东风村党支部' });
    v2.sqlite
      .exec(`INSERT INTO member (id, created_at, updated_at, name, gender, ethnicity, id_number, birth_date, joined_on, kind, group_id)
      VALUES ('m1', 'h2', 'h2', '张三', 'male', '汉族', '11010519491231002X', '1949-12-31', '1975-07-01', 'formal', 'g1')`);
    expect(() =>
      v2.sqlite
        .exec(`INSERT INTO member (id, created_at, updated_at, name, gender, ethnicity, id_number, birth_date, joined_on, kind, group_id)
        VALUES ('m2', 'h2', 'h2', '李四', 'male', '汉族', '110105194912310011', '1949-12-31', '1975-07-01', 'formal', 'nope')`),
    ).toThrow(/FOREIGN KEY/);
    await v2.close();
  });

  it('0002 → 0003 (meetings): groups gain dated lives, committee seats a member link', async () => {
    const path = file();
    const v2 = await openDatabase(path, { migrations: migrations.slice(0, 2) });
    v2.sqlite.exec(ORG);
    v2.sqlite.exec(
      `INSERT INTO party_group (id, created_at, updated_at, name) VALUES ('g1', 'h1', 'h1', '第一党小组')`,
    );
    v2.sqlite.exec(
      `INSERT INTO committee_member (id, created_at, updated_at, position, name) VALUES ('c1', 'h1', 'h1', 'secretary', '张三')`,
    );
    await v2.close();

    const v3 = await openDatabase(path, { migrations: migrations.slice(0, 3) });
    expect(v3.backupPath).toMatch(/备份.*-migrate\.sqlite$/);
    expect(v3.sqlite.prepare('SELECT name, established_on, dissolved_on FROM party_group').get()).toEqual({
      name: '第一党小组',
      established_on: null,
      dissolved_on: null,
    });
    expect(v3.sqlite.prepare('SELECT name, member_id FROM committee_member').get()).toEqual({
      name: '张三',
      member_id: null,
    });
    v3.sqlite.exec(`INSERT INTO meeting (id, created_at, updated_at, kind, title, held_on, recorded_on)
      VALUES ('m1', 'h3', 'h3', 'congress', '党员大会', '2026-03-20', '2026-03-21')`);
    expect(v3.sqlite.prepare('SELECT agenda, also_counts_as FROM meeting').get()).toEqual({
      agenda: '[]',
      also_counts_as: '[]',
    });
    await v3.close();
  });

  it('→ committee terms: the seats of an existing file become open terms from their 任职时间', async () => {
    const at = migrations.findIndex((m) => m.name === 'committee-terms');
    const path = file();
    const before = await openDatabase(path, { migrations: migrations.slice(0, at) });
    before.sqlite.exec(ORG);
    before.sqlite
      .exec(`INSERT INTO committee_member (id, created_at, updated_at, position, name, started_on, sort_order)
      VALUES ('c1', 'h1', 'h1', 'secretary', '张三', '2021-04-15', 0), ('c2', 'h1', 'h1', 'member', '李四', NULL, 5)`);
    await before.close();

    const after = await openDatabase(path, { migrations: migrations.slice(0, at + 1) });
    expect(after.backupPath).toMatch(/备份.*-migrate\.sqlite$/);
    expect(after.sqlite.prepare('SELECT id, started_on, ended_on FROM committee_member ORDER BY id').all()).toEqual([
      { id: 'c1', started_on: '2021-04-15', ended_on: null },
      { id: 'c2', started_on: null, ended_on: null },
    ]);
    await after.close();
  });

  it('every migration is numbered in order from 1', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });
});

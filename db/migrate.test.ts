import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDatabaseFiles } from '../test/support/tempFiles.js';
import { backupStem } from './backupFile.js';
import { fixedClock } from './clock.js';
import { DatabaseOpenError } from './errors.js';
import { migrations } from './migrations/index.js';
import type { Migration } from './migrations/types.js';
import { openDatabase } from './open.js';

const file = tempDatabaseFiles();

const hash = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

const notesV1: Migration = {
  version: 1,
  name: 'notes',
  up: (db) => db.exec('CREATE TABLE note (id TEXT PRIMARY KEY, body TEXT NOT NULL)'),
};
const notesV2: Migration = {
  version: 2,
  name: 'note-title',
  up: (db) => db.exec("ALTER TABLE note ADD COLUMN title TEXT NOT NULL DEFAULT '无'"),
};
const failingV2: Migration = {
  version: 2,
  name: 'broken',
  up: (db) => {
    db.exec('CREATE TABLE half_done (x INTEGER)');
    db.exec('THIS IS NOT SQL');
  },
};

describe('openDatabase', () => {
  it('creates a fresh database at the latest version with WAL and foreign keys', async () => {
    const path = file();
    const d = await openDatabase(path);
    expect(d.sqlite.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(d.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(d.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(d.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(d.backupPath).toBeNull();
    await d.close();
  });

  it('backs the file up before migrating existing data, then migrates each step', async () => {
    const path = file();
    const v1 = await openDatabase(path, { migrations: [notesV1] });
    v1.sqlite.prepare("INSERT INTO note (id, body) VALUES ('a', '第一条')").run();
    await v1.close();

    const v2 = await openDatabase(path, { migrations: [notesV1, notesV2], clock: fixedClock('2026-12-06T23:15:00Z') });
    expect(v2.backupPath).toBe(join(dirname(path), '备份', `${backupStem(path)}-20261206-231500-migrate.sqlite`));
    expect(statSync(v2.backupPath as string).mode & 0o777).toBe(0o600);
    expect(v2.sqlite.prepare('SELECT title, body FROM note').get()).toEqual({ title: '无', body: '第一条' });
    await v2.close();

    const backup = new Database(v2.backupPath as string, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare('SELECT body FROM note').get()).toEqual({ body: '第一条' });
    backup.close();
  });

  it('rolls back a failing migration, keeping the previous version and data', async () => {
    const path = file();
    const v1 = await openDatabase(path, { migrations: [notesV1] });
    v1.sqlite.prepare("INSERT INTO note (id, body) VALUES ('a', '保留')").run();
    await v1.close();

    await expect(openDatabase(path, { migrations: [notesV1, failingV2] })).rejects.toThrow(
      /升级到版本 2（broken）失败/,
    );
    const after = new Database(path);
    expect(after.pragma('user_version', { simple: true })).toBe(1);
    expect(after.prepare("SELECT count(*) n FROM sqlite_master WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    expect(after.prepare('SELECT body FROM note').get()).toEqual({ body: '保留' });
    after.close();
  });

  it('refuses a database written by a newer app and leaves the file untouched', async () => {
    const path = file();
    const newer = new Database(path);
    newer.pragma('journal_mode = DELETE');
    newer.exec('CREATE TABLE future (x)');
    newer.pragma(`user_version = ${migrations.length + 5}`);
    newer.close();
    const before = hash(path);

    let error: unknown;
    try {
      await openDatabase(path);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as DatabaseOpenError).code).toBe('DB_TOO_NEW');
    expect((error as Error).message).toMatch(/请升级支部台账/);
    expect(hash(path)).toBe(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('refuses a file that is not a database', async () => {
    const path = file();
    writeFileSync(path, '这不是数据库'.repeat(100));
    await expect(openDatabase(path)).rejects.toThrow(/不是支部台账的数据库/);
  });
});

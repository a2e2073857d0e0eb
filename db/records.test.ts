import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempInstallation, type TestInstallation } from '../test/support/temp.js';
import { inTransaction } from '../electron/services/tx.js';
import { insertRecord, tombstoneRecord, updateRecord } from './records.js';

let inst: TestInstallation;
beforeEach(async () => {
  inst = await tempInstallation();
});
afterEach(async () => inst.dispose());

const log = () =>
  inst.database.sqlite.prepare('SELECT table_name, row_id, op, columns, hlc FROM change_log ORDER BY seq').all() as {
    table_name: string;
    row_id: string;
    op: string;
    columns: string;
    hlc: string;
  }[];

describe('record write helper', () => {
  it('stamps id, HLC times and a change_log entry for insert, update and tombstone', async () => {
    const id = await inTransaction(inst.ctx, (tx, s) =>
      insertRecord(tx, s, 'party_group', { name: '第一党小组', leader_name: '李四', sort_order: 1 }),
    );
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const changed = await inTransaction(inst.ctx, (tx, s) =>
      updateRecord(tx, s, 'party_group', id, { name: '第一党小组', leader_name: '王五' }),
    );
    expect(changed).toEqual(['leader_name']);
    await inTransaction(inst.ctx, (tx, s) => tombstoneRecord(tx, s, 'party_group', id));

    const row = inst.database.sqlite.prepare('SELECT * FROM party_group WHERE id = ?').get(id) as {
      leader_name: string;
      deleted_at: string;
      created_at: string;
      updated_at: string;
    };
    expect(row.leader_name).toBe('王五');
    expect(row.deleted_at).toBe(row.updated_at);
    expect(row.created_at < row.updated_at).toBe(true);

    const entries = log();
    expect(entries.map((e) => e.op)).toEqual(['insert', 'update', 'delete']);
    expect(entries.every((e) => e.row_id === id && e.table_name === 'party_group')).toBe(true);
    expect(JSON.parse(entries[1]?.columns ?? '[]')).toEqual(['leader_name', 'updated_at']);
    expect(entries[0]?.hlc).toBe(row.created_at);
  });

  it('writes nothing when an update changes no value', async () => {
    const id = await inTransaction(inst.ctx, (tx, s) =>
      insertRecord(tx, s, 'party_group', { name: '第二党小组', leader_name: '', sort_order: 2 }),
    );
    const changed = await inTransaction(inst.ctx, (tx, s) =>
      updateRecord(tx, s, 'party_group', id, { name: '第二党小组' }),
    );
    expect(changed).toEqual([]);
    expect(log()).toHaveLength(1);
  });

  it('leaves neither row nor log entry when the transaction fails half-way', async () => {
    await expect(
      inTransaction(inst.ctx, async (tx, s) => {
        await insertRecord(tx, s, 'party_group', { name: '半途', leader_name: '', sort_order: 1 });
        // The second write violates NOT NULL, after the first row and its log entry were written.
        await insertRecord(tx, s, 'party_group', { name: null as unknown as string, leader_name: '', sort_order: 2 });
      }),
    ).rejects.toThrow();
    expect(inst.database.sqlite.prepare('SELECT count(*) n FROM party_group').get()).toEqual({ n: 0 });
    expect(log()).toHaveLength(0);
  });

  it('refuses to update or tombstone a missing or already removed record', async () => {
    const id = await inTransaction(inst.ctx, (tx, s) =>
      insertRecord(tx, s, 'party_group', { name: '第三党小组', leader_name: '', sort_order: 3 }),
    );
    await inTransaction(inst.ctx, (tx, s) => tombstoneRecord(tx, s, 'party_group', id));
    await expect(inTransaction(inst.ctx, (tx, s) => tombstoneRecord(tx, s, 'party_group', id))).rejects.toThrow(
      /not found/,
    );
    await expect(
      inTransaction(inst.ctx, (tx, s) => updateRecord(tx, s, 'party_group', id, { name: '改' })),
    ).rejects.toThrow(/not found/);
  });
});

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECORD_TABLES } from '../../db/schema.js';
import { changeLines } from '../../renderer/pages/access/auditText.js';
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

  it('reads a value as the 操作记录 reads it: codes, lists, money and switches', () => {
    const meeting = { kind: 'theme_day', also_counts_as: '["lecture"]', title: '学习', held_on: '2026-03-05' };
    expect(lostValues('meeting', meeting)).toEqual([
      { label: '会议类型', value: '主题党日' },
      { label: '同时计为', value: '党课' },
      { label: '主题', value: '学习' },
      { label: '日期', value: '2026-03-05' },
    ]);
    const entry = (table: string, row: Record<string, unknown>) =>
      changeLines({
        seq: 1,
        at: '2026-03-05T01:00:00Z',
        userName: '管理员',
        action: 'insert',
        table,
        rowId: null,
        changes: Object.fromEntries(Object.entries(row).map(([k, v]) => [k, [null, v]])),
        note: '',
      });
    const basis = { base_fen: 350000, rate_bp: 50 };
    expect(entry('dues_basis', basis)).toEqual(['交纳基数：3,500.00 元', '交纳比例：0.5%']);
    expect(lostValues('dues_basis', basis).map((v) => `${v.label}：${v.value}`)).toEqual(entry('dues_basis', basis));
    const attendance = { status: 'present', voting: 1 };
    expect(lostValues('meeting_attendance', attendance).map((v) => `${v.label}：${v.value}`)).toEqual(
      entry('meeting_attendance', attendance),
    );
    expect(entry('meeting_attendance', { voting: 0 })).toEqual(['有表决权：否']);
  });
});

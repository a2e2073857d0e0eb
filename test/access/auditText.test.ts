import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditPage, MemberDetail } from '../../electron/api/index.js';
import { RECORD_TABLES } from '../../db/schema.js';
import { contractOf } from '../support/api.js';
import { person } from '../support/people.js';
import { SAMPLE_BRANCH, tempInstallation, type TestInstallation } from '../support/temp.js';
import { fieldLabel, isShownField } from '../../renderer/components/recordFields.js';
import { changeLines, recordText } from '../../renderer/pages/access/auditText.js';

let inst: TestInstallation;
beforeEach(async () => {
  inst = await tempInstallation();
});
afterEach(() => inst.dispose());

describe('操作记录 names fields as the forms do', () => {
  it('every column of every record table has a Chinese label, and so do the account fields an entry names', async () => {
    const unnamed = ['name', 'role', 'disabled']
      .filter((c) => !/[\u4e00-\u9fff]/.test(fieldLabel('account', c)))
      .map((c) => `account.${c}`);
    for (const table of RECORD_TABLES) {
      const cols = await sql<{ name: string }>`SELECT name FROM pragma_table_info(${table})`.execute(inst.ctx.db);
      for (const { name } of cols.rows)
        if (isShownField(name) && !/[\u4e00-\u9fff]/.test(fieldLabel(table, name))) unnamed.push(`${table}.${name}`);
    }
    expect(unnamed).toEqual([]);
  });

  it('an id in a change reads as the record it names', async () => {
    const api = contractOf(inst);
    await api.ok('org.setup', SAMPLE_BRANCH);
    const group = await api.ok<{ id: string }>('groups.save', { name: '第一党小组' });
    await api.ok<MemberDetail>('members.create', person({ name: '王五', groupId: group.id }));
    const { entries, names } = await api.ok<AuditPage>('audit.search', { text: '', userName: '', limit: 50 });
    const insert = entries.find((e) => e.table === 'member' && e.action === 'insert');
    expect(changeLines(insert ?? entries[0]!, names)).toContain('党小组：第一党小组');
  });

  it('a member entry reads 联系电话 before → after, 性别 男, 流动党员 否; bookkeeping columns are left out', async () => {
    const api = contractOf(inst);
    await api.ok('org.setup', SAMPLE_BRANCH);
    const m = await api.ok<MemberDetail>('members.create', person({ name: '李四' }));
    await api.ok('members.update', { ...m.input, id: m.id, phone: '13900001111' });
    const { entries, names } = await api.ok<AuditPage>('audit.search', { text: '', userName: '', limit: 50 });
    const update = entries.find((e) => e.table === 'member' && e.action === 'update');
    const lines = changeLines(update ?? entries[0]!);
    expect(lines).toContain('联系电话：13812345678 → 13900001111');
    expect(lines.join('\n')).not.toMatch(/phone|updated_at|search_key/);

    const insert = entries.find((e) => e.table === 'member' && e.action === 'insert');
    const created = changeLines(insert ?? entries[0]!);
    expect(created).toContain('姓名：李四');
    expect(created).toContain('流动党员：否');
    expect(created).toContain('性别：男');
    expect(created).toContain('党员类别：正式党员');
    expect(created.join('\n')).not.toMatch(/[a-z]_[a-z]/);
    expect(recordText(insert ?? entries[0]!, names)).toBe('党员：李四');
  });
});

import { describe, expect, it } from 'vitest';
import type { LedgerColumnTable } from '../../../electron/api/index.js';
import { changeColumn, choicesOf, draftChanged, draftOf, moveColumn, visibleCount } from './columnDraft.js';

const table: LedgerColumnTable = {
  key: 'members',
  title: '党员',
  columns: [
    { key: 'index', title: '序号', hidden: false },
    { key: 'name', title: '姓名', hidden: false },
    { key: 'idNumber', title: '身份证号码', hidden: true },
    { key: 'phone', title: '联系电话', hidden: false },
  ],
  overrides: [
    { key: 'phone', hidden: false },
    { key: 'name', title: '名字', hidden: false },
  ],
};

const order = (t: { columns: { key: string }[] }) => t.columns.map((c) => c.key);

describe('the 调整列 draft', () => {
  it('lists the columns in print order with the saved names, defaults kept for the placeholder', () => {
    const draft = draftOf(table);
    expect(order(draft)).toEqual(['phone', 'name', 'index', 'idNumber']);
    expect(draft.columns[1]).toEqual({ key: 'name', defaultTitle: '姓名', title: '名字', hidden: false });
    expect(draft.columns[3]).toMatchObject({ key: 'idNumber', title: '', hidden: true });
    expect(visibleCount(draft.columns)).toBe(3);
  });

  it('moves a column by one place and stays put at either end', () => {
    const { columns } = draftOf(table);
    expect(moveColumn(columns, 2, -1).map((c) => c.key)).toEqual(['phone', 'index', 'name', 'idNumber']);
    expect(moveColumn(columns, 0, -1).map((c) => c.key)).toEqual(order({ columns }));
    expect(moveColumn(columns, 3, 1).map((c) => c.key)).toEqual(order({ columns }));
  });

  it('sends every column with a title only where it differs from the default', () => {
    const draft = draftOf(table);
    const edited = {
      ...draft,
      columns: changeColumn(changeColumn(draft.columns, 1, { title: ' 姓名 ' }), 3, { hidden: false }),
    };
    expect(choicesOf(edited)).toEqual([
      { key: 'phone', hidden: false },
      { key: 'name', hidden: false },
      { key: 'index', hidden: false },
      { key: 'idNumber', hidden: false },
    ]);
    expect(draftChanged(edited, table)).toBe(true);
    expect(draftChanged(draftOf(table), table)).toBe(false);
  });
});

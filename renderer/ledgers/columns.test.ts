import { describe, expect, it } from 'vitest';
import { applyColumnOverrides, columnInfo, columnPercents, columnsOverflow, type ColumnSpec } from './columns.js';

type Row = { a: string };
const columns: ColumnSpec<Row>[] = [
  { key: 'a', title: '甲', width: 2, render: (r) => r.a },
  { key: 'b', title: '乙', render: () => null },
  { key: 'c', title: '丙', render: () => null },
  { key: 'id', title: '身份证号码', hidden: true, render: () => null },
];
const keys = (cs: ColumnSpec<Row>[]) => cs.map((c) => `${c.key}:${c.title}`);

describe('applyColumnOverrides', () => {
  it('prints the default columns without overrides, leaving out those hidden by default', () => {
    expect(keys(applyColumnOverrides(columns, undefined))).toEqual(['a:甲', 'b:乙', 'c:丙']);
  });

  it('renames, hides and reorders; columns not mentioned follow in their default order', () => {
    const result = applyColumnOverrides(columns, [
      { key: 'c', title: '丙栏' },
      { key: 'a', hidden: true },
    ]);
    expect(keys(result)).toEqual(['c:丙栏', 'b:乙']);
  });

  it('can turn on a column hidden by default', () => {
    expect(keys(applyColumnOverrides(columns, [{ key: 'id', hidden: false }]))).toEqual([
      'id:身份证号码',
      'a:甲',
      'b:乙',
      'c:丙',
    ]);
  });

  it('ignores unknown keys, duplicates and blank titles', () => {
    const result = applyColumnOverrides(columns, [
      { key: 'gone' },
      { key: 'b', title: '  ' },
      { key: 'b', title: '重复' },
    ]);
    expect(keys(result)).toEqual(['b:乙', 'a:甲', 'c:丙']);
  });

  it('describes the defaults for a settings screen', () => {
    expect(columnInfo(columns)[3]).toEqual({ key: 'id', title: '身份证号码', hidden: true });
  });
});

describe('columnPercents', () => {
  it('shares the width among visible columns by their relative widths', () => {
    expect(columnPercents(applyColumnOverrides(columns, undefined))).toEqual([50, 25, 25]);
  });

  it('narrows the free-text columns first when more columns are on than the page holds', () => {
    type R = Record<string, never>;
    const wide: ColumnSpec<R>[] = [
      { key: 'date', title: '日期', width: 20, render: () => null },
      { key: 'unit', title: '工作单位', width: 40, minWidth: 20, render: () => null },
      { key: 'note', title: '备注', width: 40, minWidth: 30, render: () => null },
    ];
    expect(columnPercents(wide, 100)).toEqual([20, 40, 40]);
    expect(columnPercents(wide, 85)).toEqual([23.53, 35.29, 41.18]);
    // Beyond the free text's slack, every column shrinks alike.
    expect(columnPercents(wide, 50)).toEqual([28.57, 28.57, 42.86]);
    expect(columnsOverflow(wide, 70)).toBe(false);
    expect(columnsOverflow(wide, 69)).toBe(true);
    expect(columnsOverflow(wide, undefined)).toBe(false);
  });
});

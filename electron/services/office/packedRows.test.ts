import { describe, expect, it } from 'vitest';
import { packRows, unpackRows, type PackedRows } from './packedRows.js';

const rows = [
  { id: 'a1', member_id: 'm1', amount_fen: 3000, note: '', deleted_at: null, group: 'g1', kinds: ['branch'] },
  { id: 'a2', member_id: 'm2', amount_fen: 3000, note: '', deleted_at: null, group: null, kinds: ['group'] },
  { id: 'a3', member_id: 'm1', amount_fen: -500, note: '', deleted_at: null, group: 'g1', kinds: ['branch'] },
];

describe('rows packed column by column', () => {
  it('give back the same rows, keys in the same order', () => {
    const back = unpackRows<(typeof rows)[number]>(JSON.parse(JSON.stringify(packRows(rows))) as PackedRows);
    expect(back).toEqual(rows);
    expect(back.map((r) => Object.keys(r))).toEqual(rows.map((r) => Object.keys(r)));
    expect(unpackRows(packRows([]))).toEqual([]);
  });

  it('keep a value all rows share once, and each distinct text once', () => {
    const columns = new Map(packRows(rows).columns);
    expect(columns.get('note')).toEqual({ same: '' });
    expect(columns.get('deleted_at')).toEqual({ same: null });
    expect(columns.get('member_id')).toEqual({ texts: ['m1', 'm2'], at: [0, 1, 0] });
    expect(columns.get('group')).toEqual({ texts: ['g1', null], at: [0, 1, 0] });
    expect(columns.get('amount_fen')).toEqual({ each: [3000, 3000, -500] });
    // Lists are kept row by row, never shared between rows.
    expect(columns.get('kinds')).toEqual({ each: [['branch'], ['group'], ['branch']] });
  });
});

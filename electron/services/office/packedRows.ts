/**
 * Rows of one shape kept column by column, for the office's kept histories (statusHistory.ts):
 * a county's are read back whole each time 统计 is asked about a new past day (issue #12), and as
 * JSON objects they named every column on every row and repeated the same member ids and dates
 * hundreds of times (115 MB for 500 branches). Packed, a column whose rows all hold one value keeps
 * it once, and a column of texts (or nulls) keeps each distinct one once with a small number per row.
 */
type Value = string | number | boolean | null | readonly unknown[] | object;

type Column =
  /** Every row holds this value. */
  | { same: Value }
  /** Each row's text (or null) is `texts[at[i]]`. */
  | { texts: (string | null)[]; at: number[] }
  /** Each row's own value. */
  | { each: Value[] };

export interface PackedRows {
  n: number;
  /** In the rows' own key order, so that an unpacked row lists its keys as the original did. */
  columns: [string, Column][];
}

function packColumn(values: readonly Value[]): Column {
  const first = values[0] as Value;
  if ((first === null || typeof first !== 'object') && values.every((v) => v === first)) return { same: first };
  if (!values.every((v) => v === null || typeof v === 'string')) return { each: [...values] };
  const index = new Map<string | null, number>();
  const at = (values as (string | null)[]).map((v) => {
    const known = index.get(v);
    if (known !== undefined) return known;
    index.set(v, index.size);
    return index.size - 1;
  });
  return { texts: [...index.keys()], at };
}

/** Packs rows that share their keys (rows of one query): the first row's keys name the columns. */
export function packRows<T extends object>(rows: readonly T[]): PackedRows {
  const keys = rows.length ? Object.keys(rows[0] as object) : [];
  return {
    n: rows.length,
    columns: keys.map((k) => [k, packColumn(rows.map((r) => (r as Record<string, Value>)[k] as Value))]),
  };
}

/** A column's value for every row. */
function expand(c: Column, n: number): readonly unknown[] {
  if ('same' in c) return new Array<unknown>(n).fill(c.same);
  if ('texts' in c) return c.at.map((i) => c.texts[i]);
  return c.each;
}

type MakeRow = (values: readonly (readonly unknown[])[], i: number) => object;

/** One row maker per column list: a county's histories share a handful (one per kind of row). */
const makers = new Map<string, MakeRow>();

/**
 * A function building row `i` as one object literal of the keys: a county's past day unpacks
 * ~450,000 rows, and assigning their keys one by one took five times as long (issue #12). Each key
 * is written as a JSON string literal and each value is read by position, so no text of the rows
 * ever becomes code.
 */
function rowMaker(keys: readonly string[]): MakeRow {
  const signature = JSON.stringify(keys);
  const known = makers.get(signature);
  if (known) return known;
  const fields = keys.map((k, j) => `${JSON.stringify(k)}: v[${j}][i]`).join(', ');
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- built from JSON string literals, see above
  const made = new Function('v', 'i', `return { ${fields} };`) as MakeRow;
  makers.set(signature, made);
  return made;
}

/** The rows `packRows` was given, key for key. */
export function unpackRows<T>(packed: PackedRows): T[] {
  const make = rowMaker(packed.columns.map(([k]) => k));
  const values = packed.columns.map(([, c]) => expand(c, packed.n));
  const out = new Array<T>(packed.n);
  for (let i = 0; i < packed.n; i += 1) out[i] = make(values, i) as T;
  return out;
}

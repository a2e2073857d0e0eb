import type { Kysely } from 'kysely';
import { findSetting } from '../../../db/queries/settings.js';
import { insertRecord, updateRecord } from '../../../db/records.js';
import type { Database } from '../../../db/schema.js';
import { arrangeColumns, type ColumnOverride, type ColumnOverrides } from '../../../renderer/ledgers/columns.js';
import { LEDGER_TABLES, LEDGER_TITLES, type LedgerTableInfo } from '../../../renderer/ledgers/index.js';
import type { FieldIssue } from '../../api/errors.js';
import type { LedgerColumns, LedgerId, ParsedInput } from '../../api/index.js';
import type { ServiceContext } from '../context.js';
import { invalid } from '../errors.js';
import { inTransaction } from '../tx.js';

/**
 * Every ledger's column settings live in one synced setting row, `{ ledgerId: { tableKey:
 * overrides } }`, next to the branch settings (settings.ts) so a county's settings bundle can
 * carry them too.
 */
const KEY = 'ledger_columns';

type Stored = Partial<Record<LedgerId, ColumnOverrides>>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function parseOverride(v: unknown): ColumnOverride | null {
  if (!isObject(v) || typeof v.key !== 'string') return null;
  return {
    key: v.key,
    ...(typeof v.title === 'string' ? { title: v.title } : {}),
    ...(typeof v.hidden === 'boolean' ? { hidden: v.hidden } : {}),
  };
}

/**
 * Reads the row leniently: the value may come from another installation or a newer version,
 * and a malformed part must cost only that table its settings, never the printing.
 */
function parseStored(text: string): Stored {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {};
  }
  if (!isObject(raw)) return {};
  const stored: Stored = {};
  for (const [ledger, tables] of Object.entries(raw)) {
    if (!Object.hasOwn(LEDGER_TABLES, ledger) || !isObject(tables)) continue;
    const parsed: ColumnOverrides = {};
    for (const [table, list] of Object.entries(tables))
      if (Array.isArray(list)) parsed[table] = list.map(parseOverride).filter((o) => o !== null);
    stored[ledger as LedgerId] = parsed;
  }
  return stored;
}

async function readStored(db: Kysely<Database>): Promise<Stored> {
  const row = await findSetting(db, KEY);
  return row ? parseStored(row.value) : {};
}

/** The user's column settings for one ledger, as its data object carries them to the printer. */
export async function ledgerColumnOverrides(db: Kysely<Database>, ledger: LedgerId): Promise<ColumnOverrides> {
  return (await readStored(db))[ledger] ?? {};
}

function view(ledger: LedgerId, overrides: ColumnOverrides): LedgerColumns {
  return {
    ledger,
    tables: Object.entries(LEDGER_TABLES[ledger]).map(([key, t]) => ({
      key,
      title: t.title,
      columns: t.columns,
      overrides: overrides[key] ?? [],
    })),
  };
}

export async function ledgerColumns(ctx: ServiceContext, input: ParsedInput<'ledger.columns'>): Promise<LedgerColumns> {
  return view(input.ledger, await ledgerColumnOverrides(ctx.db, input.ledger));
}

/** The table of the ledger, or a refusal that names both in the user's words. */
function tableOf(ledger: LedgerId, table: string): LedgerTableInfo {
  const found = Object.hasOwn(LEDGER_TABLES[ledger], table) ? LEDGER_TABLES[ledger][table] : undefined;
  if (found) return found;
  const message = Object.keys(LEDGER_TABLES[ledger]).length
    ? `${LEDGER_TITLES[ledger]}中没有表格“${table}”`
    : `${LEDGER_TITLES[ledger]}没有可以调整的列`;
  throw invalid([{ field: 'table', message }]);
}

/**
 * Unknown columns are refused rather than dropped, so the user never believes a change was
 * saved that cannot print; so is a table left with nothing to print, counting the columns the
 * list leaves out at their defaults.
 */
function checkColumns(info: LedgerTableInfo, columns: readonly ColumnOverride[]): void {
  const known = new Set(info.columns.map((c) => c.key));
  const issues: FieldIssue[] = columns.flatMap((c, i) =>
    known.has(c.key) ? [] : [{ field: `columns.${i}.key`, message: `${info.title}表中没有列“${c.key}”` }],
  );
  if (issues.length) throw invalid(issues);
  if (arrangeColumns(info.columns, columns).every((c) => c.hidden))
    throw invalid([{ field: 'columns', message: '至少要显示一列' }]);
}

/**
 * Keeps only what differs in wording: a title left blank or set back to the default is no
 * rename, so a later version's better default heading still reaches this user.
 */
function normalised(info: LedgerTableInfo, columns: readonly ColumnOverride[]): ColumnOverride[] {
  const defaults = new Map(info.columns.map((c) => [c.key, c]));
  return columns.map((c) => {
    const title = c.title?.trim();
    const renamed = title && title !== defaults.get(c.key)?.title ? { title } : {};
    return { key: c.key, ...renamed, ...(c.hidden === undefined ? {} : { hidden: c.hidden }) };
  });
}

/** Rewrites the one settings row (read and write in one transaction, so no save is lost). */
async function updateStored(
  ctx: ServiceContext,
  ledger: LedgerId,
  change: (current: ColumnOverrides) => ColumnOverrides,
): Promise<LedgerColumns> {
  return inTransaction(ctx, async (tx, stamp) => {
    const row = await findSetting(tx, KEY);
    const stored = row ? parseStored(row.value) : {};
    const next = change(stored[ledger] ?? {});
    const all: Stored = { ...stored, [ledger]: next };
    if (Object.keys(next).length === 0) delete all[ledger];
    const value = JSON.stringify(all);
    // Resetting what is already the default writes nothing, so it sends nothing to sync either.
    if (value === JSON.stringify(stored)) return view(ledger, next);
    if (row) await updateRecord(tx, stamp, 'setting', row.id, { value });
    else await insertRecord(tx, stamp, 'setting', { key: KEY, value });
    return view(ledger, next);
  });
}

export async function saveLedgerColumns(
  ctx: ServiceContext,
  input: ParsedInput<'ledger.saveColumns'>,
): Promise<LedgerColumns> {
  const info = tableOf(input.ledger, input.table);
  checkColumns(info, input.columns);
  const columns = normalised(info, input.columns);
  return updateStored(ctx, input.ledger, (current) => ({ ...current, [input.table]: columns }));
}

export async function resetLedgerColumns(
  ctx: ServiceContext,
  input: ParsedInput<'ledger.resetColumns'>,
): Promise<LedgerColumns> {
  const { table } = input;
  if (table !== undefined) tableOf(input.ledger, table);
  return updateStored(ctx, input.ledger, (current) =>
    table === undefined ? {} : Object.fromEntries(Object.entries(current).filter(([key]) => key !== table)),
  );
}

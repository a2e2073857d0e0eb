import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { findSetting } from '../../../db/queries/settings.js';
import { insertRecord, updateRecord } from '../../../db/records.js';
import type { Database } from '../../../db/schema.js';
import type { CountySettings, CountyValues } from '../../api/county.js';
import type { ParsedInput } from '../../api/index.js';
import { ACTIVITY_KINDS, FREQUENCIES, type ActivityKind, type Frequency } from '../../api/meetingOptions.js';
import { COUNTY_KEYS, DEFAULT_SETTINGS, settingFields, type CountyKey, type Settings } from '../../api/settings.js';
import { addAudience, EVERY_BRANCH } from '../../sync/audience.js';
import { requireOffice } from '../approvals/office.js';
import type { ServiceContext } from '../context.js';
import { inTransaction } from '../tx.js';
import { parseHistory, recordChange, type History } from './history.js';

/**
 * The county's fixed settings: one setting row on the office, addressed to every branch
 * (like the directory), which each branch merges over its own (settings.ts).
 */
const KEY = 'county';

type Value = string | number;
type FrequencyKey = Extract<CountyKey, `frequencies.${string}`>;

const isFrequency = (key: CountyKey): key is FrequencyKey => key.startsWith('frequencies.');
const kindOf = (key: FrequencyKey) => key.slice('frequencies.'.length) as ActivityKind;

export function valueAt(s: CountyValues, key: CountyKey): Value {
  return isFrequency(key) ? s.frequencies[kindOf(key)] : s[key];
}

export function withValue<S extends CountyValues>(s: S, key: CountyKey, value: Value): S {
  if (isFrequency(key)) return { ...s, frequencies: { ...s.frequencies, [kindOf(key)]: value } };
  return { ...s, [key]: value };
}

function schemaOf(key: CountyKey): z.ZodType {
  return isFrequency(key) ? settingFields.frequencies.shape[kindOf(key)] : settingFields[key];
}

const DEFAULT_VALUES: CountyValues = {
  frequencies: DEFAULT_SETTINGS.frequencies,
  lateAfterDays: DEFAULT_SETTINGS.lateAfterDays,
  excellentMaxPercent: DEFAULT_SETTINGS.excellentMaxPercent,
  farmerDuesFen: DEFAULT_SETTINGS.farmerDuesFen,
  duesRounding: DEFAULT_SETTINGS.duesRounding,
};

/**
 * Reads the row leniently, key by key: a newer office may fix settings this version does not
 * know, and a branch must still apply the ones it does rather than refuse them all.
 */
function parseCounty(text: string): CountySettings {
  let raw: { values?: unknown; fixed?: unknown };
  try {
    raw = JSON.parse(text) as typeof raw;
  } catch {
    return { values: DEFAULT_VALUES, fixed: [] };
  }
  if (typeof raw !== 'object' || raw === null) return { values: DEFAULT_VALUES, fixed: [] };
  let values = DEFAULT_VALUES;
  const saved = (typeof raw.values === 'object' && raw.values !== null ? raw.values : {}) as Partial<CountyValues>;
  for (const key of COUNTY_KEYS) {
    const v = isFrequency(key) ? saved.frequencies?.[kindOf(key)] : saved[key];
    const ok = schemaOf(key).safeParse(v);
    if (ok.success) values = withValue(values, key, ok.data as Value);
  }
  const fixed = Array.isArray(raw.fixed) ? raw.fixed : [];
  return { values, fixed: COUNTY_KEYS.filter((k) => fixed.includes(k)) };
}

/** Per activity, since when the county fixed which frequency (null: not fixed). */
export type CountyHistory = Partial<Record<ActivityKind, History<Frequency | null>>>;

const isFixedFrequency = (v: unknown): v is Frequency | null =>
  v === null || (FREQUENCIES as readonly unknown[]).includes(v);

function parseCountyHistory(text: string): CountyHistory {
  let raw: unknown;
  try {
    raw = (JSON.parse(text) as { history?: unknown }).history;
  } catch {
    return {};
  }
  const saved = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const out: CountyHistory = {};
  for (const kind of ACTIVITY_KINDS) {
    const h = parseHistory(saved[kind], isFixedFrequency);
    if (h.length) out[kind] = h;
  }
  return out;
}

export async function readCounty(db: Kysely<Database>): Promise<CountySettings> {
  const row = await findSetting(db, KEY);
  return row ? parseCounty(row.value) : { values: DEFAULT_VALUES, fixed: [] };
}

/** The county's settings with, per frequency, since when its rule applies. */
export async function readCountyWithHistory(
  db: Kysely<Database>,
): Promise<{ county: CountySettings; history: CountyHistory }> {
  const row = await findSetting(db, KEY);
  if (!row) return { county: { values: DEFAULT_VALUES, fixed: [] }, history: {} };
  return { county: parseCounty(row.value), history: parseCountyHistory(row.value) };
}

/** The frequency the county fixes for an activity, or null while it leaves it to the branch. */
export function fixedFrequency(county: CountySettings, kind: ActivityKind): Frequency | null {
  return county.fixed.includes(`frequencies.${kind}`) ? county.values.frequencies[kind] : null;
}

/** The settings in force: the county's fixed values over the given ones. */
export function applyFixed(s: Settings, county: CountySettings): Settings {
  return county.fixed.reduce((out, key) => withValue(out, key, valueAt(county.values, key)), s);
}

export async function getCounty(ctx: ServiceContext): Promise<CountySettings> {
  await requireOffice(ctx, '统一规定支部设置');
  return readCounty(ctx.db);
}

export async function saveCounty(ctx: ServiceContext, input: ParsedInput<'county.save'>): Promise<CountySettings> {
  await requireOffice(ctx, '统一规定支部设置');
  const next: CountySettings = { values: input.values, fixed: COUNTY_KEYS.filter((k) => input.fixed.includes(k)) };
  return inTransaction(ctx, async (tx, stamp) => {
    const row = await findSetting(tx, KEY);
    // A fixed frequency applies from the day the office saved it (the calendar, not earlier months).
    const before = row ? parseCounty(row.value) : { values: DEFAULT_VALUES, fixed: [] };
    const old = row ? parseCountyHistory(row.value) : {};
    const history: CountyHistory = {};
    for (const kind of ACTIVITY_KINDS) {
      const h = recordChange(
        old[kind] ?? [],
        ctx.clock.today(),
        fixedFrequency(before, kind),
        fixedFrequency(next, kind),
      );
      if (h.length) history[kind] = h;
    }
    const value = JSON.stringify(Object.keys(history).length ? { ...next, history } : next);
    // An unchanged save writes nothing, so no bundle carries it again.
    if (row?.value === value) return next;
    const id = row ? row.id : await insertRecord(tx, stamp, 'setting', { key: KEY, value });
    if (row) await updateRecord(tx, stamp, 'setting', id, { value });
    await addAudience(tx, 'setting', id, EVERY_BRANCH);
    return next;
  });
}

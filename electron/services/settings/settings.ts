import type { Kysely } from 'kysely';
import { findSetting } from '../../../db/queries/settings.js';
import { insertRecord, updateRecord } from '../../../db/records.js';
import type { Database } from '../../../db/schema.js';
import type { ParsedInput } from '../../api/index.js';
import { COUNTY_KEY_LABELS, DEFAULT_SETTINGS, type Settings, type SettingsView } from '../../api/settings.js';
import type { ServiceContext } from '../context.js';
import { invalid } from '../errors.js';
import { inTransaction } from '../tx.js';
import { ACTIVITY_KINDS, FREQUENCIES, type ActivityKind, type Frequency } from '../../api/meetingOptions.js';
import { applyFixed, fixedFrequency, readCounty, readCountyWithHistory, valueAt, withValue } from './county.js';
import { combine, parseHistory, recordChange, type History, type Schedule } from './history.js';

/** All branch settings live in one synced record, merged over the DOMAIN.md defaults. */
const KEY = 'branch';

/** Per activity, since when the branch's own frequency applies (settings/history.ts). */
type OwnHistory = Partial<Record<ActivityKind, History<Frequency>>>;

const isFrequency = (v: unknown): v is Frequency => (FREQUENCIES as readonly unknown[]).includes(v);

/** The branch's own choices over the defaults, before the county's fixed values. */
async function ownSettings(db: Kysely<Database>): Promise<Settings> {
  return (await ownWithHistory(db)).settings;
}

async function ownWithHistory(db: Kysely<Database>): Promise<{ settings: Settings; history: OwnHistory }> {
  const row = await findSetting(db, KEY);
  if (!row) return { settings: DEFAULT_SETTINGS, history: {} };
  const { history: raw, ...saved } = JSON.parse(row.value) as Partial<Settings> & { history?: Record<string, unknown> };
  const history: OwnHistory = {};
  for (const kind of ACTIVITY_KINDS) {
    const h = parseHistory(raw?.[kind], isFrequency);
    if (h.length) history[kind] = h;
  }
  return {
    settings: {
      ...DEFAULT_SETTINGS,
      ...saved,
      frequencies: { ...DEFAULT_SETTINGS.frequencies, ...saved.frequencies },
    },
    history,
  };
}

/**
 * Each activity's frequency over time, for the 组织生活 calendar: a rule applies from the day it
 * was set (by the county, or by the branch itself), never to the months before.
 */
export async function readSchedule(db: Kysely<Database>): Promise<Schedule> {
  const [{ county, history: countyHistory }, own] = await Promise.all([readCountyWithHistory(db), ownWithHistory(db)]);
  return Object.fromEntries(
    ACTIVITY_KINDS.map((kind) => [
      kind,
      combine(
        countyHistory[kind] ?? [],
        fixedFrequency(county, kind),
        own.history[kind] ?? [],
        own.settings.frequencies[kind],
      ),
    ]),
  ) as Schedule;
}

/** The settings in force: defaults < the branch's own < what the county fixed. */
export async function readSettings(db: Kysely<Database>): Promise<Settings> {
  return (await settingsView(db)).settings;
}

async function settingsView(db: Kysely<Database>) {
  const county = await readCounty(db);
  return { settings: applyFixed(await ownSettings(db), county), fixed: county.fixed };
}

export async function getSettings(db: Kysely<Database>): Promise<SettingsView> {
  const { settings, fixed } = await settingsView(db);
  return { ...settings, fixedByCounty: fixed };
}

/**
 * Saves the branch's own choices. A setting the county fixed cannot be changed: the form sends
 * it back unchanged (accepted, and not stored as the branch's own), any other value is refused.
 * The branch's earlier own value stays underneath, should the county release it again.
 */
export async function updateSettings(
  ctx: ServiceContext,
  input: ParsedInput<'settings.update'>,
): Promise<SettingsView> {
  if (input.duesStartMonth && input.duesStartMonth > ctx.clock.today().slice(0, 7))
    throw invalid([{ field: 'duesStartMonth', message: '党费开始记账月份不能晚于本月' }]);
  return inTransaction(ctx, async (tx, stamp) => {
    const county = await readCounty(tx);
    const { settings: current, history } = await ownWithHistory(tx);
    const asked: Settings = {
      ...current,
      ...(input.attachmentsEnabled === undefined ? {} : { attachmentsEnabled: input.attachmentsEnabled }),
      ...(input.lateAfterDays === undefined ? {} : { lateAfterDays: input.lateAfterDays }),
      ...(input.excellentMaxPercent === undefined ? {} : { excellentMaxPercent: input.excellentMaxPercent }),
      ...(input.duesRounding === undefined ? {} : { duesRounding: input.duesRounding }),
      ...(input.farmerDuesFen === undefined ? {} : { farmerDuesFen: input.farmerDuesFen }),
      ...(input.duesStartMonth === undefined ? {} : { duesStartMonth: input.duesStartMonth }),
      frequencies: { ...current.frequencies, ...input.frequencies },
    };
    const changedFixed = county.fixed.filter(
      (k) => valueAt(asked, k) !== valueAt(current, k) && valueAt(asked, k) !== valueAt(county.values, k),
    );
    if (changedFixed.length)
      throw invalid(changedFixed.map((k) => ({ field: k, message: `${COUNTY_KEY_LABELS[k]}由上级党委统一规定` })));
    const next = county.fixed.reduce((s, k) => withValue(s, k, valueAt(current, k)), asked);
    // A changed frequency applies from today on; the calendar keeps the earlier one before.
    const nextHistory: OwnHistory = {};
    for (const kind of ACTIVITY_KINDS) {
      const h = recordChange(history[kind] ?? [], ctx.clock.today(), current.frequencies[kind], next.frequencies[kind]);
      if (h.length) nextHistory[kind] = h;
    }
    const row = await findSetting(tx, KEY);
    const value = JSON.stringify(Object.keys(nextHistory).length ? { ...next, history: nextHistory } : next);
    if (row) await updateRecord(tx, stamp, 'setting', row.id, { value });
    else await insertRecord(tx, stamp, 'setting', { key: KEY, value });
    return { ...applyFixed(next, county), fixedByCounty: county.fixed };
  });
}

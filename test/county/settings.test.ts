import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CountySettings } from '../../electron/api/county.js';
import { DEFAULT_SETTINGS, type SettingsView } from '../../electron/api/settings.js';
import { readSettings } from '../../electron/services/settings/settings.js';
import { countyPair, type CountyPair } from './support.js';

let pair: CountyPair;

beforeEach(async () => {
  pair = await countyPair();
});
afterEach(async () => pair.dispose());

const { duesRounding, excellentMaxPercent, farmerDuesFen, frequencies, lateAfterDays } = DEFAULT_SETTINGS;
const defaults = { frequencies, lateAfterDays, excellentMaxPercent, farmerDuesFen, duesRounding };

/** The office fixes 党课 monthly and 农民党费 0.50 元 (and chooses, but does not fix, 补录 60 days). */
const countyRules = {
  values: { ...defaults, frequencies: { ...frequencies, lecture: 'month' }, farmerDuesFen: 50, lateAfterDays: 60 },
  fixed: ['farmerDuesFen', 'frequencies.lecture'],
};

describe('settings the county fixes for every branch', () => {
  it('reach the branch in the next bundle, override its own choice, and cannot be changed there', async () => {
    await pair.b.ok('settings.update', { frequencies: { lecture: 'half' }, lateAfterDays: 20 });
    await pair.toOffice();
    const saved = await pair.o.ok<CountySettings>('county.save', countyRules);
    // Kept in the order of the settings pages, whatever order the form sent.
    expect(saved.fixed).toEqual(['frequencies.lecture', 'farmerDuesFen']);
    expect(await pair.o.ok<CountySettings>('county.get', {})).toEqual(saved);
    await pair.toBranch();

    const shown = await pair.b.ok<SettingsView>('settings.get', {});
    expect(shown).toMatchObject({ farmerDuesFen: 50, lateAfterDays: 20, fixedByCounty: saved.fixed });
    expect(shown.frequencies).toMatchObject({ lecture: 'month', congress: 'quarter' });
    // Everything that reads settings (the 组织生活 calendar, 党费) follows the county's rule.
    expect((await readSettings(pair.branch.ctx.db)).frequencies.lecture).toBe('month');

    expect(await pair.b.refusal('settings.update', { frequencies: { lecture: 'quarter' } })).toMatchObject({
      field: 'frequencies.lecture',
      message: '党课频次由上级党委统一规定',
    });
    expect(await pair.b.refusal('settings.update', { farmerDuesFen: 30 })).toMatchObject({
      field: 'farmerDuesFen',
      message: '农民党员每月党费由上级党委统一规定',
    });
    // The settings page sends every field back, the fixed ones unchanged: that is accepted.
    const next = await pair.b.ok<SettingsView>('settings.update', { ...shown, lateAfterDays: 45 });
    expect(next).toMatchObject({ lateAfterDays: 45, farmerDuesFen: 50, frequencies: { lecture: 'month' } });

    // Released by the county, the branch's own earlier choice applies again.
    await pair.o.ok('county.save', { ...countyRules, fixed: ['farmerDuesFen'] });
    await pair.toBranch();
    const released = await pair.b.ok<SettingsView>('settings.get', {});
    expect(released).toMatchObject({ fixedByCounty: ['farmerDuesFen'], frequencies: { lecture: 'half' } });
  });

  it('are the office’s alone: a branch cannot read or fix them, and bad values are named in Chinese', async () => {
    expect(await pair.b.refusal('county.get', {})).toMatchObject({
      code: 'FORBIDDEN',
      message: '只有上级党委可以统一规定支部设置',
    });
    expect(await pair.b.refusal('county.save', countyRules)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await pair.b.ok<SettingsView>('settings.get', {})).toMatchObject({ fixedByCounty: [] });

    expect(await pair.o.ok<CountySettings>('county.get', {})).toEqual({ values: defaults, fixed: [] });
    const bad = (values: object, fixed: string[] = []) =>
      pair.o.refusal('county.save', { values: { ...defaults, ...values }, fixed });
    expect(await bad({ lateAfterDays: 3 })).toMatchObject({
      field: 'values.lateAfterDays',
      message: '补录天数不少于 7 天',
    });
    expect(await bad({ frequencies: { ...frequencies, lecture: 'weekly' } })).toMatchObject({
      field: 'values.frequencies.lecture',
      message: '请选择党课频次',
    });
    expect(await bad({ farmerDuesFen: 500 })).toMatchObject({
      message: '农民党员每月交纳 0.20–1.00 元，5.00 元不在此范围内',
    });
    expect(await bad({}, ['attachmentsEnabled'])).toMatchObject({
      field: 'fixed.0',
      message: '请选择统一规定的项目',
    });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_YEAR_TEXT } from '../../../renderer/ledgers/index.js';
import { tempInstallation, type TestInstallation } from '../../../test/support/temp.js';
import { appraisalLedgerData, meetingsLedgerData, orgLifeLedgerData, talksLedgerData } from './meetingsData.js';
import { FIXTURE_TODAY, FIXTURE_YEAR, LATE_MEETING_RECORDED_ON, seedMeetingsYear } from './meetingsFixture.js';
import { buildLedger } from './render.js';

let inst: TestInstallation;
beforeEach(async () => {
  inst = await tempInstallation({ today: FIXTURE_TODAY });
  await seedMeetingsYear(inst.ctx);
});
afterEach(async () => inst.dispose());

describe('三会一课记录 data', () => {
  it('gathers every meeting of the year in full, in the order held, late ones marked', async () => {
    const data = await meetingsLedgerData(inst.ctx, FIXTURE_YEAR);
    expect(data).toMatchObject({
      ledger: 'meetings',
      year: 2026,
      printedOn: FIXTURE_TODAY,
      orgName: '中共东风村支部委员会',
    });
    expect(data.meetings.map((m) => `${m.heldOn} ${m.kind}`)).toEqual([
      '2026-01-08 committee',
      '2026-01-15 congress',
      '2026-03-12 group',
      '2026-04-10 lecture',
      '2026-05-05 theme_day',
      '2026-06-20 committee',
      '2026-11-28 org_life',
      '2026-12-05 appraisal',
    ]);
    expect(data.meetings.filter((m) => m.late).map((m) => [m.heldOn, m.recordedOn])).toEqual([
      ['2026-06-20', LATE_MEETING_RECORDED_ON],
    ]);
    const congress = data.meetings[1];
    expect(congress?.input.votes).toHaveLength(2);
    expect(congress?.counts).toMatchObject({
      expected: 9,
      present: 7,
      votingExpected: 8,
      votingPresent: 6,
      quorumMet: true,
    });
    expect(data.meetings[6]?.input.rectifications).toHaveLength(3);
    const group = data.meetings[2];
    expect(group?.groupName).toBe('第一党小组');
    expect(data.groupLeaders[group?.groupId ?? '']).toBe('李秀英');
  });

  it('lists the people of each meeting in roster order (党小组, then 入党时间)', async () => {
    const data = await meetingsLedgerData(inst.ctx, FIXTURE_YEAR);
    const names = data.meetings[1]?.attendanceLines.map((a) => a.name);
    // Both groups, first group first; the probationer, who joined last, ends her group.
    expect(names?.slice(0, 4).sort()).toEqual(['刘芳', '张伟', '李秀英', '王建国'].sort());
    expect(names?.at(-1)).toBe('吴晓燕');
  });

  it('renders through ledger.render with the 补录 line, the votes and the sign-in sheets', async () => {
    const doc = await buildLedger(inst.ctx, { ledger: 'meetings', year: FIXTURE_YEAR });
    expect(doc).toMatchObject({ title: '三会一课记录', orientation: 'portrait', headerRight: '2026年度' });
    expect(doc.html).toContain('补录：本记录于 2026年9月1日 录入');
    expect(doc.html).toContain('1．东风村茶园提质增效项目：赞成 5 票，反对 0 票，弃权 1 票。');
    expect(doc.html).toContain('2026年11月 组织生活会整改清单');
    // 8 records, 8 sign-in sheets, 1 整改清单.
    expect(doc.html.match(/<section class="record new-page">/g)).toHaveLength(17);
  });

  it('prints an empty year as a clean page', async () => {
    const doc = await buildLedger(inst.ctx, { ledger: 'meetings', year: 2025 });
    expect(doc.html).toContain(EMPTY_YEAR_TEXT);
  });
});

describe('组织生活台账, 民主评议 and 谈心谈话 data', () => {
  it('gives the org-life register the same meetings', async () => {
    const data = await orgLifeLedgerData(inst.ctx, FIXTURE_YEAR);
    expect(data.meetings).toHaveLength(8);
    const doc = await buildLedger(inst.ctx, { ledger: 'org-life', year: FIXTURE_YEAR });
    expect(doc.orientation).toBe('landscape');
    expect(doc.html).toContain('全年共记录活动 8 次，其中补录 1 次');
  });

  it('takes the appraisal results and ballot names from the year’s 民主评议', async () => {
    const data = await appraisalLedgerData(inst.ctx, FIXTURE_YEAR);
    expect(data.appraisals).toHaveLength(1);
    expect(data.appraisals[0]?.gradeLines).toHaveLength(8);
    expect(data.ballotNames).toHaveLength(8);
    expect(data.ballotNames).not.toContain('周海涛');
    const doc = await buildLedger(inst.ctx, { ledger: 'appraisal', year: FIXTURE_YEAR });
    expect(doc.html).toContain('共评议党员 8 名：优秀 2 名，合格 5 名，基本合格 1 名，不合格 0 名。');
    expect(doc.html).toContain('限期改正');
  });

  it('puts the whole current roster on the ballot before any appraisal', async () => {
    const data = await appraisalLedgerData(inst.ctx, 2025);
    expect(data.appraisals).toEqual([]);
    expect(data.ballotNames).toHaveLength(9);
    expect(data.ballotNames).toContain('周海涛');
  });

  it('gathers the year’s talks, oldest first, the late one marked', async () => {
    const data = await talksLedgerData(inst.ctx, FIXTURE_YEAR);
    expect(data.talks.map((t) => [t.talkee, t.late])).toEqual([
      ['张伟', false],
      ['吴晓燕', false],
      ['周海涛', true],
    ]);
    const doc = await buildLedger(inst.ctx, { ledger: 'talks', year: FIXTURE_YEAR });
    expect(doc.html).toContain('补录：本记录于 2026年10月30日 录入');
    expect(doc.html.match(/<section class="record new-page">/g)).toHaveLength(2);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { officeIndexes } from '../../db/migrations/0014-office-indexes.js';
import { officeAndBranch } from '../sync/support.js';
import type { TestInstallation } from '../support/temp.js';

const BRANCH_ONLY = ['meeting_attendance_meeting', 'meeting_attendance_member'];

let open: TestInstallation[] = [];
afterEach(async () => {
  for (const i of open) await i.dispose();
  open = [];
});

function indexesOf(inst: TestInstallation): string[] {
  return (
    inst.database.sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'meeting_attendance'")
      .pluck()
      .all() as string[]
  ).sort();
}

describe('indexes only a branch uses', () => {
  it('an office is set up without them; a branch keeps them', async () => {
    const { office, branch } = await officeAndBranch();
    open = [office, branch];
    expect(indexesOf(branch)).toEqual(expect.arrayContaining(BRANCH_ONLY));
    expect(indexesOf(office).filter((n) => BRANCH_ONLY.includes(n))).toEqual([]);
    // The 参会 rows keep their own key.
    expect(indexesOf(office)).toEqual(['sqlite_autoindex_meeting_attendance_1']);
  });

  it('the migration drops them from an office set up before it, and leaves a branch alone', async () => {
    const { office, branch } = await officeAndBranch();
    open = [office, branch];
    office.database.sqlite.exec(`
      CREATE INDEX meeting_attendance_meeting ON meeting_attendance (meeting_id);
      CREATE INDEX meeting_attendance_member ON meeting_attendance (member_id);
    `);
    officeIndexes.up(office.database.sqlite);
    officeIndexes.up(branch.database.sqlite);
    expect(indexesOf(office).filter((n) => BRANCH_ONLY.includes(n))).toEqual([]);
    expect(indexesOf(branch)).toEqual(expect.arrayContaining(BRANCH_ONLY));
  });
});

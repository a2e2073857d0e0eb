import type { Migration } from './types.js';

/**
 * Indexes a branch needs and an office does not: 参会 rows by meeting and by member serve the
 * branch's own meeting pages, while an office reads a branch's 参会 only through the lens, which
 * copies them by id (db/queries/branchLens.ts), and never deletes a meeting or member. On a county
 * office they were a sixth of the file and two of the three B-trees each 参会 row is written into
 * on import (issue #13). An office set up later drops them at setup (db/queries/officeIndexes.ts).
 */
export const BRANCH_ONLY_INDEXES = ['meeting_attendance_meeting', 'meeting_attendance_member'] as const;

export const officeIndexes: Migration = {
  version: 14,
  name: 'office-indexes',
  up(db) {
    const mode = db
      .prepare(
        `SELECT mode FROM organization
         WHERE id = (SELECT value FROM local_meta WHERE key = 'org_id') AND deleted_at IS NULL`,
      )
      .pluck()
      .get();
    if (mode !== 'office') return;
    for (const index of BRANCH_ONLY_INDEXES) db.exec(`DROP INDEX IF EXISTS ${index}`);
  },
};

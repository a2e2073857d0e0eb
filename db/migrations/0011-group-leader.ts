import type { Migration } from './types.js';

export const groupLeader: Migration = {
  // Version 11 once merged after migration 10 (lean); the lead renumbers it at the merge.
  // Standing alone on this branch it is the tenth step, because version equals the array position.
  version: 10,
  name: 'group-leader',
  up(db) {
    db.exec(`
      -- 任职时间 of the current 党小组长, printed on the 基本情况登记表. A row from a peer that
      -- predates this column arrives without it and leaves the stored date as it is.
      ALTER TABLE party_group ADD COLUMN leader_since TEXT;
    `);
  },
};

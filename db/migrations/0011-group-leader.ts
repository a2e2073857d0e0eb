import type { Migration } from './types.js';

export const groupLeader: Migration = {
  version: 11,
  name: 'group-leader',
  up(db) {
    db.exec(`
      -- 任职时间 of the current 党小组长, printed on the 基本情况登记表. A row from a peer that
      -- predates this column arrives without it and leaves the stored date as it is.
      ALTER TABLE party_group ADD COLUMN leader_since TEXT;
    `);
  },
};

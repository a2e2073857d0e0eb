import type { Migration } from './types.js';

export const committeeTerms: Migration = {
  version: 13,
  name: 'committee-terms',
  up(db) {
    db.exec(`
      -- A committee seat becomes a term: held from started_on (NULL: start unknown) until
      -- ended_on, the day its successor took over (NULL: still held). Existing seats are the
      -- current committee, so they become open terms from their recorded 任职时间 as they stand.
      -- A row from a peer that predates this column arrives without it and leaves the stored
      -- end as it is.
      ALTER TABLE committee_member ADD COLUMN ended_on TEXT;
    `);
  },
};

import { RECORD_COLUMNS, type Migration } from './types.js';

export const development: Migration = {
  version: 5,
  name: 'development',
  up(db) {
    db.exec(`
      -- A person in the 发展党员 pipeline; once approved they are also a roster member.
      CREATE TABLE dev_person (${RECORD_COLUMNS},
        name TEXT NOT NULL,
        gender TEXT NOT NULL CHECK (gender IN ('male', 'female')),
        ethnicity TEXT NOT NULL,
        id_number TEXT NOT NULL,
        birth_date TEXT NOT NULL,
        education TEXT NOT NULL DEFAULT '',
        occupation TEXT NOT NULL DEFAULT '',
        work_unit TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        group_id TEXT REFERENCES party_group (id),
        note TEXT NOT NULL DEFAULT '',
        member_id TEXT REFERENCES member (id),
        cancelled_on TEXT,
        extended_months INTEGER
      ) STRICT;
      CREATE UNIQUE INDEX dev_person_id_number ON dev_person (id_number) WHERE deleted_at IS NULL;

      -- One dated record per step (考察 may repeat), with the step's own fields as JSON.
      CREATE TABLE dev_step (${RECORD_COLUMNS},
        person_id TEXT NOT NULL REFERENCES dev_person (id),
        step TEXT NOT NULL,
        done_on TEXT NOT NULL,
        details TEXT NOT NULL DEFAULT '{}'
      ) STRICT;
      CREATE INDEX dev_step_person ON dev_step (person_id, done_on);
    `);
  },
};

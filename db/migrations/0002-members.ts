import { RECORD_COLUMNS, type Migration } from './types.js';

export const members: Migration = {
  version: 2,
  name: 'members',
  up(db) {
    db.exec(`
      CREATE TABLE member (${RECORD_COLUMNS},
        name TEXT NOT NULL,
        gender TEXT NOT NULL CHECK (gender IN ('male', 'female')),
        ethnicity TEXT NOT NULL,
        id_number TEXT NOT NULL,
        birth_date TEXT NOT NULL,
        native_place TEXT NOT NULL DEFAULT '',
        education TEXT NOT NULL DEFAULT '',
        degree TEXT NOT NULL DEFAULT '',
        occupation TEXT NOT NULL DEFAULT '',
        work_unit TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        joined_on TEXT NOT NULL,
        confirmed_on TEXT,
        kind TEXT NOT NULL CHECK (kind IN ('formal', 'probationary')),
        group_id TEXT REFERENCES party_group (id),
        party_post TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'active',
        status_since TEXT,
        probation_extended_months INTEGER,
        is_mobile INTEGER NOT NULL DEFAULT 0,
        mobile_since TEXT,
        mobile_destination TEXT NOT NULL DEFAULT '',
        mobile_reason TEXT NOT NULL DEFAULT '',
        mobile_org TEXT NOT NULL DEFAULT '',
        mobile_card TEXT NOT NULL DEFAULT '',
        mobile_contact TEXT NOT NULL DEFAULT '',
        mobile_dues TEXT NOT NULL DEFAULT '',
        lost_contact INTEGER NOT NULL DEFAULT 0,
        lost_since TEXT,
        hardship INTEGER NOT NULL DEFAULT 0,
        hardship_since TEXT,
        hardship_note TEXT NOT NULL DEFAULT '',
        remarks TEXT NOT NULL DEFAULT '',
        search_key TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE UNIQUE INDEX member_id_number ON member (id_number) WHERE deleted_at IS NULL;
      CREATE INDEX member_status ON member (status);

      -- The dated history of each member: lifecycle changes and flags, never rewritten.
      CREATE TABLE member_event (${RECORD_COLUMNS},
        member_id TEXT NOT NULL REFERENCES member (id),
        kind TEXT NOT NULL,
        event_date TEXT NOT NULL,
        details TEXT NOT NULL DEFAULT '{}',
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX member_event_member ON member_event (member_id, event_date);

      -- 组织关系转接: one row per 介绍信, in or out.
      CREATE TABLE transfer (${RECORD_COLUMNS},
        member_id TEXT NOT NULL REFERENCES member (id),
        direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
        letter_no TEXT NOT NULL DEFAULT '',
        counterpart_org TEXT NOT NULL,
        issued_on TEXT NOT NULL,
        valid_days INTEGER NOT NULL DEFAULT 90,
        dues_paid_to TEXT NOT NULL DEFAULT '',
        receipt_on TEXT,
        handler TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX transfer_member ON transfer (member_id);
    `);
  },
};

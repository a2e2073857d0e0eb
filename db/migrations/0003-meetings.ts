import { RECORD_COLUMNS, type Migration } from './types.js';

export const meetings: Migration = {
  version: 3,
  name: 'meetings',
  up(db) {
    db.exec(`
      -- Groups now have dated lives, so the compliance calendar knows which groups owed a
      -- meeting in which month; a committee seat may point at the roster member holding it.
      ALTER TABLE party_group ADD COLUMN established_on TEXT;
      ALTER TABLE party_group ADD COLUMN dissolved_on TEXT;
      ALTER TABLE committee_member ADD COLUMN member_id TEXT REFERENCES member (id);

      -- Branch settings the county may later fix (frequencies, optional features).
      CREATE TABLE setting (${RECORD_COLUMNS},
        key TEXT NOT NULL,
        value TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX setting_key ON setting (key) WHERE deleted_at IS NULL;

      CREATE TABLE meeting (${RECORD_COLUMNS},
        kind TEXT NOT NULL,
        also_counts_as TEXT NOT NULL DEFAULT '[]',
        group_id TEXT REFERENCES party_group (id),
        title TEXT NOT NULL,
        held_on TEXT NOT NULL,
        start_time TEXT NOT NULL DEFAULT '',
        end_time TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        host TEXT NOT NULL DEFAULT '',
        recorder TEXT NOT NULL DEFAULT '',
        guests TEXT NOT NULL DEFAULT '',
        superiors TEXT NOT NULL DEFAULT '',
        agenda TEXT NOT NULL DEFAULT '[]',
        minutes TEXT NOT NULL DEFAULT '',
        decisions TEXT NOT NULL DEFAULT '',
        lecturer TEXT NOT NULL DEFAULT '',
        lecture_title TEXT NOT NULL DEFAULT '',
        lecture_hours REAL,
        activities TEXT NOT NULL DEFAULT '[]',
        recorded_on TEXT NOT NULL
      ) STRICT;
      CREATE INDEX meeting_held ON meeting (held_on);

      CREATE TABLE meeting_attendance (${RECORD_COLUMNS},
        meeting_id TEXT NOT NULL REFERENCES meeting (id),
        member_id TEXT NOT NULL REFERENCES member (id),
        status TEXT NOT NULL CHECK (status IN ('present', 'leave', 'absent')),
        reason TEXT NOT NULL DEFAULT '',
        voting INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX meeting_attendance_meeting ON meeting_attendance (meeting_id);
      CREATE INDEX meeting_attendance_member ON meeting_attendance (member_id);

      CREATE TABLE meeting_vote (${RECORD_COLUMNS},
        meeting_id TEXT NOT NULL REFERENCES meeting (id),
        motion TEXT NOT NULL,
        yes INTEGER NOT NULL,
        no INTEGER NOT NULL,
        abstain INTEGER NOT NULL,
        sort_order INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      -- 民主评议: each member's grade from one appraisal meeting.
      CREATE TABLE appraisal_grade (${RECORD_COLUMNS},
        meeting_id TEXT NOT NULL REFERENCES meeting (id),
        member_id TEXT NOT NULL REFERENCES member (id),
        grade TEXT NOT NULL,
        ballots_issued INTEGER,
        ballots_returned INTEGER,
        votes_excellent INTEGER,
        votes_qualified INTEGER,
        votes_basic INTEGER,
        votes_unqualified INTEGER,
        disposition TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;

      -- 组织生活会 整改清单.
      CREATE TABLE rectification (${RECORD_COLUMNS},
        meeting_id TEXT NOT NULL REFERENCES meeting (id),
        problem TEXT NOT NULL,
        measure TEXT NOT NULL DEFAULT '',
        owner TEXT NOT NULL DEFAULT '',
        due_on TEXT,
        done_on TEXT,
        progress TEXT NOT NULL DEFAULT '',
        sort_order INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE talk (${RECORD_COLUMNS},
        held_on TEXT NOT NULL,
        talker TEXT NOT NULL,
        talker_post TEXT NOT NULL DEFAULT '',
        member_id TEXT REFERENCES member (id),
        talkee TEXT NOT NULL,
        talkee_post TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        talk_type TEXT NOT NULL DEFAULT '',
        topic TEXT NOT NULL,
        content TEXT NOT NULL DEFAULT '',
        feedback TEXT NOT NULL DEFAULT '',
        follow_up TEXT NOT NULL DEFAULT '',
        recorded_on TEXT NOT NULL
      ) STRICT;
      CREATE INDEX talk_held ON talk (held_on);

      CREATE TABLE attachment (${RECORD_COLUMNS},
        owner_table TEXT NOT NULL,
        owner_id TEXT NOT NULL,
        file_name TEXT NOT NULL,
        mime TEXT NOT NULL,
        size INTEGER NOT NULL,
        data BLOB NOT NULL
      ) STRICT;
      CREATE INDEX attachment_owner ON attachment (owner_table, owner_id);
    `);
  },
};

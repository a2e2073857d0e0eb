import { RECORD_COLUMNS, type Migration } from './types.js';

export const county: Migration = {
  version: 7,
  name: 'county',
  up(db) {
    db.exec(`
      -- An office holds many branches' rows in one file: a member transferred between two
      -- branches appears in both, and every branch has its own settings row. Uniqueness is a
      -- per-branch rule, so the services check it (with a Chinese message) instead of an index.
      DROP INDEX member_id_number;
      CREATE INDEX member_id_number ON member (id_number);
      DROP INDEX dev_person_id_number;
      CREATE INDEX dev_person_id_number ON dev_person (id_number);
      DROP INDEX setting_key;
      CREATE INDEX setting_key ON setting (key);

      -- Which branches each row goes to: the branch it came from, the branch the office
      -- addressed it to (a relayed 转出, an approval), or every branch ('*': a county notice
      -- or setting). A row may go to several branches, so the pair is no longer unique.
      CREATE TABLE sync_audience (
        table_name TEXT NOT NULL,
        row_id TEXT NOT NULL,
        peer_code TEXT NOT NULL,
        PRIMARY KEY (table_name, row_id, peer_code)
      ) STRICT;
      CREATE INDEX sync_audience_peer ON sync_audience (peer_code);
      -- The office's branch list shows when each branch last reported.
      CREATE INDEX sync_inbox_peer ON sync_inbox (peer_code, imported_at);
      INSERT INTO sync_audience SELECT table_name, row_id, peer_code FROM sync_origin;
      DROP TABLE sync_origin;

      -- Which peer's bundle brought a change, so it is not echoed back to that peer.
      ALTER TABLE change_log ADD COLUMN source TEXT;
      CREATE INDEX change_log_source ON change_log (source) WHERE source IS NOT NULL;

      -- A 转出 to another branch of the same county names it by code, so the office can relay it.
      ALTER TABLE transfer ADD COLUMN counterpart_code TEXT;

      -- A 转出 relayed by the office to the receiving branch: self-contained (no references
      -- into the sending branch's rows), confirmed there as a 转入, the 回执 flowing back.
      CREATE TABLE transfer_relay (${RECORD_COLUMNS},
        out_transfer_id TEXT NOT NULL,
        from_code TEXT NOT NULL,
        from_name TEXT NOT NULL,
        to_code TEXT NOT NULL,
        member TEXT NOT NULL,
        letter_no TEXT NOT NULL DEFAULT '',
        issued_on TEXT NOT NULL,
        valid_days INTEGER NOT NULL,
        dues_paid_to TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined')),
        answered_on TEXT,
        answer_note TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX transfer_relay_out ON transfer_relay (out_transfer_id);

      -- 通知 from the office to all or some branches, and each branch's answer.
      CREATE TABLE notice (${RECORD_COLUMNS},
        title TEXT NOT NULL,
        body TEXT NOT NULL DEFAULT '',
        issued_on TEXT NOT NULL,
        due_on TEXT,
        issuer TEXT NOT NULL DEFAULT '',
        recipients TEXT NOT NULL DEFAULT '*'
      ) STRICT;
      CREATE TABLE notice_reply (${RECORD_COLUMNS},
        notice_id TEXT NOT NULL REFERENCES notice (id),
        branch_code TEXT NOT NULL,
        read_on TEXT,
        done_on TEXT,
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX notice_reply_notice ON notice_reply (notice_id);
    `);
  },
};

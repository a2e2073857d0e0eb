import { RECORD_COLUMNS, type Migration } from './types.js';

export const dues: Migration = {
  version: 4,
  name: 'dues',
  up(db) {
    db.exec(`
      -- A member's 党费 basis from a month on; the computed amount is kept with it so a later
      -- change of rules never rewrites what was due.
      CREATE TABLE dues_basis (${RECORD_COLUMNS},
        member_id TEXT NOT NULL REFERENCES member (id),
        effective_from TEXT NOT NULL,
        category TEXT NOT NULL,
        base_fen INTEGER,
        fixed_fen INTEGER,
        rate_bp INTEGER,
        computed_fen INTEGER NOT NULL,
        reduction TEXT NOT NULL DEFAULT 'none',
        reduced_fen INTEGER,
        decision_on TEXT,
        approval_ref TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX dues_basis_member ON dues_basis (member_id, effective_from);

      -- Payments are never edited: a correction is a new row pointing at the one it corrects.
      CREATE TABLE dues_payment (${RECORD_COLUMNS},
        member_id TEXT NOT NULL REFERENCES member (id),
        kind TEXT NOT NULL CHECK (kind IN ('regular', 'voluntary', 'correction')),
        from_month TEXT NOT NULL,
        to_month TEXT NOT NULL,
        amount_fen INTEGER NOT NULL,
        paid_on TEXT NOT NULL,
        handler TEXT NOT NULL DEFAULT '',
        receipt_no TEXT NOT NULL DEFAULT '',
        method TEXT NOT NULL DEFAULT 'cash',
        note TEXT NOT NULL DEFAULT '',
        corrects_id TEXT REFERENCES dues_payment (id),
        full_remit INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX dues_payment_member ON dues_payment (member_id, from_month);

      CREATE TABLE dues_remittance (${RECORD_COLUMNS},
        period_label TEXT NOT NULL,
        from_month TEXT NOT NULL,
        to_month TEXT NOT NULL,
        members_count INTEGER NOT NULL,
        amount_fen INTEGER NOT NULL,
        remitted_on TEXT NOT NULL,
        method TEXT NOT NULL DEFAULT 'transfer',
        receipt_no TEXT NOT NULL DEFAULT '',
        handler TEXT NOT NULL DEFAULT '',
        receiver TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;
    `);
  },
};

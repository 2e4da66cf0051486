-- Backstride schema, version 4: "seen by a clinician on <date>, cleared to train". While a referral alert
-- is open and not cleared, exercise and training advice is held (domain.md, "Referral first"). A row
-- clears the referral alert named by alert_key; a new red flag raises a new alert with a new key, which
-- needs its own clearance. Rows carry a stable global id and are removed as tombstones (deleted_at), so
-- undo and, later, replication see the same history.
CREATE TABLE referral_clearances (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
  athlete_id INTEGER NOT NULL REFERENCES athletes (id) ON DELETE CASCADE,
  alert_key TEXT NOT NULL CHECK (length(alert_key) BETWEEN 1 AND 500),
  seen_on TEXT NOT NULL CHECK (date(seen_on) IS seen_on),
  clinician TEXT NOT NULL DEFAULT '' CHECK (length(clinician) <= 120),
  note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  deleted_at TEXT CHECK (deleted_at IS NULL OR datetime(deleted_at) IS NOT NULL)
);
CREATE INDEX referral_clearances_athlete ON referral_clearances (athlete_id, alert_key);

-- Backstride schema, version 5: the history of edits to the records a coach enters (runs, pain
-- reports, assessments, shoes, strength sessions). Each row keeps one record's values before and after
-- one edit, as JSON, so the coach can see what was corrected and when.
-- (No `x IN (...)` CHECK lists here: db/schema-enums.test.ts reads those as app enums.)
CREATE TABLE record_edits (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
  athlete_id INTEGER NOT NULL REFERENCES athletes (id) ON DELETE CASCADE,
  record_type TEXT NOT NULL CHECK (length(record_type) BETWEEN 1 AND 20),
  record_id INTEGER NOT NULL CHECK (record_id > 0),
  before_json TEXT NOT NULL CHECK (json_valid(before_json)),
  after_json TEXT NOT NULL CHECK (json_valid(after_json)),
  edited_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    CHECK (datetime(edited_at) IS NOT NULL),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    CHECK (datetime(updated_at) IS NOT NULL),
  deleted_at TEXT CHECK (deleted_at IS NULL OR datetime(deleted_at) IS NOT NULL)
);
CREATE INDEX record_edits_record ON record_edits (record_type, record_id, id);

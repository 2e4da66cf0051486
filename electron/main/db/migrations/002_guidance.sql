-- Backstride schema, version 2: the coach's decisions about guidance. Alerts themselves are computed
-- from the data every time and never stored; only what the coach decided about them is.
-- (No `x IN (...)` CHECK lists here: db/schema-enums.test.ts reads those as app enums.)

-- A pain episode the coach has declared over on closed_on: reports after that day start a new episode
-- even when they come within the usual gap.
CREATE TABLE episode_closures (
  id INTEGER PRIMARY KEY,
  athlete_id INTEGER NOT NULL REFERENCES athletes (id) ON DELETE CASCADE,
  closed_on TEXT NOT NULL CHECK (date(closed_on) IS closed_on),
  note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX episode_closures_athlete ON episode_closures (athlete_id, closed_on);

-- One row per time the coach acknowledged or snoozed an alert; the newest row for a key decides, the
-- older ones are its history. An alert's key names its rule, athlete and triggering records, so new
-- data raises a new alert with a new key.
CREATE TABLE alert_acknowledgements (
  id INTEGER PRIMARY KEY,
  alert_key TEXT NOT NULL CHECK (length(alert_key) BETWEEN 1 AND 500),
  athlete_id INTEGER NOT NULL REFERENCES athletes (id) ON DELETE CASCADE,
  acknowledged_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    CHECK (datetime(acknowledged_at) IS NOT NULL),
  note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
  snoozed_until TEXT CHECK (snoozed_until IS NULL OR date(snoozed_until) IS snoozed_until)
);
CREATE INDEX alert_acknowledgements_athlete ON alert_acknowledgements (athlete_id, alert_key);

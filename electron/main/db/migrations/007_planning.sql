-- Backstride schema, version 6: planned sessions (the training calendar).
-- Built for replication to come (phones, CouchDB/PouchDB): a stable global id (`uuid`), `updated_at` on
-- every write, and deletes as tombstones (`deleted_at`), never a row removed.
-- Enum columns use `x = 'a' OR …` (see 003_programs.sql); services/planning/schema.test.ts holds them to
-- src/shared/enums.ts.

CREATE TABLE planned_sessions (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
  athlete_id INTEGER NOT NULL REFERENCES athletes (id) ON DELETE CASCADE,
  date TEXT NOT NULL CHECK (date(date) IS date),
  -- Optional time of day, so "strength in the 4 hours before a run" can be judged.
  time TEXT CHECK (time IS NULL OR time(time) IS NOT NULL),
  kind TEXT NOT NULL CHECK (kind = 'run' OR kind = 'strength' OR kind = 'mobility' OR kind = 'cross_training' OR kind = 'rest'),
  -- Run fields: set only for a run (the service clears them for other kinds).
  run_type TEXT CHECK (run_type IS NULL OR run_type = 'easy' OR run_type = 'long' OR run_type = 'tempo' OR run_type = 'intervals' OR run_type = 'race' OR run_type = 'recovery'),
  duration_min REAL CHECK (duration_min IS NULL OR (duration_min > 0 AND duration_min <= 1440)),
  distance_m REAL CHECK (distance_m IS NULL OR distance_m >= 0),
  rpe INTEGER CHECK (rpe IS NULL OR rpe BETWEEN 0 AND 10),
  surface TEXT CHECK (surface IS NULL OR surface = 'road' OR surface = 'concrete' OR surface = 'track' OR surface = 'trail' OR surface = 'grass' OR surface = 'treadmill' OR surface = 'mixed'),
  shoe_id INTEGER REFERENCES shoes (id) ON DELETE SET NULL,
  -- Strength and mobility come from the athlete's program; the session keeps working if it is deleted.
  program_id INTEGER REFERENCES programs (id) ON DELETE SET NULL,
  notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 1000),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  deleted_at TEXT
);
CREATE INDEX planned_sessions_athlete_date ON planned_sessions (athlete_id, date);
CREATE INDEX planned_sessions_updated ON planned_sessions (updated_at);

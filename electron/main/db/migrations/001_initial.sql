-- Backstride schema, version 1. Distances in metres, durations in minutes, dates as YYYY-MM-DD text.
-- Enum literals match src/shared/enums.ts (checked by db/schema-enums.test.ts).
-- Dates are checked with `date(x) IS x`, not `=`: date() of a malformed value is NULL, and a CHECK that
-- evaluates to NULL passes.

CREATE TABLE athletes (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 80),
  birth_year INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100),
  sex TEXT CHECK (sex IS NULL OR sex IN ('female', 'male', 'other')),
  experience TEXT NOT NULL CHECK (experience IN ('new', 'returning', 'experienced')),
  run_days_per_week INTEGER NOT NULL CHECK (run_days_per_week BETWEEN 0 AND 7),
  goal TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  archived_at TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE groups (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) BETWEEN 1 AND 40)
);

CREATE TABLE athlete_groups (
  athlete_id INTEGER NOT NULL REFERENCES athletes (id) ON DELETE CASCADE,
  group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  PRIMARY KEY (athlete_id, group_id)
) WITHOUT ROWID;
CREATE INDEX athlete_groups_group ON athlete_groups (group_id);

CREATE TABLE shoes (
  id INTEGER PRIMARY KEY,
  athlete_id INTEGER NOT NULL REFERENCES athletes (id) ON DELETE CASCADE,
  name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 80),
  start_date TEXT NOT NULL CHECK (date(start_date) IS start_date),
  initial_distance_m REAL NOT NULL DEFAULT 0 CHECK (initial_distance_m >= 0),
  retired_date TEXT CHECK (retired_date IS NULL OR (date(retired_date) IS retired_date AND retired_date >= start_date)),
  replace_threshold_m REAL NOT NULL DEFAULT 800000 CHECK (replace_threshold_m > 0),
  notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX shoes_athlete ON shoes (athlete_id);

CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  athlete_id INTEGER NOT NULL REFERENCES athletes (id) ON DELETE CASCADE,
  date TEXT NOT NULL CHECK (date(date) IS date),
  start_time TEXT CHECK (start_time IS NULL OR time(start_time) IS NOT NULL),
  duration_min REAL NOT NULL CHECK (duration_min > 0 AND duration_min <= 1440),
  distance_m REAL CHECK (distance_m IS NULL OR distance_m >= 0),
  rpe INTEGER CHECK (rpe IS NULL OR rpe BETWEEN 0 AND 10),
  type TEXT NOT NULL CHECK (type IN ('easy', 'long', 'tempo', 'intervals', 'race', 'recovery')),
  surface TEXT CHECK (surface IS NULL OR surface IN ('road', 'concrete', 'track', 'trail', 'grass', 'treadmill', 'mixed')),
  shoe_id INTEGER REFERENCES shoes (id) ON DELETE SET NULL,
  cadence_spm REAL CHECK (cadence_spm IS NULL OR cadence_spm BETWEEN 60 AND 260),
  elevation_gain_m REAL CHECK (elevation_gain_m IS NULL OR elevation_gain_m >= 0),
  temperature_c REAL,
  notes TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'import', 'demo')),
  source_file TEXT,
  fingerprint TEXT,
  deleted_at TEXT
);
CREATE INDEX runs_athlete_date ON runs (athlete_id, date);
CREATE INDEX runs_shoe ON runs (shoe_id) WHERE shoe_id IS NOT NULL;
CREATE INDEX runs_fingerprint ON runs (athlete_id, fingerprint) WHERE fingerprint IS NOT NULL;

CREATE TABLE pain_reports (
  id INTEGER PRIMARY KEY,
  athlete_id INTEGER NOT NULL REFERENCES athletes (id) ON DELETE CASCADE,
  date TEXT NOT NULL CHECK (date(date) IS date),
  time TEXT CHECK (time IS NULL OR time(time) IS NOT NULL),
  run_id INTEGER REFERENCES runs (id) ON DELETE SET NULL,
  score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
  timing TEXT NOT NULL CHECK (timing IN ('before', 'during', 'after', 'later', 'next_morning')),
  onset_minute INTEGER CHECK (onset_minute IS NULL OR (onset_minute >= 0 AND timing = 'during')),
  location TEXT NOT NULL CHECK (location IN ('central', 'left', 'right', 'both', 'buttock', 'thigh', 'below_knee')),
  character TEXT NOT NULL CHECK (character IN ('ache', 'stiffness', 'sharp', 'spasm', 'burning')),
  eased_by_stretching TEXT NOT NULL CHECK (eased_by_stretching IN ('yes', 'no', 'not_tried')),
  notes TEXT NOT NULL DEFAULT '',
  deleted_at TEXT
);
CREATE INDEX pain_reports_athlete_date ON pain_reports (athlete_id, date);

CREATE TABLE pain_red_flags (
  pain_report_id INTEGER NOT NULL REFERENCES pain_reports (id) ON DELETE CASCADE,
  flag TEXT NOT NULL CHECK (flag IN ('saddle_numbness', 'bladder_bowel_change', 'bilateral_leg_weakness', 'fever_unwell', 'weight_loss', 'cancer_history', 'recent_trauma', 'constant_night_pain', 'onset_age_outside_20_55')),
  PRIMARY KEY (pain_report_id, flag)
) WITHOUT ROWID;

CREATE TABLE assessments (
  id INTEGER PRIMARY KEY,
  athlete_id INTEGER NOT NULL REFERENCES athletes (id) ON DELETE CASCADE,
  date TEXT NOT NULL CHECK (date(date) IS date),
  hamstring_left TEXT CHECK (hamstring_left IS NULL OR hamstring_left IN ('normal', 'tight')),
  hamstring_right TEXT CHECK (hamstring_right IS NULL OR hamstring_right IN ('normal', 'tight')),
  hip_flexor_left TEXT CHECK (hip_flexor_left IS NULL OR hip_flexor_left IN ('normal', 'tight')),
  hip_flexor_right TEXT CHECK (hip_flexor_right IS NULL OR hip_flexor_right IN ('normal', 'tight')),
  plank_sec INTEGER CHECK (plank_sec IS NULL OR plank_sec >= 0),
  side_plank_left_sec INTEGER CHECK (side_plank_left_sec IS NULL OR side_plank_left_sec >= 0),
  side_plank_right_sec INTEGER CHECK (side_plank_right_sec IS NULL OR side_plank_right_sec >= 0),
  wall_gap TEXT CHECK (wall_gap IS NULL OR wall_gap IN ('none', 'one_hand', 'more_than_hand')),
  foot_type TEXT CHECK (foot_type IS NULL OR foot_type IN ('neutral', 'overpronation', 'supination')),
  cadence_spm REAL CHECK (cadence_spm IS NULL OR cadence_spm BETWEEN 60 AND 260),
  notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX assessments_athlete_date ON assessments (athlete_id, date);

CREATE TABLE strength_sessions (
  id INTEGER PRIMARY KEY,
  athlete_id INTEGER NOT NULL REFERENCES athletes (id) ON DELETE CASCADE,
  date TEXT NOT NULL CHECK (date(date) IS date),
  kind TEXT NOT NULL CHECK (kind IN ('strength', 'mobility', 'warmup', 'cooldown')),
  completed_exercises TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(completed_exercises)),
  notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX strength_sessions_athlete_date ON strength_sessions (athlete_id, date);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

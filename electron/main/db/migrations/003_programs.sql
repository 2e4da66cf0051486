-- Backstride schema, version 3: the exercise library, programs and the sessions a runner ticked.
-- Enum columns are checked with `x = 'a' OR x = 'b'` rather than an IN list: db/schema-enums.test.ts
-- reads IN lists as the first migration's enums; services/programs/schema.test.ts holds these to
-- src/shared/programs.ts instead.
-- The built-in exercises are written by services/exercises (from its catalogue, keyed by `key`) when
-- the back end opens, so their text lives in one place and "restore defaults" reads the same source.

CREATE TABLE exercises (
  id INTEGER PRIMARY KEY,
  key TEXT UNIQUE CHECK (key IS NULL OR length(key) BETWEEN 1 AND 40),
  name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 60),
  category TEXT NOT NULL CHECK (category = 'strength' OR category = 'mobility'),
  targets TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(targets) AND json_type(targets) = 'array'),
  sets INTEGER NOT NULL CHECK (sets BETWEEN 1 AND 10),
  reps INTEGER CHECK (reps IS NULL OR reps BETWEEN 1 AND 200),
  hold_sec INTEGER CHECK (hold_sec IS NULL OR hold_sec BETWEEN 1 AND 600),
  sides TEXT NOT NULL CHECK (sides = 'none' OR sides = 'each' OR sides = 'left_first' OR sides = 'right_first'),
  rest_sec INTEGER CHECK (rest_sec IS NULL OR rest_sec BETWEEN 0 AND 600),
  dosage_note TEXT NOT NULL DEFAULT '' CHECK (length(dosage_note) <= 80),
  cues TEXT NOT NULL CHECK (json_valid(cues) AND json_array_length(cues) BETWEEN 2 AND 4),
  stop_if TEXT NOT NULL CHECK (length(trim(stop_if)) BETWEEN 1 AND 200),
  illustration TEXT CHECK (illustration IS NULL OR length(illustration) BETWEEN 1 AND 40),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE programs (
  id INTEGER PRIMARY KEY,
  athlete_id INTEGER NOT NULL REFERENCES athletes (id) ON DELETE CASCADE,
  title TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 80),
  -- Weeks on the sheet run Monday to Sunday, so a program starts on a Monday (strftime %w: 1).
  start_date TEXT NOT NULL CHECK (date(start_date) IS start_date AND strftime('%w', start_date) = '1'),
  weeks INTEGER NOT NULL CHECK (weeks BETWEEN 1 AND 16),
  goal TEXT NOT NULL DEFAULT '',
  coach_name TEXT NOT NULL DEFAULT '',
  coach_notes TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status = 'draft' OR status = 'active' OR status = 'archived'),
  -- Weekdays the athlete runs, Monday = 0, as a JSON array; the schedule is computed from them.
  run_days TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(run_days) AND json_type(run_days) = 'array'),
  strength_per_week INTEGER NOT NULL DEFAULT 2 CHECK (strength_per_week BETWEEN 2 AND 3),
  mobility_per_day INTEGER NOT NULL DEFAULT 1 CHECK (mobility_per_day BETWEEN 1 AND 2),
  -- Why a proposed program looks the way it does: [{finding, change, warning?}].
  rationale TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(rationale)),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX programs_athlete ON programs (athlete_id, start_date);

-- One exercise in one session of a program, with its own dosage and weekly progression. Deleting a
-- coach's own exercise removes it from the programs that use it (the coach is told how many first).
CREATE TABLE program_items (
  id INTEGER PRIMARY KEY,
  program_id INTEGER NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
  exercise_id INTEGER NOT NULL REFERENCES exercises (id) ON DELETE CASCADE,
  session TEXT NOT NULL CHECK (session = 'strength' OR session = 'mobility' OR session = 'warmup' OR session = 'cooldown'),
  position INTEGER NOT NULL CHECK (position >= 0),
  sets INTEGER NOT NULL CHECK (sets BETWEEN 1 AND 10),
  reps INTEGER CHECK (reps IS NULL OR reps BETWEEN 1 AND 200),
  hold_sec INTEGER CHECK (hold_sec IS NULL OR hold_sec BETWEEN 1 AND 600),
  sides TEXT NOT NULL CHECK (sides = 'none' OR sides = 'each' OR sides = 'left_first' OR sides = 'right_first'),
  rest_sec INTEGER CHECK (rest_sec IS NULL OR rest_sec BETWEEN 0 AND 600),
  reps_step INTEGER NOT NULL DEFAULT 0 CHECK (reps_step BETWEEN 0 AND 20),
  hold_step INTEGER NOT NULL DEFAULT 0 CHECK (hold_step BETWEEN 0 AND 60),
  note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 120),
  UNIQUE (program_id, position)
);
CREATE INDEX program_items_exercise ON program_items (exercise_id);

-- Adherence: a row per session the runner ticked on the printed log (week 1…, session key such as
-- '1-strength-1' = Tuesday's strength session). `date` is that session's calendar day, kept so other
-- rules can count sessions done in a date window.
CREATE TABLE program_ticks (
  program_id INTEGER NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
  week INTEGER NOT NULL CHECK (week BETWEEN 1 AND 16),
  session_key TEXT NOT NULL CHECK (session_key GLOB '[0-6]-*-[12]'),
  date TEXT NOT NULL CHECK (date(date) IS date),
  PRIMARY KEY (program_id, week, session_key)
) WITHOUT ROWID;
CREATE INDEX program_ticks_date ON program_ticks (date);

// Version 1's data: every table of the first schema, with Unicode, NULLs and values at both ends of every
// CHECK. See fixtures.ts for how the fillers are used.
import { AWKWARD_TEXT, chars, type Filler, insert } from './fill'

export const fillVersion1: Filler = (db) => {
  insert(
    db,
    `INSERT INTO athletes (id, name, birth_year, sex, experience, run_days_per_week, goal, notes, archived_at, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      [1, AWKWARD_TEXT[0], null, null, 'new', 0, '', '', null, '2025-01-01T00:00:00Z'],
      [
        2,
        AWKWARD_TEXT[1],
        1900,
        'female',
        'experienced',
        7,
        'Sub-3 marathon 🏃',
        AWKWARD_TEXT[8],
        null,
        '2025-02-02T10:20:30Z',
      ],
      [
        3,
        AWKWARD_TEXT[2],
        2100,
        'male',
        'returning',
        3,
        AWKWARD_TEXT[6],
        AWKWARD_TEXT[7],
        '2026-01-02T03:04:05Z',
        '2025-03-03T00:00:00Z',
      ],
      [4, chars(80), 1988, 'other', 'new', 5, chars(200), chars(2000, 'ß'), null, '2025-04-04T00:00:00Z'],
    ],
  )
  insert(db, 'INSERT INTO groups (id, name) VALUES (?, ?)', [
    [1, 'Road 10k'],
    [2, AWKWARD_TEXT[3]],
    [3, chars(40, 'ü')],
  ])
  insert(db, 'INSERT INTO athlete_groups (athlete_id, group_id) VALUES (?, ?)', [
    [1, 1],
    [1, 2],
    [2, 2],
    [4, 3],
  ])
  insert(
    db,
    `INSERT INTO shoes (id, athlete_id, name, start_date, initial_distance_m, retired_date, replace_threshold_m, notes)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      [1, 1, 'Pegasus 41', '2025-11-01', 0, null, 800000, ''],
      [2, 2, AWKWARD_TEXT[5], '2024-01-01', 123456.5, '2024-01-01', 0.001, AWKWARD_TEXT[2]],
      [3, 4, chars(80, 'ø'), '1999-12-31', 9_999_999.9, '2100-12-31', 10_000_000, chars(500)],
    ],
  )
  insert(
    db,
    `INSERT INTO runs (id, athlete_id, date, start_time, duration_min, distance_m, rpe, type, surface, shoe_id,
       cadence_spm, elevation_gain_m, temperature_c, notes, source, source_file, fingerprint, deleted_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      [
        1,
        1,
        '2026-03-01',
        null,
        45,
        null,
        null,
        'recovery',
        null,
        null,
        null,
        null,
        null,
        '',
        'manual',
        null,
        null,
        null,
      ],
      [
        2,
        1,
        '2026-03-02',
        '07:30',
        1440,
        42195,
        10,
        'race',
        'road',
        1,
        260,
        0,
        -50,
        AWKWARD_TEXT[4],
        'import',
        'Garmin “export” ✓.csv',
        'abc123',
        null,
      ],
      [
        3,
        2,
        '2026-03-03',
        '23:59:59',
        0.001,
        0,
        0,
        'easy',
        'treadmill',
        2,
        60,
        20000,
        60,
        AWKWARD_TEXT[7],
        'demo',
        null,
        null,
        '2026-03-04T00:00:00Z',
      ],
      [
        4,
        4,
        '2000-02-29',
        '00:00',
        60,
        1_000_000,
        5,
        'intervals',
        'mixed',
        null,
        180.5,
        1234.5,
        21.5,
        chars(2000),
        'manual',
        null,
        null,
        null,
      ],
    ],
  )
  insert(
    db,
    `INSERT INTO pain_reports (id, athlete_id, date, time, run_id, score, timing, onset_minute, location, character,
       eased_by_stretching, notes, deleted_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      [1, 1, '2026-03-02', '08:00', 2, 10, 'during', 0, 'both', 'sharp', 'no', 'Stopped at 30 km', null],
      [2, 1, '2026-03-03', null, null, 0, 'next_morning', null, 'central', 'ache', 'not_tried', '', null],
      [
        3,
        2,
        '2026-03-03',
        '21:00',
        3,
        4,
        'during',
        1440,
        'below_knee',
        'burning',
        'yes',
        AWKWARD_TEXT[2],
        '2026-03-04T00:00:00Z',
      ],
    ],
  )
  insert(db, 'INSERT INTO pain_red_flags (pain_report_id, flag) VALUES (?, ?)', [
    [1, 'saddle_numbness'],
    [1, 'bladder_bowel_change'],
    [1, 'bilateral_leg_weakness'],
    [2, 'fever_unwell'],
    [2, 'weight_loss'],
    [3, 'cancer_history'],
    [3, 'recent_trauma'],
    [3, 'constant_night_pain'],
    [3, 'onset_age_outside_20_55'],
  ])
  insert(
    db,
    `INSERT INTO assessments (id, athlete_id, date, hamstring_left, hamstring_right, hip_flexor_left, hip_flexor_right,
       plank_sec, side_plank_left_sec, side_plank_right_sec, wall_gap, foot_type, cadence_spm, notes)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      [1, 1, '2026-02-01', null, null, null, null, null, null, null, null, null, null, ''],
      [
        2,
        2,
        '2026-02-02',
        'tight',
        'normal',
        'tight',
        'normal',
        0,
        3600,
        45,
        'more_than_hand',
        'overpronation',
        172.5,
        AWKWARD_TEXT[1],
      ],
      [3, 4, '2026-02-03', 'normal', 'tight', 'normal', 'tight', 120, 0, 0, 'none', 'supination', 260, chars(2000)],
    ],
  )
  insert(
    db,
    'INSERT INTO strength_sessions (id, athlete_id, date, kind, completed_exercises, notes) VALUES (?, ?, ?, ?, ?, ?)',
    [
      [1, 1, '2026-03-05', 'mobility', '[]', ''],
      [2, 2, '2026-03-05', 'strength', JSON.stringify(['Plank', 'Bird dog', AWKWARD_TEXT[5]]), AWKWARD_TEXT[6]],
      [3, 4, '2026-03-06', 'cooldown', JSON.stringify(Array.from({ length: 60 }, (_, i) => `Übung ${String(i)}`)), ''],
    ],
  )
  insert(db, 'INSERT INTO settings (key, value) VALUES (?, ?)', [
    ['units', 'mi'],
    ['fixture.note', AWKWARD_TEXT[7]],
  ])
}

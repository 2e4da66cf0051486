// Databases as a coach's file would look after using every schema version in turn: migrate to version 1,
// write version 1's data, migrate to 2, write what version 2 added, and so on. Each filler writes the
// tables its own migration created, with realistic data: Unicode from several scripts, NULL in every
// nullable column, and values at both ends of every CHECK constraint. Only tests and the soak script use
// this; the app never imports it.
import { isDeepStrictEqual } from 'node:util'
import type { Db } from '../db/connection'
import { quoteId } from '../db/content'
import { migrate, type Migration } from '../db/migrate'

type Filler = (db: Db) => void

const insert = (db: Db, sql: string, rows: unknown[][]) => {
  const statement = db.prepare(sql)
  for (const row of rows) statement.run(...row)
}

/** Text a careless layer would mangle: combining marks, right-to-left script, emoji, quotes, a NUL byte. */
export const AWKWARD_TEXT = [
  'Zoë Ñúñez 山田',
  'Siobhán O’Brien',
  'محمد الحسن',
  'Łukasz Żółć',
  'e\u0301 (combining acute)',
  '🏃‍♀️🏔️ trail 🦵',
  "Robert'); DROP TABLE athletes; --",
  'NUL inside: a\u0000b',
  'tab\tand\nnew line',
] as const

/** Exactly `n` characters (SQLite's length() counts characters, JavaScript's UTF-16 units: keep to the BMP). */
const chars = (n: number, unit = 'é') => unit.repeat(n)

const fillVersion1: Filler = (db) => {
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

const fillVersion2: Filler = (db) => {
  insert(db, 'INSERT INTO episode_closures (id, athlete_id, closed_on, note, created_at) VALUES (?, ?, ?, ?, ?)', [
    [1, 1, '2026-03-10', '', '2026-03-10T12:00:00Z'],
    [2, 2, '2026-03-11', chars(1000), '2026-03-11T12:00:00Z'],
  ])
  insert(
    db,
    `INSERT INTO alert_acknowledgements (id, alert_key, athlete_id, acknowledged_at, note, snoozed_until)
     VALUES (?, ?, ?, ?, ?, ?)`,
    [
      [1, 'monotony:1:2026-W11', 1, '2026-03-12T08:00:00Z', '', null],
      [2, chars(500, 'k'), 2, '2026-03-12 08:00:00', chars(1000, '山'), '2026-03-19'],
      [3, 'r', 4, '2026-03-13T00:00:00Z', AWKWARD_TEXT[6], '2026-12-31'],
    ],
  )
}

const fillVersion3: Filler = (db) => {
  insert(
    db,
    `INSERT INTO exercises (id, key, name, category, targets, sets, reps, hold_sec, sides, rest_sec, dosage_note, cues,
       stop_if, illustration, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      [
        1001,
        null,
        'Wall sit 🧱',
        'strength',
        '["quads"]',
        1,
        null,
        1,
        'none',
        null,
        '',
        '["Back flat.","Knees over ankles."]',
        'Stop if a knee hurts.',
        null,
        '2026-01-01T00:00:00Z',
      ],
      [
        1002,
        'fixture-only-key',
        chars(60, 'ä'),
        'mobility',
        '["hips","hamstrings","lower_back"]',
        10,
        200,
        600,
        'right_first',
        600,
        chars(80),
        JSON.stringify(['Ein', 'Zwei', 'Drei', chars(140)]),
        chars(200, 'ç'),
        'cat-cow',
        '2026-01-02T00:00:00Z',
      ],
      [
        1003,
        'k',
        AWKWARD_TEXT[2],
        'strength',
        '["core"]',
        3,
        1,
        null,
        'each',
        0,
        AWKWARD_TEXT[7],
        '["a","b"]',
        'x',
        chars(40, 'z'),
        '2026-01-03T00:00:00Z',
      ],
    ],
  )
  insert(
    db,
    `INSERT INTO programs (id, athlete_id, title, start_date, weeks, goal, coach_name, coach_notes, status, run_days,
       strength_per_week, mobility_per_day, rationale, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      [
        1,
        1,
        'Core 🏋️ for Zoë',
        '2026-03-16',
        1,
        '',
        '',
        '',
        'draft',
        '[]',
        2,
        1,
        '[]',
        '2026-03-01T00:00:00Z',
        '2026-03-01T00:00:00Z',
      ],
      [
        2,
        2,
        chars(80),
        '2026-03-02',
        16,
        chars(200),
        AWKWARD_TEXT[1],
        chars(1000),
        'active',
        '[0,2,4,6]',
        3,
        2,
        JSON.stringify([{ finding: AWKWARD_TEXT[2], change: 'more rest', warning: 'see a physio' }]),
        '2026-03-01T00:00:00Z',
        '2026-03-02T00:00:00Z',
      ],
      [
        3,
        4,
        'Archived plan',
        '2025-12-29',
        4,
        '',
        '',
        AWKWARD_TEXT[6],
        'archived',
        '[1]',
        2,
        1,
        '[]',
        '2025-12-01T00:00:00Z',
        '2025-12-01T00:00:00Z',
      ],
    ],
  )
  insert(
    db,
    `INSERT INTO program_items (id, program_id, exercise_id, session, position, sets, reps, hold_sec, sides, rest_sec,
       reps_step, hold_step, note)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      [1, 1, 1001, 'strength', 0, 1, null, 30, 'none', null, 0, 0, ''],
      [2, 2, 1002, 'mobility', 0, 10, 200, 600, 'each', 600, 20, 60, chars(120)],
      [3, 2, 1003, 'warmup', 1, 2, 12, null, 'left_first', 0, 1, 0, AWKWARD_TEXT[4]],
      [4, 3, 1001, 'cooldown', 0, 3, 5, 5, 'right_first', 30, 0, 5, AWKWARD_TEXT[7]],
    ],
  )
  insert(db, 'INSERT INTO program_ticks (program_id, week, session_key, date) VALUES (?, ?, ?, ?)', [
    [1, 1, '1-strength-1', '2026-03-17'],
    [2, 16, '6-mobility-2', '2026-06-21'],
    [2, 1, '0-warmup-1', '2026-03-02'],
  ])
}

/** One filler per schema version, for the tables that version's migration created. */
export const FILLERS: Readonly<Record<number, Filler>> = { 1: fillVersion1, 2: fillVersion2, 3: fillVersion3 }

/**
 * Brings an empty database to `version` the way a coach's file gets there: each migration in turn, each
 * followed by the data written while the app was at that version.
 */
export async function buildFixture(db: Db, migrations: Migration[], version: number): Promise<void> {
  for (let v = 1; v <= version; v++) {
    await migrate(db, migrations.slice(0, v))
    const fill = FILLERS[v]
    if (!fill)
      throw new Error(`No fixture filler for schema ${String(v)}: add one to electron/main/reliability/fixtures.ts`)
    fill(db)
  }
}

export interface Column {
  name: string
  notnull: number
  pk: number
}

export const columnsOf = (db: Db, table: string) =>
  db.prepare<[string], Column>('SELECT name, "notnull", pk FROM pragma_table_info(?) ORDER BY cid').all(table)

const tablesOf = (db: Db) =>
  db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all()
    .map((row) => row.name)

/** Every row of a table as raw values in a stable order, reading only `columns`. */
export function tableContents(db: Db, table: string, columns: string[]): unknown[][] {
  const list = columns.map(quoteId).join(', ')
  const order = columns.map((_, i) => String(i + 1)).join(', ')
  return db
    .prepare<[], unknown[]>('SELECT ' + list + ' FROM ' + quoteId(table) + ' ORDER BY ' + order)
    .raw(true)
    .all()
}

export type Snapshot = Map<string, { columns: string[]; rows: unknown[][] }>

/** Every table's columns and rows, to compare with the same tables after a migration. */
export function snapshotTables(db: Db): Snapshot {
  const tables: Snapshot = new Map()
  for (const table of tablesOf(db)) {
    const columns = columnsOf(db, table).map((c) => c.name)
    tables.set(table, { columns, rows: tableContents(db, table, columns) })
  }
  return tables
}

/** The tables of `before` whose rows differ now (reading only the columns they had then). */
export function changedTables(db: Db, before: Snapshot): string[] {
  return [...before]
    .filter(([table, { columns, rows }]) => !isDeepStrictEqual(tableContents(db, table, columns), rows))
    .map(([table]) => table)
}

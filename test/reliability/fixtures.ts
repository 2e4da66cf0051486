// Databases as a coach's file would look after using every schema version in turn: migrate to version 1,
// write version 1's data, migrate to 2, write what version 2 added, and so on. Each filler writes the
// tables its own migration created, with realistic data: Unicode from several scripts, NULL in every
// nullable column, and values at both ends of every CHECK constraint. Only tests and the soak script use
// this; the app never imports it.
import type { Db } from '../../electron/main/db/connection'
import { migrate, type Migration } from '../../electron/main/db/migrate'
import { AWKWARD_TEXT, chars, type Filler, insert } from './fill'
import { fillVersion1 } from './fixtures-v1'

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

const fillVersion4: Filler = (db) => {
  insert(
    db,
    `INSERT INTO referral_clearances (id, uuid, athlete_id, alert_key, seen_on, clinician, note, created_at, updated_at,
       deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      [
        1,
        '0b6f3c1e-4d7a-4f1e-9a53-2f0c8d9e7a11',
        1,
        'red_flag:1:pain-1',
        '2026-03-12',
        '',
        '',
        '2026-03-12T09:00:00Z',
        '2026-03-12T09:00:00Z',
        null,
      ],
      [
        2,
        'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f',
        2,
        chars(500, 'k'),
        '2026-03-13',
        chars(120, 'Ł'),
        chars(1000, '山'),
        '2026-03-13T09:00:00Z',
        '2026-03-14T10:00:00Z',
        '2026-03-14T10:00:00Z',
      ],
    ],
  )
}

/** Version 5 gave runs their instant and offset: runs written since carry both, at both ends of each CHECK. */
const fillVersion5: Filler = (db) => {
  insert(
    db,
    `INSERT INTO runs (id, athlete_id, date, start_time, duration_min, type, notes, source, source_file, fingerprint,
       start_utc, utc_offset_min)
     VALUES (?, ?, ?, ?, ?, 'easy', ?, ?, ?, ?, ?, ?)`,
    [
      [
        101,
        2,
        '2017-10-08',
        '16:54',
        47,
        '',
        'import',
        'sonntag.fit',
        '2017-10-08T14:54Z|2820s|4490m',
        '2017-10-08T14:54:07Z',
        120,
      ],
      [
        102,
        4,
        '2026-03-09',
        '23:45',
        30,
        AWKWARD_TEXT[2],
        'import',
        'kiritimati.fit',
        null,
        '2026-03-09T09:45:00Z',
        840,
      ],
      [103, 2, '2026-03-08', '00:15', 30, '', 'import', 'baker.fit', null, '2026-03-08T12:15:00Z', -720],
      [104, 2, '2026-03-10', null, 30, '', 'import', 'day-only.csv', '2026-03-10D|1800s|-', null, null],
      [105, 4, '2026-03-11', '06:00', 30, '', 'import', 'lone.gpx', null, '2026-03-11T06:00:00Z', null],
    ],
  )
}

/** One filler per schema version, for the tables that version's migration created. */
export const FILLERS: Readonly<Record<number, Filler>> = {
  1: fillVersion1,
  2: fillVersion2,
  3: fillVersion3,
  4: fillVersion4,
  5: fillVersion5,
}

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

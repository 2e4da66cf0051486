// The schema's CHECK lists and the app's enums are written twice (SQL cannot import TypeScript), so this
// test holds them together: a value the form offers must be one the database accepts, and no other.
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  EASED_BY_STRETCHING,
  EXPERIENCE,
  FOOT_TYPES,
  PAIN_CHARACTERS,
  PAIN_LOCATIONS,
  PAIN_TIMINGS,
  RED_FLAGS,
  RUN_SOURCES,
  RUN_TYPES,
  SESSION_KINDS,
  SEX,
  SURFACES,
  TIGHTNESS,
  WALL_GAPS,
} from '#shared/enums'
import { cleanup, migrationsDir, tempDir } from '../../../test/support'
import { openDatabase, type Db } from './connection'
import { loadMigrations, migrate } from './migrate'

const ATHLETE = "INSERT INTO athletes (name, sex, experience, run_days_per_week) VALUES ('Zoë', NULL, ?, 3)"
const RUN =
  "INSERT INTO runs (athlete_id, date, duration_min, type, surface, source) VALUES (1, '2026-03-01', 30, ?, ?, ?)"
const PAIN = `INSERT INTO pain_reports (athlete_id, date, score, timing, location, character, eased_by_stretching)
  VALUES (1, '2026-03-01', 3, ?, ?, ?, ?)`
const ASSESSMENT = `INSERT INTO assessments (athlete_id, date, hamstring_left, hamstring_right, hip_flexor_left,
  hip_flexor_right, wall_gap, foot_type) VALUES (1, '2026-03-01', ?, ?, ?, ?, ?, ?)`

/** For each enum column: the TS list, and a statement that inserts a row with that column set to `value`. */
const ENUM_COLUMNS: Record<string, { values: readonly string[]; insert: (db: Db, value: string) => void }> = {
  'athletes.sex': {
    values: SEX,
    insert: (db, v) =>
      db.prepare("INSERT INTO athletes (name, sex, experience, run_days_per_week) VALUES ('A', ?, 'new', 3)").run(v),
  },
  'athletes.experience': { values: EXPERIENCE, insert: (db, v) => db.prepare(ATHLETE).run(v) },
  'runs.type': { values: RUN_TYPES, insert: (db, v) => db.prepare(RUN).run(v, null, 'manual') },
  'runs.surface': { values: SURFACES, insert: (db, v) => db.prepare(RUN).run('easy', v, 'manual') },
  'runs.source': { values: RUN_SOURCES, insert: (db, v) => db.prepare(RUN).run('easy', null, v) },
  'pain_reports.timing': { values: PAIN_TIMINGS, insert: (db, v) => db.prepare(PAIN).run(v, 'central', 'ache', 'no') },
  'pain_reports.location': {
    values: PAIN_LOCATIONS,
    insert: (db, v) => db.prepare(PAIN).run('after', v, 'ache', 'no'),
  },
  'pain_reports.character': {
    values: PAIN_CHARACTERS,
    insert: (db, v) => db.prepare(PAIN).run('after', 'central', v, 'no'),
  },
  'pain_reports.eased_by_stretching': {
    values: EASED_BY_STRETCHING,
    insert: (db, v) => db.prepare(PAIN).run('after', 'central', 'ache', v),
  },
  'pain_red_flags.flag': {
    values: RED_FLAGS,
    insert: (db, v) => db.prepare('INSERT INTO pain_red_flags (pain_report_id, flag) VALUES (1, ?)').run(v),
  },
  'assessments.hamstring_left': {
    values: TIGHTNESS,
    insert: (db, v) => db.prepare(ASSESSMENT).run(v, null, null, null, null, null),
  },
  'assessments.hamstring_right': {
    values: TIGHTNESS,
    insert: (db, v) => db.prepare(ASSESSMENT).run(null, v, null, null, null, null),
  },
  'assessments.hip_flexor_left': {
    values: TIGHTNESS,
    insert: (db, v) => db.prepare(ASSESSMENT).run(null, null, v, null, null, null),
  },
  'assessments.hip_flexor_right': {
    values: TIGHTNESS,
    insert: (db, v) => db.prepare(ASSESSMENT).run(null, null, null, v, null, null),
  },
  'assessments.wall_gap': {
    values: WALL_GAPS,
    insert: (db, v) => db.prepare(ASSESSMENT).run(null, null, null, null, v, null),
  },
  'assessments.foot_type': {
    values: FOOT_TYPES,
    insert: (db, v) => db.prepare(ASSESSMENT).run(null, null, null, null, null, v),
  },
  'strength_sessions.kind': {
    values: SESSION_KINDS,
    insert: (db, v) =>
      db.prepare("INSERT INTO strength_sessions (athlete_id, date, kind) VALUES (1, '2026-03-01', ?)").run(v),
  },
}

/** Every `column IN ('a', 'b')` list in the schema, keyed `table.column`. */
function checkLists(db: Db): Record<string, string[]> {
  const tables = db
    .prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
    .all()
  const lists: Record<string, string[]> = {}
  for (const { name, sql } of tables) {
    for (const match of sql.matchAll(/\b(\w+) IN \(([^)]*)\)/g)) {
      const literals = [...(match[2] ?? '').matchAll(/'([^']*)'/g)].map((m) => m[1] ?? '')
      lists[`${name}.${match[1] ?? ''}`] = literals
    }
  }
  return lists
}

let db: Db

beforeEach(async () => {
  db = openDatabase(join(tempDir(), 'backstride.db'))
  await migrate(db, loadMigrations(migrationsDir))
  // One athlete and one pain report for the rows below to belong to.
  db.prepare(ATHLETE).run('new')
  db.prepare(PAIN).run('after', 'central', 'ache', 'no')
})

afterEach(() => {
  db.close()
  cleanup()
})

describe('enum CHECK constraints', () => {
  it('cover exactly the enum columns the app knows about', () => {
    expect(Object.keys(checkLists(db)).sort()).toEqual(Object.keys(ENUM_COLUMNS).sort())
  })

  it.each(Object.entries(ENUM_COLUMNS))('%s lists the same values as src/shared/enums.ts', (column, { values }) => {
    expect([...(checkLists(db)[column] ?? [])].sort()).toEqual([...values].sort())
  })

  it.each(Object.entries(ENUM_COLUMNS))(
    '%s accepts every listed value and nothing else',
    (_column, { values, insert }) => {
      for (const value of values) expect(() => insert(db, value)).not.toThrow()
      for (const bogus of ['sprint', '', values[0]?.toUpperCase() ?? 'X'])
        expect(() => insert(db, bogus)).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_CHECK' }))
    },
  )
})

describe('value CHECK constraints', () => {
  const runWith = (fields: { date?: string; duration?: number; distance?: number | null; rpe?: number | null }) =>
    db
      .prepare('INSERT INTO runs (athlete_id, date, duration_min, distance_m, rpe, type) VALUES (1, ?, ?, ?, ?, ?)')
      .run(fields.date ?? '2026-03-01', fields.duration ?? 30, fields.distance ?? null, fields.rpe ?? null, 'easy')
  const painWith = (score: number, date = '2026-03-01') =>
    db
      .prepare(
        "INSERT INTO pain_reports (athlete_id, date, score, timing, location, character, eased_by_stretching) VALUES (1, ?, ?, 'after', 'central', 'ache', 'no')",
      )
      .run(date, score)
  const refused = expect.objectContaining({ code: 'SQLITE_CONSTRAINT_CHECK' })

  it('keeps session RPE within 0–10', () => {
    expect(() => runWith({ rpe: 0 })).not.toThrow()
    expect(() => runWith({ rpe: 10 })).not.toThrow()
    expect(() => runWith({ rpe: 11 })).toThrow(refused)
    expect(() => runWith({ rpe: -1 })).toThrow(refused)
  })

  it('keeps pain scores within 0–10', () => {
    expect(() => painWith(0)).not.toThrow()
    expect(() => painWith(10)).not.toThrow()
    expect(() => painWith(11)).toThrow(refused)
    expect(() => painWith(-1)).toThrow(refused)
  })

  it('refuses a negative distance and a run of no duration', () => {
    expect(() => runWith({ distance: 0 })).not.toThrow()
    expect(() => runWith({ distance: -0.5 })).toThrow(refused)
    expect(() => runWith({ duration: 0 })).toThrow(refused)
    expect(() => runWith({ duration: -5 })).toThrow(refused)
    expect(() => runWith({ duration: 1441 })).toThrow(refused)
  })

  it.each(['2026-02-30', '31/03/2026', 'yesterday', '', '2026-3-1'])('refuses the malformed date %j', (date) => {
    expect(() => runWith({ date })).toThrow(refused)
    expect(() => painWith(3, date)).toThrow(refused)
    expect(() =>
      db.prepare("INSERT INTO shoes (athlete_id, name, start_date) VALUES (1, 'Pegasus', ?)").run(date),
    ).toThrow(refused)
  })

  it('refuses a retired date that is malformed or before the shoe was first used', () => {
    const shoe = db.prepare(
      "INSERT INTO shoes (athlete_id, name, start_date, retired_date) VALUES (1, 'Pegasus', '2026-01-10', ?)",
    )
    expect(() => shoe.run('2026-01-10')).not.toThrow()
    expect(() => shoe.run('2026-01-09')).toThrow(refused)
    expect(() => shoe.run('soon')).toThrow(refused)
  })

  it('counts the rows that were refused as never written', () => {
    expect(() => runWith({ rpe: 11 })).toThrow(refused)
    expect(db.prepare('SELECT count(*) FROM runs').pluck().get()).toBe(0)
  })
})

import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, migrationsDir, rowCounts, schemaSql, tableNames, tempDir } from '../../../test/support'
import { openDatabase, type Db } from './connection'
import { DatabaseTooNewError, MigrationError } from './errors'
import { loadMigrations, migrate, schemaVersion, type Migration } from './migrate'

const migrations = loadMigrations(migrationsDir)
const HEAD = migrations.length

const open: Db[] = []
function freshDb(): Db {
  const db = openDatabase(join(tempDir(), 'backstride.db'))
  open.push(db)
  return db
}

afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close()
  cleanup()
})

/** Realistic data for a database at schema 1: Unicode, NULLs and every boundary the constraints allow. */
function fillVersion1(db: Db): void {
  const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params)
  run(
    `INSERT INTO athletes (id, name, birth_year, sex, experience, run_days_per_week, goal, notes, archived_at)
     VALUES (1, ?, NULL, NULL, 'new', 0, '', '', NULL)`,
    'Zoë Ñúñez 山田',
  )
  run(
    `INSERT INTO athletes (id, name, birth_year, sex, experience, run_days_per_week, goal, notes, archived_at)
     VALUES (2, ?, 1988, 'female', 'experienced', 7, ?, ?, '2026-01-02T03:04:05Z')`,
    'Siobhán O’Brien',
    'Sub-3 marathon 🏃',
    'Line one\nline two',
  )
  run("INSERT INTO groups (id, name) VALUES (1, 'Road 10k'), (2, 'Trail')")
  run('INSERT INTO athlete_groups (athlete_id, group_id) VALUES (1, 1), (1, 2), (2, 2)')
  run(
    `INSERT INTO shoes (id, athlete_id, name, start_date, initial_distance_m, retired_date, replace_threshold_m)
     VALUES (1, 1, 'Pegasus 41', '2025-11-01', 0, NULL, 800000), (2, 2, 'Old trail pair', '2024-01-01', 123456.5, '2025-12-31', 700000)`,
  )
  run(
    `INSERT INTO runs (id, athlete_id, date, start_time, duration_min, distance_m, rpe, type, surface, shoe_id,
       cadence_spm, elevation_gain_m, temperature_c, notes, source, source_file, fingerprint, deleted_at)
     VALUES (1, 1, '2026-03-01', NULL, 45, 0, 0, 'recovery', NULL, NULL, NULL, NULL, NULL, '', 'manual', NULL, NULL, NULL),
            (2, 1, '2026-03-02', '07:30', 1440, 42195, 10, 'race', 'road', 1, 260, 0, -50, 'Race day', 'import',
             'garmin-export.csv', 'abc123', NULL),
            (3, 2, '2026-03-03', '18:00', 0.5, NULL, NULL, 'easy', 'treadmill', NULL, 60, NULL, 60, '', 'demo', NULL,
             NULL, '2026-03-04T00:00:00Z')`,
  )
  run(
    `INSERT INTO pain_reports (id, athlete_id, date, time, run_id, score, timing, onset_minute, location, character,
       eased_by_stretching, notes, deleted_at)
     VALUES (1, 1, '2026-03-02', '08:00', 2, 10, 'during', 0, 'both', 'sharp', 'no', 'Stopped at 30 km', NULL),
            (2, 1, '2026-03-03', NULL, NULL, 0, 'next_morning', NULL, 'central', 'ache', 'not_tried', '', NULL),
            (3, 2, '2026-03-03', NULL, 3, 4, 'after', NULL, 'below_knee', 'burning', 'yes', '', '2026-03-04T00:00:00Z')`,
  )
  run(
    `INSERT INTO pain_red_flags (pain_report_id, flag)
     VALUES (1, 'saddle_numbness'), (1, 'onset_age_outside_20_55'), (3, 'constant_night_pain')`,
  )
  run(
    `INSERT INTO assessments (id, athlete_id, date, hamstring_left, hamstring_right, hip_flexor_left, hip_flexor_right,
       plank_sec, side_plank_left_sec, side_plank_right_sec, wall_gap, foot_type, cadence_spm, notes)
     VALUES (1, 1, '2026-02-01', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, ''),
            (2, 2, '2026-02-02', 'tight', 'normal', 'tight', 'tight', 0, 45, 40, 'more_than_hand', 'overpronation', 172.5, 'é')`,
  )
  run(
    `INSERT INTO strength_sessions (id, athlete_id, date, kind, completed_exercises, notes)
     VALUES (1, 1, '2026-03-05', 'mobility', '[]', ''), (2, 2, '2026-03-05', 'strength', '["Plank","Bird dog"]', 'ok')`,
  )
  run("INSERT INTO settings (key, value) VALUES ('units', 'mi')")
}

/** Fillers by the schema version they were written for; a version without one uses the newest before it. */
const FILLERS: Record<number, (db: Db) => void> = { 1: fillVersion1 }
function fillerFor(version: number): (db: Db) => void {
  for (let v = version; v >= 1; v--) {
    const filler = FILLERS[v]
    if (filler) return filler
  }
  throw new Error(`No filler for schema ${String(version)}`)
}

describe('loadMigrations', () => {
  it('reads the numbered SQL files in order, starting with 001_initial', () => {
    expect(migrations.length).toBeGreaterThanOrEqual(1)
    expect(migrations.map((m) => m.version)).toEqual(Array.from({ length: HEAD }, (_, i) => i + 1))
    expect(migrations[0]?.name).toBe('initial')
    expect(migrations[0]?.sql).toContain('CREATE TABLE athletes')
  })

  it('ignores other files and refuses a gap in the numbering', () => {
    const dir = tempDir()
    writeFileSync(join(dir, '001_first.sql'), 'CREATE TABLE a (id INTEGER);')
    writeFileSync(join(dir, 'README.md'), 'not a migration')
    expect(loadMigrations(dir).map((m) => m.name)).toEqual(['first'])
    writeFileSync(join(dir, '003_third.sql'), 'CREATE TABLE c (id INTEGER);')
    expect(() => loadMigrations(dir)).toThrow('Migration files must be numbered 001, 002, … (found 3)')
  })
})

describe('migrate', () => {
  it('brings a new file to the newest version and creates every table the migrations declare', async () => {
    const db = freshDb()
    expect(schemaVersion(db)).toBe(0)
    await expect(migrate(db, migrations)).resolves.toBe(HEAD)
    expect(schemaVersion(db)).toBe(HEAD)

    const declared = migrations.flatMap((m) => [...m.sql.matchAll(/CREATE TABLE (\w+)/g)].map((match) => match[1]))
    expect(tableNames(db)).toEqual([...new Set(declared)].sort())
    expect(tableNames(db)).toEqual(
      expect.arrayContaining([
        'athletes',
        'groups',
        'athlete_groups',
        'shoes',
        'runs',
        'pain_reports',
        'pain_red_flags',
        'assessments',
        'strength_sessions',
        'settings',
      ]),
    )
  })

  it('does nothing and makes no backup when the file is already at the newest version', async () => {
    const db = freshDb()
    await migrate(db, migrations)
    const beforeMigrating = vi.fn(() => Promise.resolve())
    await expect(migrate(db, migrations, { beforeMigrating })).resolves.toBe(HEAD)
    expect(beforeMigrating).not.toHaveBeenCalled()
  })

  it('asks for a backup only when an existing file holds an older schema', async () => {
    const db = freshDb()
    const beforeMigrating = vi.fn(() => Promise.resolve())
    await migrate(db, migrations, { beforeMigrating })
    expect(beforeMigrating).not.toHaveBeenCalled()

    const upgrade: Migration[] = [...migrations, { version: HEAD + 1, name: 'extra', sql: 'CREATE TABLE extra (x);' }]
    await migrate(db, upgrade, { beforeMigrating })
    expect(beforeMigrating).toHaveBeenCalledTimes(1)
    expect(beforeMigrating).toHaveBeenCalledWith(HEAD)
  })

  describe.each(Array.from({ length: HEAD }, (_, i) => i + 1))('from a database filled at schema %i', (version) => {
    it('reaches the same schema as a new database and keeps every row', async () => {
      const db = freshDb()
      await migrate(db, migrations.slice(0, version))
      fillerFor(version)(db)
      const countsBefore = rowCounts(db)
      expect(countsBefore.runs).toBe(3)

      await migrate(db, migrations)

      const head = freshDb()
      await migrate(head, migrations)
      expect(schemaVersion(db)).toBe(HEAD)
      expect(schemaSql(db)).toEqual(schemaSql(head))
      expect(rowCounts(db)).toMatchObject(countsBefore)
      expect(db.pragma('foreign_key_check')).toEqual([])
      expect(db.prepare('SELECT name FROM athletes ORDER BY id').pluck().all()).toEqual([
        'Zoë Ñúñez 山田',
        'Siobhán O’Brien',
      ])
      expect(db.prepare('SELECT rpe, distance_m, start_time FROM runs ORDER BY id').all()).toEqual([
        { rpe: 0, distance_m: 0, start_time: null },
        { rpe: 10, distance_m: 42195, start_time: '07:30' },
        { rpe: null, distance_m: null, start_time: '18:00' },
      ])
      expect(db.prepare('SELECT score FROM pain_reports ORDER BY id').pluck().all()).toEqual([10, 0, 4])
    })
  })

  it('leaves the file at the last good version when a migration fails halfway', async () => {
    const db = freshDb()
    const broken: Migration[] = [
      migrations[0] as Migration,
      {
        version: 2,
        name: 'broken',
        sql: `CREATE TABLE half_done (id INTEGER PRIMARY KEY);
              INSERT INTO settings (key, value) VALUES ('half', 'done');
              THIS IS NOT SQL;`,
      },
    ]
    const failure = migrate(db, broken)
    await expect(failure).rejects.toThrow(MigrationError)
    await expect(failure).rejects.toThrow(/^Updating the data to schema 2 failed, so it was left exactly as it was\./)
    expect(schemaVersion(db)).toBe(1)
    expect(tableNames(db)).not.toContain('half_done')
    expect(db.prepare('SELECT count(*) FROM settings').pluck().get()).toBe(0)
  })

  it('refuses a database saved by a newer version and changes nothing in it', async () => {
    const db = freshDb()
    await migrate(db, migrations)
    db.pragma(`user_version = ${String(HEAD + 1)}`)
    const beforeMigrating = vi.fn(() => Promise.resolve())
    await expect(migrate(db, migrations, { beforeMigrating })).rejects.toThrow(DatabaseTooNewError)
    await expect(migrate(db, migrations)).rejects.toThrow(/saved by a newer version of Backstride/)
    expect(schemaVersion(db)).toBe(HEAD + 1)
    expect(beforeMigrating).not.toHaveBeenCalled()
  })
})

describe('a synthetic upgrade directory', () => {
  it('applies a later migration on top of the real ones', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'm'))
    for (const m of migrations)
      writeFileSync(join(dir, 'm', `${String(m.version).padStart(3, '0')}_${m.name}.sql`), m.sql)
    const next = String(HEAD + 1).padStart(3, '0')
    writeFileSync(
      join(dir, 'm', `${next}_nickname.sql`),
      "ALTER TABLE athletes ADD COLUMN nickname TEXT NOT NULL DEFAULT '';",
    )
    const db = freshDb()
    await migrate(db, loadMigrations(join(dir, 'm')))
    expect(schemaVersion(db)).toBe(HEAD + 1)
    expect(db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('athletes')).toContain('nickname')
  })
})

// Migration 004 gives the runs already in a coach's file their instant and offset (run once per time zone
// by vitest.config.ts): an imported run takes the UTC minute its fingerprint kept, a FIT run the offset of
// its watch, a run typed by hand this computer's clock, and a run without a time of day neither.
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { instantOf } from '#shared/clock'
import { buildFixture } from '../../../test/reliability/fixtures'
import { insert } from '../../../test/reliability/fill'
import { cleanup, migrationsDir, tempDir } from '../../../test/support'
import { openDatabase } from './connection'
import { loadMigrations, migrate } from './migrate'

const migrations = loadMigrations(migrationsDir)
const RUN_CLOCK = migrations.findIndex((m) => m.name === 'run_clock') + 1

afterEach(cleanup)

it(`fills the instant and offset of the runs a version ${String(RUN_CLOCK - 1)} file holds (TZ=${process.env.TZ ?? ''})`, async () => {
  const db = openDatabase(join(tempDir(), 'backstride.db'))
  await buildFixture(db, migrations, RUN_CLOCK - 1)
  insert(
    db,
    `INSERT INTO runs (id, athlete_id, date, start_time, duration_min, type, source, source_file, fingerprint)
     VALUES (?, 1, ?, ?, 30, 'easy', ?, ?, ?)`,
    [
      // A FIT run on a watch in Paris (UTC+2), a GPX run on the coach's clock in New York (UTC−4).
      [201, '2017-10-08', '16:54', 'import', 'Sonntag.FIT', '2017-10-08T14:54Z|2820s|4490m'],
      [202, '2017-10-08', '10:54', 'import', 'sunday.gpx', '2017-10-08T14:54Z|2810s|4400m'],
      [203, '2017-10-09', '07:05', 'import', 'kiribati.fit.gz', '2017-10-08T17:05Z|1800s|5000m'],
      [204, '2026-03-10', null, 'import', 'day-only.csv', '2026-03-10D|1800s|-'],
      [205, '2017-10-08', '18:30', 'manual', null, null],
    ],
  )
  await migrate(db, migrations.slice(0, RUN_CLOCK))
  const rows = db.prepare('SELECT id, start_utc, utc_offset_min FROM runs WHERE id > 200 ORDER BY id').raw(true).all()
  expect(rows).toEqual([
    [201, '2017-10-08T14:54:00Z', 120],
    [202, '2017-10-08T14:54:00Z', null],
    [203, '2017-10-08T17:05:00Z', 840],
    [204, null, null],
    // SQLite's 'utc' and the app read this computer's clock alike.
    [205, instantOf('2017-10-08', '18:30', null), null],
  ])
  db.close()
})

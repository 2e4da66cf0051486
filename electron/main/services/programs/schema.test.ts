// Migration 003 writes its closed lists as `x = 'a' OR x = 'b'` (see the note in the file); this holds
// them to src/shared/programs.ts and src/shared/enums.ts, both ways.
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { SESSION_KINDS } from '#shared/enums'
import { EXERCISE_CATEGORIES, PROGRAM_STATUSES, SIDES } from '#shared/programs'
import { openDatabase, type Db } from '../../db/connection'
import { loadMigrations, migrate } from '../../db/migrate'
import { cleanup, migrationsDir, tempDir } from '../../../../test/support'

let db: Db
beforeEach(async () => {
  db = openDatabase(join(tempDir(), 'backstride.db'))
  await migrate(db, loadMigrations(migrationsDir))
})
afterEach(() => {
  db.close()
  cleanup()
})

/** Every `column = 'literal'` in a table's CHECKs, keyed `table.column`. */
function equalityLists(): Record<string, string[]> {
  const lists: Record<string, string[]> = {}
  const tables = db.prepare<[], { name: string; sql: string }>(
    "SELECT name, sql FROM sqlite_master WHERE type = 'table'",
  )
  for (const { name, sql } of tables.all())
    for (const m of sql.matchAll(/\b(\w+) = '([^']*)'/g)) {
      const column = `${name}.${m[1] ?? ''}`
      if (!/^(exercises|programs|program_items)\./.test(column)) continue
      ;(lists[column] ??= []).push(m[2] ?? '')
    }
  return lists
}

it('checks exactly the app’s lists', () => {
  expect(equalityLists()).toEqual({
    'exercises.category': [...EXERCISE_CATEGORIES],
    'exercises.sides': [...SIDES],
    'programs.status': [...PROGRAM_STATUSES],
    'program_items.session': [...SESSION_KINDS],
    'program_items.sides': [...SIDES],
  })
})

it('refuses a program that does not start on a Monday and a tick with a malformed session', () => {
  db.prepare("INSERT INTO athletes (name, experience, run_days_per_week) VALUES ('A', 'new', 3)").run()
  const program = db.prepare("INSERT INTO programs (athlete_id, title, start_date, weeks) VALUES (1, 'P', ?, 6)")
  expect(() => program.run('2026-03-17')).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_CHECK' }))
  expect(() => program.run('2026-03-16')).not.toThrow()
  const tick = db.prepare(
    "INSERT INTO program_ticks (program_id, week, session_key, date) VALUES (1, 1, ?, '2026-03-17')",
  )
  expect(() => tick.run('tuesday')).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_CHECK' }))
  expect(() => tick.run('1-strength-1')).not.toThrow()
})

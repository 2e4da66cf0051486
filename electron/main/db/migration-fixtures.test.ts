// A database for every schema version, filled the way a coach's file gets filled (see
// reliability/fixtures.ts), migrated to the newest schema: it must end with the same schema as a new
// database and every row it had, byte for byte, and the app must open and read it. migrate.test.ts runs
// the chain on version 1's data; this covers every table of every version.
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { AWKWARD_TEXT } from '../../../test/reliability/fill'
import { buildFixture, FILLERS } from '../../../test/reliability/fixtures'
import { columnsOf, snapshotTables, tableContents } from '../../../test/reliability/tables'
import { call, cleanup, migrationsDir, schemaSql, tableNames, tempBackend, tempDir } from '../../../test/support'
import { openDatabase, type Db } from './connection'
import { loadMigrations, migrate, schemaVersion } from './migrate'
import { quoteId } from './content'

const migrations = loadMigrations(migrationsDir)
const HEAD = migrations.length
const VERSIONS = Array.from({ length: HEAD }, (_, i) => i + 1)

const open: Db[] = []
function fresh(dir = tempDir()): Db {
  const db = openDatabase(join(dir, 'backstride.db'))
  open.push(db)
  return db
}

afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close()
  cleanup()
})

describe('fixture databases', () => {
  it('have a filler for every schema version', () => {
    expect(Object.keys(FILLERS).map(Number)).toEqual(VERSIONS)
  })

  it.each(VERSIONS)('at schema %i fill every table, with NULL and a value in every nullable column', async (v) => {
    const db = fresh()
    await buildFixture(db, migrations, v)
    expect(schemaVersion(db)).toBe(v)
    for (const table of tableNames(db)) {
      const count = db
        .prepare('SELECT count(*) FROM ' + quoteId(table))
        .pluck()
        .get() as number
      expect(count, `${table} has no rows in the schema ${String(v)} fixture: extend its filler`).toBeGreaterThan(1)
      for (const column of columnsOf(db, table).filter((c) => c.notnull === 0 && c.pk === 0)) {
        const name = quoteId(column.name)
        const [nulls, values] = db
          .prepare('SELECT count(*) - count(' + name + '), count(' + name + ') FROM ' + quoteId(table))
          .raw(true)
          .get() as [number, number]
        expect(nulls, `${table}.${column.name} is never NULL in the fixture`).toBeGreaterThan(0)
        expect(values, `${table}.${column.name} is always NULL in the fixture`).toBeGreaterThan(0)
      }
    }
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(db.pragma('foreign_key_check')).toEqual([])
  })
})

describe.each(VERSIONS)('a database filled at schema %i, migrated to the newest', (v) => {
  it('has exactly the schema of a new database and every row it had, byte for byte', async () => {
    const db = fresh()
    await buildFixture(db, migrations, v)
    const before = snapshotTables(db)

    await expect(migrate(db, migrations)).resolves.toBe(HEAD)

    const head = fresh()
    await migrate(head, migrations)
    expect(schemaVersion(db)).toBe(HEAD)
    expect(schemaSql(db)).toEqual(schemaSql(head))
    for (const [table, { columns, rows }] of before) {
      // A future migration that rewrites data on purpose must say so here, table by table.
      expect(tableContents(db, table, columns), `rows of ${table}`).toEqual(rows)
    }
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(db.pragma('foreign_key_check')).toEqual([])
  })

  it('opens in the app, which reads the Unicode names, NULLs and boundary values back through the API', async () => {
    const dir = tempDir()
    const db = fresh(dir)
    await buildFixture(db, migrations, v)
    db.close()

    const backend = await tempBackend({ dataDir: dir })
    const athletes = await call(backend, 'athletes.list', { includeArchived: true })
    expect(athletes.map((a) => a.name).sort()).toEqual(
      ['Zoë Ñúñez 山田', 'Siobhán O’Brien', 'محمد الحسن', 'é'.repeat(80)].sort(),
    )
    expect(await call(backend, 'athletes.get', { id: 1 })).toMatchObject({
      birthYear: null,
      sex: null,
      groups: ['Road 10k', 'Łukasz Żółć'],
    })
    expect(await call(backend, 'athletes.get', { id: 3 })).toMatchObject({
      archived: true,
      birthYear: 2100,
      goal: AWKWARD_TEXT[6],
      notes: 'NUL inside: a\u0000b',
    })
    const runs = await call(backend, 'runs.list', { athleteId: 1 })
    expect(runs.map((r) => [r.id, r.startTime, r.distanceM, r.rpe, r.cadenceSpm])).toEqual([
      [2, '07:30', 42195, 10, 260],
      [1, null, null, null, null],
    ])
    const pain = await call(backend, 'pain.list', { athleteId: 1 })
    expect(pain.map((p) => [p.score, p.redFlags.length])).toEqual([
      [0, 2],
      [10, 3],
    ])
    expect(await call(backend, 'settings.get', {})).toMatchObject({ units: 'mi' })
    if (v >= 3) {
      expect(await call(backend, 'programs.get', { id: 2 })).toMatchObject({
        weeks: 16,
        status: 'active',
        runDays: [0, 2, 4, 6],
      })
      const exercises = await call(backend, 'exercises.list', {})
      expect(exercises.find((e) => e.id === 1001)).toMatchObject({ name: 'Wall sit 🧱', key: null })
    }
  })
})

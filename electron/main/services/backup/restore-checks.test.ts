// What the probe of issue 11 found, each on a real file: a look-alike database, a backup with one added
// trigger, a backup with a dropped table. Each is refused before the swap, with a reason that names the
// first difference, and the coach's data stays exactly as it was; revert copies are pruned on every restore.
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import type { Backend } from '../../backend'
import { contentDigest } from '../../db/content'
import { call, cleanup, grant, tempBackend, tempDir } from '../../../../test/support'

afterEach(cleanup)

async function club(backend: Backend) {
  const ana = await call(backend, 'athletes.create', { name: 'Ana Ruiz', groups: ['Road 10k'] })
  await call(backend, 'runs.create', { athleteId: ana.id, date: '2026-03-01', durationMin: 40, rpe: 5 })
  await call(backend, 'runs.create', { athleteId: ana.id, date: '2026-03-03', durationMin: 50, rpe: 6 })
  return ana
}

/** A copy of a fresh backup, changed with `sql` and without the sidecar that would catch it by digest. */
async function alteredBackup(backend: Backend, sql: string): Promise<string> {
  const backup = await call(backend, 'backups.create', {})
  const file = join(tempDir(), 'altered.db')
  copyFileSync(backup.path, file)
  const db = new Database(file)
  db.exec(sql)
  db.close()
  return file
}

const backupNames = (backend: Backend) => {
  const dir = join(backend.dataDir, 'backups')
  return existsSync(dir) ? readdirSync(dir) : []
}

const restoringLeftovers = (backend: Backend) =>
  readdirSync(backend.dataDir).filter((name) => name.startsWith('restoring-'))

async function expectRefused(backend: Backend, path: string, message: string) {
  const before = contentDigest(backend.db)
  const kept = backupNames(backend)
  expect(await backend.dispatch('backups.restore', { grant: grant(backend, path) })).toEqual({
    ok: false,
    error: { code: 'invalid', field: 'grant', message },
  })
  expect(contentDigest(backend.db)).toBe(before)
  // No revert copy for a refused file, and no temp file left.
  expect(backupNames(backend)).toEqual(kept)
  expect(restoringLeftovers(backend)).toEqual([])
  // The app goes on answering from the same data.
  expect((await call(backend, 'athletes.list', {})).map((a) => a.name)).toEqual(['Ana Ruiz'])
}

describe('a restore checks the whole schema before the swap', () => {
  it('refuses the look-alike with four tables and user_version 3, naming the first missing table', async () => {
    const backend = await tempBackend()
    await club(backend)
    const file = join(tempDir(), 'lookalike.db')
    const db = new Database(file)
    db.exec(`
      CREATE TABLE athletes (id INTEGER PRIMARY KEY, name TEXT);
      CREATE TABLE runs (id INTEGER PRIMARY KEY, athlete_id INTEGER, date TEXT);
      CREATE TABLE pain_reports (id INTEGER PRIMARY KEY, athlete_id INTEGER, score INTEGER);
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);
      INSERT INTO athletes (name) VALUES ('Someone else');
    `)
    db.pragma('user_version = 3')
    db.close()
    await expectRefused(
      backend,
      file,
      'That is a SQLite database, but not one of Backstride’s: it has no table “alert_acknowledgements”.',
    )
  })

  it('refuses a backup with one added trigger, so the next pain report cannot delete every run', async () => {
    const backend = await tempBackend()
    await club(backend)
    const file = await alteredBackup(
      backend,
      'CREATE TRIGGER wipe AFTER INSERT ON pain_reports BEGIN DELETE FROM runs; END;',
    )
    await expectRefused(
      backend,
      file,
      'That is a SQLite database, but not one of Backstride’s: it has an extra trigger “wipe” that is not one of Backstride’s.',
    )
  })

  it('refuses a backup with a dropped table', async () => {
    const backend = await tempBackend()
    await club(backend)
    const file = await alteredBackup(backend, 'DROP TABLE program_ticks;')
    await expectRefused(
      backend,
      file,
      'That is a SQLite database, but not one of Backstride’s: it has no table “program_ticks”.',
    )
  })

  it('refuses an added column and a changed index, each by name', async () => {
    const backend = await tempBackend()
    await club(backend)
    const column = await alteredBackup(backend, 'ALTER TABLE runs ADD COLUMN secret TEXT;')
    await expectRefused(
      backend,
      column,
      'That is a SQLite database, but not one of Backstride’s: it has an extra column “runs.secret”.',
    )
    const index = await alteredBackup(backend, 'CREATE INDEX extra_runs ON runs (notes);')
    await expectRefused(
      backend,
      index,
      'That is a SQLite database, but not one of Backstride’s: it has an extra index “extra_runs” that is not one of Backstride’s.',
    )
  })

  it('refuses a backup that refers to records it does not hold', async () => {
    const backend = await tempBackend()
    await club(backend)
    const file = await alteredBackup(backend, 'PRAGMA foreign_keys = OFF; DELETE FROM athletes;')
    await expectRefused(backend, file, 'That backup refers to records it does not hold.')
  })
})

describe('a JSON export is checked with the API’s own schemas', () => {
  /** The export of everything, with one value of one table changed. */
  async function alteredExport(backend: Backend, table: string, column: string, value: unknown) {
    const file = (await call(backend, 'export.json', {})).files[0]?.path ?? ''
    const doc = JSON.parse(readFileSync(file, 'utf8')) as {
      tables: Record<string, { columns: string[]; rows: unknown[][] }>
    }
    const data = doc.tables[table]
    const row = data?.rows[0]
    if (!data || !row) throw new Error(`no ${table} row to change`)
    row[data.columns.indexOf(column)] = value
    const altered = join(tempDir(), 'altered.json')
    writeFileSync(altered, JSON.stringify(doc))
    return altered
  }

  it('restores the demo club’s export whole: every value it holds passes', async () => {
    const backend = await tempBackend()
    await call(backend, 'demo.create', {})
    const before = contentDigest(backend.db)
    const file = (await call(backend, 'export.json', {})).files[0]?.path ?? ''
    await call(backend, 'athletes.create', { name: 'Added later' })
    await call(backend, 'backups.restore', { grant: grant(backend, file) })
    expect(contentDigest(backend.db)).toBe(before)
  })

  it.each([
    ['a temperature of 999 °C', 'runs', 'temperature_c', 999, '“runs.temperature_c” in row 1'],
    ['an RPE of 11', 'runs', 'rpe', 11, '“runs.rpe” in row 1: Session RPE is from 0 to 10'],
    ['a date that is not one', 'runs', 'date', '2026-13-45', '“runs.date” in row 1: Use a date like 2026-03-31'],
    ['an unknown run type', 'runs', 'type', 'sprint', '“runs.type” in row 1'],
  ])('refuses %s, naming the table, column and row', async (_what, table, column, value, where) => {
    const backend = await tempBackend()
    await club(backend)
    const file = await alteredExport(backend, table, column, value)
    const answer = await backend.dispatch('backups.restore', { grant: grant(backend, file) })
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'invalid',
        field: 'grant',
        message: expect.stringContaining(`That export holds a value Backstride does not accept: ${where}`),
      },
    })
  })
})

describe('revert copies', () => {
  it('are pruned by the keep-policy on every restore: 6 restores leave the newest 3', async () => {
    const backend = await tempBackend()
    await club(backend)
    const backup = await call(backend, 'backups.create', {})
    const revertCopies: string[] = []
    for (let i = 0; i < 6; i++)
      revertCopies.push((await call(backend, 'backups.restore', { grant: backup.grant })).revertCopy.name)
    const left = readdirSync(join(backend.dataDir, 'backups')).filter(
      (n) => n.startsWith('before-restore-') && n.endsWith('.db'),
    )
    expect(left.sort()).toEqual(revertCopies.slice(-3).sort())
  })
})

describe('start-up', () => {
  it('sweeps the partial and restoring files that killed backups and restores left behind', async () => {
    const first = await tempBackend()
    await club(first)
    await call(first, 'backups.create', {})
    first.close()
    const leftovers = [
      join(first.dataDir, 'restoring-2026-03-01T10-00-00-000Z.db'),
      join(first.dataDir, 'restoring-2026-03-01T10-00-00-000Z.db-journal'),
      join(first.dataDir, 'backups', 'auto-2026-03-01T10-00-00-000Z.db.partial'),
      join(first.dataDir, 'exports.json.partial'),
    ]
    for (const file of leftovers) writeFileSync(file, 'half')
    const second = await tempBackend({ dataDir: first.dataDir })
    expect(restoringLeftovers(second)).toEqual([])
    expect(readdirSync(join(second.dataDir, 'backups')).filter((n) => n.endsWith('.partial'))).toEqual([])
    // Only what a killed backup or restore writes is swept; other files stay.
    expect(readdirSync(second.dataDir)).toContain('exports.json.partial')
  })
})

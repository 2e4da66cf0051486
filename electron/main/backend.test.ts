import Database from 'better-sqlite3'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DATABASE_FILE, openBackend, resolveDataDir } from './backend'
import { openDatabase } from './db/connection'
import { DatabaseInUseError, DatabaseTooNewError } from './db/errors'
import { loadMigrations, migrate } from './db/migrate'
import { call, cleanup, migrationsDir, tempBackend, tempDir } from '../../test/support'

const HEAD = loadMigrations(migrationsDir).length

afterEach(cleanup)

/** Reads a closed database file directly, the way a support person would inspect it. */
function inspect<T>(file: string, look: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    return look(db)
  } finally {
    db.close()
  }
}

const versionOf = (file: string) => inspect(file, (db) => db.pragma('user_version', { simple: true }))
const namesIn = (file: string) =>
  inspect(file, (db) => db.prepare('SELECT name FROM athletes ORDER BY id').pluck().all())

describe('openBackend', () => {
  it('creates the data folder and a database at the newest schema, with no backup for a new file', async () => {
    const dataDir = join(tempDir(), 'nested', 'Backstride data')
    const backend = await tempBackend({ dataDir })
    expect(backend.databaseFile).toBe(join(dataDir, DATABASE_FILE))
    expect(backend.db.pragma('user_version', { simple: true })).toBe(HEAD)
    expect(existsSync(join(dataDir, 'backups'))).toBe(false)
    backend.close()
    backend.close()
    expect(backend.db.open).toBe(false)
  })

  it('refuses a second back end on the same data folder while the first is open', async () => {
    const first = await tempBackend()
    await expect(openBackend({ dataDir: first.dataDir, migrationsDir })).rejects.toThrow(
      new DatabaseInUseError(first.databaseFile).message,
    )
    expect(await call(first, 'athletes.list', {})).toEqual([])
  })

  it('refuses a database saved by a newer version, with a clear message, and changes nothing in it', async () => {
    const backend = await tempBackend()
    await call(backend, 'athletes.create', { name: 'Zoë Ñúñez 山田' })
    backend.close()
    const raw = new Database(backend.databaseFile)
    raw.pragma(`user_version = ${String(HEAD + 1)}`)
    raw.close()

    const opening = openBackend({ dataDir: backend.dataDir, migrationsDir })
    await expect(opening).rejects.toThrow(DatabaseTooNewError)
    await expect(opening).rejects.toThrow(
      `This data was saved by a newer version of Backstride (schema ${String(HEAD + 1)}; this version knows up to ` +
        `${String(HEAD)}). Install the newer version to open it; nothing was changed.`,
    )
    expect(versionOf(backend.databaseFile)).toBe(HEAD + 1)
    expect(namesIn(backend.databaseFile)).toEqual(['Zoë Ñúñez 山田'])
    expect(existsSync(join(backend.dataDir, 'backups'))).toBe(false)
    // The refusal let go of the file: the newer Backstride (or this test) can open it at once.
    openDatabase(backend.databaseFile).close()
  })

  it('backs up an existing file through SQLite before upgrading it, and the backup opens at the old version', async () => {
    // A coach's file from the first version of the app: schema 1 only, with one athlete and one run.
    const dataDir = tempDir()
    const old = openDatabase(join(dataDir, DATABASE_FILE))
    await migrate(old, loadMigrations(migrationsDir).slice(0, 1))
    old
      .prepare('INSERT INTO athletes (name, experience, run_days_per_week) VALUES (?, ?, ?)')
      .run('Zoë Ñúñez 山田', 'experienced', 4)
    old
      .prepare('INSERT INTO runs (athlete_id, date, start_time, duration_min, rpe, type) VALUES (?, ?, ?, ?, ?, ?)')
      .run(1, '2026-03-01', '07:30', 45, 6, 'easy')
    old.close()

    const after = await tempBackend({ dataDir })
    expect(after.db.pragma('user_version', { simple: true })).toBe(HEAD)
    expect((await call(after, 'athletes.list', {})).map((a) => a.name)).toEqual(['Zoë Ñúñez 山田'])
    // Migrated, the run has its instant too (on this computer's clock: the unit tests run in UTC).
    expect((await call(after, 'runs.list', { athleteId: 1 })).map((r) => [r.load, r.startUtc])).toEqual([
      [270, '2026-03-01T07:30:00Z'],
    ])

    // Reading a WAL-mode file leaves -wal/-shm companions next to it; count the databases themselves.
    const backupFiles = () => readdirSync(join(dataDir, 'backups')).filter((name) => name.endsWith('.db'))
    const backups = backupFiles()
    expect(backups).toHaveLength(1)
    expect(backups[0]).toMatch(/^before-migration-v1-\d{4}-\d{2}-\d{2}T[\d-]+Z\.db$/)
    const backup = join(dataDir, 'backups', backups[0] ?? '')
    expect(versionOf(backup)).toBe(1)
    expect(namesIn(backup)).toEqual(['Zoë Ñúñez 山田'])
    expect(inspect(backup, (db) => db.pragma('integrity_check', { simple: true }))).toBe('ok')
    const tables = inspect(backup, (db) =>
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all(),
    )
    expect(tables).not.toContain('programs')
    after.close()

    // Opening the upgraded file again makes no further backup.
    await tempBackend({ dataDir })
    expect(backupFiles()).toEqual(backups)
  })

  it('keeps the coach’s choice of units and coach profile across restarts, and says where the data is', async () => {
    const dataDir = tempDir()
    const first = await tempBackend({ dataDir })
    expect(await call(first, 'settings.get', {})).toEqual({
      units: 'km',
      coach: { name: '', phone: '' },
      dataDir,
      databaseFile: join(dataDir, DATABASE_FILE),
    })
    expect(await call(first, 'settings.update', { units: 'mi' })).toMatchObject({ units: 'mi' })
    expect(await call(first, 'settings.coach', { name: '  Ana Ruiz ', phone: '+34 600 123 456' })).toMatchObject({
      coach: { name: 'Ana Ruiz', phone: '+34 600 123 456' },
    })
    first.close()

    const second = await tempBackend({ dataDir })
    expect(await call(second, 'settings.get', {})).toEqual({
      units: 'mi',
      coach: { name: 'Ana Ruiz', phone: '+34 600 123 456' },
      dataDir,
      databaseFile: join(dataDir, DATABASE_FILE),
    })
  })

  it('falls back to km when the stored units are not ones it knows', async () => {
    const backend = await tempBackend()
    backend.repos.settings.set('units', 'furlongs')
    expect(await call(backend, 'settings.get', {})).toMatchObject({ units: 'km' })
  })
})

describe('resolveDataDir', () => {
  it('uses BACKSTRIDE_DATA_DIR when set, otherwise the user-data folder', () => {
    expect(resolveDataDir({ BACKSTRIDE_DATA_DIR: '/tmp/e2e-1' }, '/home/coach/.config/Backstride')).toBe('/tmp/e2e-1')
    expect(resolveDataDir({ BACKSTRIDE_DATA_DIR: '  /tmp/e2e-2  ' }, '/home/coach/.config/Backstride')).toBe(
      '/tmp/e2e-2',
    )
    expect(resolveDataDir({ BACKSTRIDE_DATA_DIR: '   ' }, '/home/coach/.config/Backstride')).toBe(
      '/home/coach/.config/Backstride',
    )
    expect(resolveDataDir({}, '/home/coach/.config/Backstride')).toBe('/home/coach/.config/Backstride')
  })

  it('takes the folder chosen with "Open another folder" (--data-dir=) first', () => {
    const argv = ['/opt/Backstride/backstride', '--data-dir=/media/usb/Club data']
    expect(resolveDataDir({ BACKSTRIDE_DATA_DIR: '/tmp/e2e-1' }, '/home/coach/.config/Backstride', argv)).toBe(
      '/media/usb/Club data',
    )
  })
})

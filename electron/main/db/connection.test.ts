import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, repoRoot, tempDir } from '../../../test/support'
import { openDatabase, type Db } from './connection'
import { DatabaseInUseError } from './errors'

const open: Db[] = []
function openTracked(file: string): Db {
  const db = openDatabase(file)
  open.push(db)
  return db
}

afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close()
  cleanup()
})

/** Another Node process that opens the same file the way Backstride does and prints what happened. */
function openInSecondProcess(file: string) {
  const dir = tempDir()
  const script = join(dir, 'second-window.ts')
  const connection = pathToFileURL(join(repoRoot, 'electron/main/db/connection.ts')).href
  writeFileSync(
    script,
    [
      `import { openDatabase } from ${JSON.stringify(connection)}`,
      'try {',
      '  openDatabase(process.argv[2])',
      "  console.log('OPENED')",
      '} catch (error) {',
      '  console.log(error.name + ": " + error.message)',
      '  process.exitCode = 3',
      '}',
    ].join('\n'),
  )
  // A hang would show up as a timeout (result.error), not as a refusal.
  return spawnSync(process.execPath, ['--import', 'tsx', script, file], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 10_000,
  })
}

describe('openDatabase', () => {
  it('opens a new database in WAL mode with foreign keys on and full fsync', () => {
    const db = openTracked(join(tempDir(), 'backstride.db'))
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('synchronous', { simple: true })).toBe(2)
  })

  it('enforces foreign keys, so a run cannot point at an athlete that does not exist', () => {
    const db = openTracked(join(tempDir(), 'backstride.db'))
    db.exec(
      'CREATE TABLE parent (id INTEGER PRIMARY KEY); CREATE TABLE child (parent_id INTEGER REFERENCES parent (id))',
    )
    expect(() => db.prepare('INSERT INTO child (parent_id) VALUES (?)').run(42)).toThrow(/FOREIGN KEY/)
  })

  it('keeps the same settings when an existing file is opened again', () => {
    const file = join(tempDir(), 'backstride.db')
    openTracked(file).close()
    const db = openTracked(file)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('synchronous', { simple: true })).toBe(2)
  })

  it('refuses a second connection in the same process with the "already open" message', () => {
    const file = join(tempDir(), 'backstride.db')
    openTracked(file)
    expect(() => openTracked(file)).toThrow(DatabaseInUseError)
    expect(() => openTracked(file)).toThrow(new DatabaseInUseError(file).message)
  })

  it('refuses a second process at once with a clear message, then lets it in once the first closes', () => {
    const file = join(tempDir(), 'backstride.db')
    const first = openTracked(file)
    first.exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('kept')")

    const refused = openInSecondProcess(file)
    expect(refused.error).toBeUndefined()
    expect(refused.stderr).toBe('')
    expect(refused.stdout.trim()).toBe(`DatabaseInUseError: ${new DatabaseInUseError(file).message}`)
    expect(refused.status).toBe(3)
    expect(new DatabaseInUseError(file).message).toContain('already open in another Backstride window')

    // The refused process changed nothing.
    expect(first.prepare('SELECT text FROM notes').pluck().all()).toEqual(['kept'])

    first.close()
    const admitted = openInSecondProcess(file)
    expect(admitted.error).toBeUndefined()
    expect(admitted.stdout.trim()).toBe('OPENED')
    expect(admitted.status).toBe(0)

    const again = openTracked(file)
    expect(again.prepare('SELECT text FROM notes').pluck().all()).toEqual(['kept'])
  })
})

// A kill in the middle of a migration: a version 1 database full of data is migrated by a child process
// through the real migrations plus a deliberately slow one (it writes a large table and alters another,
// the kind of step a real upgrade may need), and killed with SIGKILL at a random moment. Reopened, the file
// must be at exactly one version, with exactly that version's schema and all its data; migrating again must
// finish the job. Used by db/migration-kill.test.ts and scripts/soak.ts.
import { spawn } from 'node:child_process'
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openDatabase, type Db } from '../../electron/main/db/connection'
import { loadMigrations, migrate, schemaVersion, type Migration } from '../../electron/main/db/migrate'
import { createRng } from '../../electron/main/services/seed/random'
import { buildFixture } from './fixtures'
import { changedTables, snapshotTables } from './tables'

const CHILD = fileURLToPath(new URL('./migration-child', import.meta.url))
const MIGRATIONS = fileURLToPath(new URL('../../electron/main/db/migrations', import.meta.url))
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** About a second of work on a 2-core machine: long enough that most random kills land inside it. */
export const SLOW_MIGRATION_SQL = `
CREATE TABLE ballast (id INTEGER PRIMARY KEY, payload BLOB NOT NULL);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60000)
INSERT INTO ballast (payload) SELECT randomblob(100) FROM n;
CREATE INDEX ballast_payload ON ballast (payload);
ALTER TABLE athletes ADD COLUMN nickname TEXT NOT NULL DEFAULT '';
UPDATE athletes SET nickname = substr(name, 1, 3);
`

export interface MigrationKillOptions {
  kills: number
  seed: number
  workDir: string
  log?: (line: string) => void
}

export interface MigrationKillReport {
  kills: number
  /** kills that left the file at an older version than the target (the slow step rolled back) */
  leftOld: number
  /** kills that came after the last step had committed */
  leftNew: number
  /** runs whose random wait outlasted the migration: not killed, checked all the same */
  finishedFirst: number
  /** how many kills left the file at each version */
  versions: Record<number, number>
}

type Schema = { type: string; name: string; sql: string | null }[]

const schemaOf = (db: Db): Schema =>
  db
    .prepare<[], Schema[number]>(
      "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )
    .all()

interface Run {
  migrating: boolean
  migrated: boolean
  signal: NodeJS.Signals | null
  code: number | null
  stderr: string
  /** ms from MIGRATING to the child's exit */
  ms: number
}

/** Migrates `file` in a child; kills it `killAfterMs` after it starts migrating (never, when null). */
function migrateInChild(file: string, dir: string, killAfterMs: number | null): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, dir], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const run: Run = { migrating: false, migrated: false, signal: null, code: null, stderr: '', ms: 0 }
    let started = 0
    let out = ''
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      out += chunk
      if (!run.migrating && out.includes('MIGRATING\n')) {
        run.migrating = true
        started = performance.now()
        if (killAfterMs !== null) setTimeout(() => child.kill('SIGKILL'), killAfterMs)
      }
      if (out.includes('MIGRATED')) run.migrated = true
    })
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => (run.stderr += chunk))
    child.on('error', reject)
    child.on('close', (code, signal) => {
      run.code = code
      run.signal = signal
      run.ms = started ? performance.now() - started : 0
      resolve(run)
    })
  })
}

const removeDb = (file: string) => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true })
}

export async function runMigrationKills(options: MigrationKillOptions): Promise<MigrationKillReport> {
  const rng = createRng(options.seed)
  const real = loadMigrations(MIGRATIONS)
  const head = real.length + 1
  const dir = join(options.workDir, 'migrations')
  mkdirSync(dir, { recursive: true })
  for (const m of real) writeFileSync(join(dir, `${String(m.version).padStart(3, '0')}_${m.name}.sql`), m.sql)
  writeFileSync(join(dir, `${String(head).padStart(3, '0')}_slow_upgrade.sql`), SLOW_MIGRATION_SQL)
  const migrations: Migration[] = loadMigrations(dir)

  // The schema each version must have, from new databases migrated that far.
  const schemas = new Map<number, Schema>()
  for (let v = 1; v < head; v++) {
    const file = join(options.workDir, `schema-${String(v)}.db`)
    const db = openDatabase(file)
    await migrate(db, real.slice(0, v))
    schemas.set(v, schemaOf(db))
    db.close()
    removeDb(file)
  }

  const template = join(options.workDir, 'template.db')
  const db = openDatabase(template)
  await buildFixture(db, real, 1)
  const data = snapshotTables(db)
  db.close()

  // One run without a kill: the newest schema, and how long the migration takes here.
  const whole = join(options.workDir, 'whole.db')
  copyFileSync(template, whole)
  const timing = await migrateInChild(whole, dir, null)
  if (!timing.migrated || timing.code !== 0) throw new Error(`the migration failed without a kill: ${timing.stderr}`)
  const done = openDatabase(whole)
  schemas.set(head, schemaOf(done))
  done.close()
  removeDb(whole)

  const report: MigrationKillReport = { kills: 0, leftOld: 0, leftNew: 0, finishedFirst: 0, versions: {} }
  // Until enough kills have landed, one of them inside the migration: a wait can outlast the migration, and
  // on a very slow machine the later tries wait less.
  for (let i = 0; i < options.kills * 4; i++) {
    if (report.kills >= options.kills && report.leftOld > 0) break
    const window = report.kills < options.kills ? timing.ms * 1.1 : timing.ms / 2
    const delay = Math.round(rng.uniform(0, window))
    const file = join(options.workDir, `kill-${String(i)}.db`)
    copyFileSync(template, file)
    const run = await migrateInChild(file, dir, delay)
    const finished = run.code === 0 && run.migrated
    if (!finished && (run.signal !== 'SIGKILL' || !run.migrating))
      throw new Error(`the migrating child failed (code ${String(run.code)}): ${run.stderr}`)
    if (finished) report.finishedFirst++
    else report.kills++

    const reopened = openDatabase(file)
    try {
      const version = schemaVersion(reopened)
      report.versions[version] = (report.versions[version] ?? 0) + 1
      if (version < head) report.leftOld++
      else if (!finished) report.leftNew++
      const problems: string[] = []
      const integrity = reopened.pragma('integrity_check', { simple: true })
      if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`)
      const expected = schemas.get(version)
      if (!expected) problems.push(`version ${String(version)} is not one the migrations produce`)
      else if (JSON.stringify(schemaOf(reopened)) !== JSON.stringify(expected))
        problems.push(`the schema is not exactly version ${String(version)}'s`)
      const changed = changedTables(reopened, data)
      if (changed.length > 0) problems.push(`rows changed in ${changed.join(', ')}`)

      // Starting the app again finishes the upgrade from wherever the kill left it.
      await migrate(reopened, migrations)
      if (JSON.stringify(schemaOf(reopened)) !== JSON.stringify(schemas.get(head)))
        problems.push('migrating again did not reach the newest schema')
      if (changedTables(reopened, data).length > 0) problems.push('migrating again changed rows')
      if (problems.length > 0)
        throw new Error(
          `kill ${String(i + 1)} after ${String(delay)} ms (version ${String(version)}): ${problems.join('; ')}`,
        )
      options.log?.(`migration kill ${String(i + 1)} after ${String(delay)} ms: left at version ${String(version)}`)
    } finally {
      reopened.close()
      removeDb(file)
    }
  }
  removeDb(template)
  return report
}

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Database } from 'better-sqlite3'
import { DatabaseTooNewError, MigrationError } from './errors'

export interface Migration {
  version: number
  name: string
  sql: string
}

const FILE = /^(\d{3})_([a-z0-9_]+)\.sql$/

/** Reads `NNN_name.sql` files; versions must run 1, 2, 3… with no gap. */
export function loadMigrations(dir: string): Migration[] {
  const migrations = readdirSync(dir)
    .map((file) => ({ file, match: FILE.exec(file) }))
    .filter((entry): entry is { file: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ file, match }) => ({
      version: Number(match[1]),
      name: match[2] ?? file,
      sql: readFileSync(join(dir, file), 'utf8'),
    }))
    .sort((a, b) => a.version - b.version)
  migrations.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(`Migration files must be numbered 001, 002, … (found ${String(m.version)})`)
  })
  return migrations
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number
}

export interface MigrateOptions {
  /** Called once, before the first migration, when the file already held data of an older schema. */
  beforeMigrating?: (fromVersion: number) => Promise<void>
}

/**
 * Brings the schema to the newest version, one migration per transaction, so a failure or a kill
 * leaves the file at exactly the version before that step.
 */
export async function migrate(db: Database, migrations: Migration[], options: MigrateOptions = {}): Promise<number> {
  const latest = migrations.length
  const current = schemaVersion(db)
  if (current > latest) throw new DatabaseTooNewError(current, latest)
  if (current === latest) return current
  if (current > 0 && options.beforeMigrating) await options.beforeMigrating(current)
  for (const migration of migrations.slice(current)) {
    const step = db.transaction(() => {
      db.exec(migration.sql)
      // user_version cannot be bound as a parameter; the value is an integer from our own file list.
      db.pragma(`user_version = ${String(Math.trunc(migration.version))}`)
    })
    try {
      step()
    } catch (error) {
      throw new MigrationError(migration.version, error)
    }
  }
  return latest
}

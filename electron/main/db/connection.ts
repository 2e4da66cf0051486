import Database from 'better-sqlite3'
import { DatabaseInUseError } from './errors'

export type Db = Database.Database

/**
 * Opens the coach's database with the settings every part of Backstride relies on: WAL, foreign keys,
 * full fsync on commit, and an exclusive lock held for the life of the connection, so a second process
 * on the same file gets a clear refusal at once instead of waiting.
 */
export function openDatabase(file: string): Db {
  const db = new Database(file, { timeout: 0 })
  try {
    db.pragma('locking_mode = EXCLUSIVE')
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    // Take the exclusive lock now rather than at the first write.
    db.exec('BEGIN IMMEDIATE; COMMIT;')
  } catch (error) {
    db.close()
    if (isBusy(error)) throw new DatabaseInUseError(file)
    throw error
  }
  return db
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED'
}

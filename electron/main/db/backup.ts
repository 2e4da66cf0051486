import { renameSync, rmSync } from 'node:fs'
import Database from 'better-sqlite3'
import type { Db } from './connection'

/**
 * Copies a live database through SQLite's backup API (never a file copy of a WAL database) into a
 * temporary file, checks the copy, turns it into a single self-contained file, and only then gives it
 * its final name. A failed backup leaves no file that looks like a good one.
 */
export async function backupTo(db: Db, file: string): Promise<void> {
  const partial = `${file}.partial`
  try {
    await db.backup(partial)
    const copy = new Database(partial)
    try {
      copy.pragma('journal_mode = DELETE')
      const check = copy.pragma('integrity_check', { simple: true })
      if (check !== 'ok') throw new Error(`The backup copy failed its integrity check: ${String(check)}`)
    } finally {
      copy.close()
    }
    renameSync(partial, file)
  } catch (error) {
    rmSync(partial, { force: true })
    throw error
  }
}

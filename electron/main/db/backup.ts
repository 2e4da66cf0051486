import { renameSync, rmSync } from 'node:fs'
import Database from 'better-sqlite3'
import type { Db } from './connection'
import { contentDigest, rowCounts } from './content'

/** What a verified copy holds; written next to each backup so a restore can check the file again. */
export interface BackupCheck {
  schemaVersion: number
  digest: string
  rowCounts: Record<string, number>
}

const ATTEMPTS = 3

/**
 * Copies a live database through SQLite's backup API (never a file copy of a WAL database) into a
 * temporary file, checks the copy (integrity check, then the same row counts and content digest as the
 * live data), turns it into a single self-contained file, and only then gives it its final name. A
 * failed backup leaves no file that looks like a good one.
 */
export async function backupTo(db: Db, file: string): Promise<BackupCheck> {
  const partial = `${file}.partial`
  try {
    for (let attempt = 1; ; attempt++) {
      await db.backup(partial)
      // Measured in one synchronous step with the copy's check: no write can come in between.
      const source = { digest: contentDigest(db), counts: JSON.stringify(rowCounts(db)) }
      const check = verifyCopy(partial)
      if (check.digest === source.digest && JSON.stringify(check.rowCounts) === source.counts) {
        renameSync(partial, file)
        return check
      }
      // A write landed between the copy's last page and the digest: copy again.
      rmSync(partial, { force: true })
      if (attempt >= ATTEMPTS) throw new Error('The data kept changing while it was being copied; try again.')
    }
  } catch (error) {
    rmSync(partial, { force: true })
    throw error
  }
}

function verifyCopy(file: string): BackupCheck {
  const copy = new Database(file)
  try {
    copy.pragma('journal_mode = DELETE')
    const integrity = copy.pragma('integrity_check', { simple: true })
    if (integrity !== 'ok') throw new Error(`The backup copy failed its integrity check: ${String(integrity)}`)
    return {
      schemaVersion: copy.pragma('user_version', { simple: true }) as number,
      digest: contentDigest(copy),
      rowCounts: rowCounts(copy),
    }
  } finally {
    copy.close()
  }
}

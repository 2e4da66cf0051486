// What start-up checks before Backstride opens the coach's data for writing: leftovers of killed backups and
// restores are swept, the file gets SQLite's quick check on a read-only connection, and a missing or empty
// file next to backups is a problem to show, never a new empty club.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'

export type ProblemKind = 'damaged' | 'missing' | 'empty'

export interface StartupProblem {
  kind: ProblemKind
  /** What SQLite said, for support; the coach reads the message. */
  detail: string
}

const LEFTOVER = /(\.db\.partial|^restoring-.*\.db(-journal|-wal|-shm)?|\.db\.reverting)$/

/** Removes the temp files a killed backup, export or restore leaves behind; returns what it removed. */
export function sweepLeftovers(folders: string[]): string[] {
  const removed: string[] = []
  for (const folder of folders) {
    if (!existsSync(folder)) continue
    for (const name of readdirSync(folder)) {
      if (!LEFTOVER.test(name)) continue
      rmSync(join(folder, name), { force: true })
      removed.push(join(folder, name))
    }
  }
  return removed
}

/** `PRAGMA quick_check` on a read-only connection: null when the file is sound, else what is wrong. */
export function quickCheck(file: string): string | null {
  let db: Database.Database | undefined
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, timeout: 0 })
    const rows = db.pragma('quick_check') as { quick_check: string }[]
    const found = rows.map((row) => row.quick_check)
    return found.length === 1 && found[0] === 'ok' ? null : found.slice(0, 3).join('; ')
  } catch (error) {
    const code = (error as { code?: unknown }).code
    // Held by another Backstride: not damage; openDatabase says so in its own words.
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return null
    return error instanceof Error ? error.message : String(error)
  } finally {
    db?.close()
  }
}

/** The problem with the database file at start, if any; `hasBackups` says whether backups sit beside it. */
export function startupProblem(file: string, hasBackups: boolean): StartupProblem | null {
  if (!existsSync(file)) return hasBackups ? { kind: 'missing', detail: 'no database file' } : null
  if (statSync(file).size === 0 && !existsSync(`${file}-wal`))
    return hasBackups ? { kind: 'empty', detail: 'the database file is 0 bytes' } : null
  const damage = quickCheck(file)
  return damage === null ? null : { kind: 'damaged', detail: damage }
}

export function problemMessage(problem: StartupProblem, file: string): string {
  switch (problem.kind) {
    case 'damaged':
      return (
        `Backstride’s data file (${file}) is damaged, so it was not opened: nothing in it was changed. ` +
        'It is kept as it is while you choose what to do.'
      )
    case 'missing':
      return (
        `Backstride’s data file (${file}) is missing, but there are backups beside it. ` +
        'Backstride did not start an empty club in its place.'
      )
    case 'empty':
      return (
        `Backstride’s data file (${file}) is empty (0 bytes), but there are backups beside it. ` +
        'Backstride did not start an empty club in its place.'
      )
  }
}

export type Verdict = 'ok' | 'damaged' | 'skipped'

/** Runs `check` once, `afterMs` from now (never when null); `stop` settles it as skipped. */
export function scheduleCheck(afterMs: number | null, check: () => Promise<Verdict>) {
  let timer: ReturnType<typeof setTimeout> | undefined
  let settle: (verdict: Verdict) => void = () => undefined
  const done = new Promise<Verdict>((resolve) => {
    settle = resolve
    if (afterMs === null) return resolve('skipped')
    timer = setTimeout(() => void check().then(resolve), afterMs)
    // A pending check never keeps the process alive.
    timer.unref()
  })
  return {
    done,
    stop: () => {
      clearTimeout(timer)
      settle('skipped')
    },
  }
}

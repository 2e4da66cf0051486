// Opens the coach's data and builds everything that answers the renderer. Plain Node: the Electron
// entry, the tests, the e2e harness and the benchmark all start Backstride's back end through here.
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Emit } from '#shared/serverEvents'
import type { BackupInfo, RecoveryResult, RecoveryStatus, RestoreResult } from '#shared/transfer'
import { openDatabase, type Db } from './db/connection'
import { loadMigrations, migrate, type Migration } from './db/migrate'
import { rowCounts } from './db/content'
import { createRepositories, type Repositories } from './db/repositories'
import { createDispatcher, type Dispatch } from './ipc/dispatcher'
import { createHandlers } from './services'
import { prepareRestore } from './services/backup/restore'
import { backupService, type BackupService } from './services/backup/service'
import { stamp } from './services/backup/names'
import { AppError } from './services/errors'
import { jobRegistry } from './services/import/jobs'
import { createPrintPort, type PrintAdapter } from './services/programs/printPort'
import type { Dialogs, Shell, TransferHost } from './services/transfer/host'
import { scheduleCheck, startupProblem, sweepLeftovers, type Verdict } from './startup/health'
import {
  recoveryFor,
  recoveryModeHandlers,
  restoreOffered,
  shownBackup,
  sidecarCounts,
  type Recovery,
  type RecoveryPlace,
} from './startup/recovery'
import { putBack, swapInto } from './startup/swap'
import { grantRegistry, type GrantRegistry } from './grants'

export const DATABASE_FILE = 'backstride.db'
/** How long after start the full integrity check runs, so it never delays the first screen. */
export const INTEGRITY_CHECK_AFTER_MS = 3000

export interface Backend {
  /** The live connection; a restore replaces it, so read it from here each time. Throws during recovery. */
  readonly db: Db
  readonly repos: Repositories
  /** Always answers with the live handlers, before and after a restore. */
  dispatch: Dispatch
  dataDir: string
  databaseFile: string
  backups: BackupService
  /** What keeps the data from opening (the recovery screen shows it); null when the data is open. */
  readonly recovery: RecoveryStatus['problem']
  /**
   * The trusted way to grant a path (main for a drop, the e2e harness for its test files; the dialogs
   * grant their results themselves). Never reachable from a contract method.
   */
  grants: GrantRegistry
  /** Settles when the background integrity check has run ('skipped' when the back end closed first). */
  readonly integrity: Promise<Verdict>
  /** Replaces the data with a backup or a JSON export, keeping a revert copy of the current data first. */
  restore(path: string): Promise<RestoreResult>
  close(): void
}

export interface BackendOptions {
  dataDir: string
  migrationsDir: string
  log?: (message: string, error: unknown) => void
  /** Back up at start when the newest backup is more than a day old (default true). */
  startupBackup?: boolean
  /** Native file dialogs, when the Electron shell provides them. */
  dialogs?: Dialogs
  /** Quit and "Open another folder", when the Electron shell provides them. */
  shell?: Shell
  /** The shell's print window, when there is one (in the app, reached by messages to main: worker/). */
  printToPdf?: PrintAdapter['savePdf']
  /** Pushes events to the window (import and PDF progress); in the app, through main (worker/). */
  emit?: Emit
  /** Milliseconds after start for the full integrity check; null: none (default INTEGRITY_CHECK_AFTER_MS). */
  integrityCheckAfterMs?: number | null
}

export { resolveDataDir } from './data-dir'

async function openMigrated(file: string, migrations: Migration[], backups: BackupService): Promise<Db> {
  const db = openDatabase(file)
  try {
    await migrate(db, migrations, {
      // A verified copy through SQLite's backup API, never a file copy of a live WAL database.
      beforeMigrating: async (fromVersion) => {
        await backups.create('before-migration', { db, schemaVersion: fromVersion })
      },
    })
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

interface Live {
  db: Db
  repos: Repositories
  dispatch: Dispatch
}

const failureText = (error: unknown) => (error instanceof Error ? error.message : String(error))

export async function openBackend(options: BackendOptions): Promise<Backend> {
  const { dataDir } = options
  const log = options.log ?? console.error
  mkdirSync(dataDir, { recursive: true })
  const databaseFile = join(dataDir, DATABASE_FILE)
  const backupsDir = join(dataDir, 'backups')
  sweepLeftovers([dataDir, backupsDir])
  const existed = existsSync(databaseFile)
  const migrations = loadMigrations(options.migrationsDir)
  let live: Live | null = null
  let recovery: Recovery | null = null
  let closed = false
  // The live database and its journals are never granted, whatever path or link names them.
  const grants = grantRegistry(() => ['', '-wal', '-shm', '-journal'].map((suffix) => databaseFile + suffix))
  const backups = backupService({
    grant: (path) => grants.add(path)?.grant ?? '',
    dir: backupsDir,
    db: () => {
      if (!live) throw new AppError('recovery', 'Backstride’s data is not open.')
      return live.db
    },
    log,
  })
  const place: RecoveryPlace = { dataDir, databaseFile, migrations, backups }
  const shell = options.shell ?? null
  const emit: Emit = options.emit ?? (() => undefined)

  const host: TransferHost = {
    jobs: jobRegistry(),
    grants,
    backups,
    restore: (path) => restore(path),
    dialogs: options.dialogs ?? null,
    print: createPrintPort(emit),
    emit,
    log,
    recovery: {
      status: () => ({
        problem: recovery?.problem ?? null,
        backup: shownBackup(recovery?.backup),
        shell: shell !== null,
      }),
      restore: () => recover(),
      openFolder: async () => {
        if (!shell) throw new AppError('unavailable', 'Opening another folder needs the Backstride desktop app.')
        return { chosen: await shell.openAnotherFolder() }
      },
      quit: () => {
        if (!shell) throw new AppError('unavailable', 'Close this window to quit.')
        shell.quit()
        return { quitting: true }
      },
    },
  }
  if (options.printToPdf) host.print.register({ savePdf: options.printToPdf })
  const location = { dataDir, databaseFile }
  const build = (connection: Db): Live => {
    try {
      const repos = createRepositories(connection)
      return { db: connection, repos, dispatch: createDispatcher(createHandlers(repos, location, host), log, dataDir) }
    } catch (error) {
      connection.close()
      throw error
    }
  }
  const recoveryDispatch = createDispatcher(
    recoveryModeHandlers(host, () => recovery),
    log,
    dataDir,
  )

  async function openLive(backupAtStart: boolean): Promise<void> {
    live = build(await openMigrated(databaseFile, migrations, backups))
    if (!backupAtStart || options.startupBackup === false) return
    try {
      // Quick when a backup less than a day old exists: one folder listing.
      await backups.ensureRecent()
    } catch (error) {
      // The coach's data opened fine; a failed safety copy must not keep the app from starting.
      log('the start-up backup failed', error)
    }
  }

  const problem = startupProblem(databaseFile, backups.list().backups.length > 0)
  if (problem) recovery = await recoveryFor(problem, place)
  else await openLive(existed)

  async function recover(): Promise<RecoveryResult> {
    if (!recovery) throw new AppError('conflict', 'Backstride’s data is open and sound: there is nothing to recover.')
    if (!recovery.backup) throw new AppError('not_found', 'There is no verified backup to restore.')
    const restoredFrom = recovery.backup.path
    const keptAside = await restoreOffered(recovery, place)
    await openLive(false)
    recovery = null
    return { restoredFrom, keptAside, counts: rowCounts(current().db) }
  }

  const current = (): Live => {
    if (!live) throw new AppError('recovery', recovery?.problem.message ?? 'Backstride’s data is not open.')
    return live
  }

  async function restore(path: string): Promise<RestoreResult> {
    const tmp = join(dataDir, `restoring-${stamp(new Date())}.db`)
    try {
      await prepareRestore(path, { tmp, migrations, currentFile: databaseFile })
      const revertCopy = await backups.create('before-restore', { db: current().db })
      // From here to the new services everything is synchronous: no request reaches a closed connection.
      current().db.close()
      live = null
      try {
        swapInto(tmp, databaseFile)
        live = build(openDatabase(databaseFile))
      } catch (error) {
        log('the restore failed after the swap; putting the data back', error)
        throw revert(revertCopy, error)
      }
      return { restoredFrom: path, revertCopy, counts: rowCounts(live.db) }
    } finally {
      rmSync(tmp, { force: true })
    }
  }

  /** All or nothing: after a failed swap the before-restore copy goes back in the live file's place. */
  function revert(revertCopy: BackupInfo, cause: unknown): AppError {
    const copy = revertCopy.path
    try {
      putBack(copy, databaseFile)
      live = build(openDatabase(databaseFile))
      return new AppError(
        'internal',
        `The restore failed (${failureText(cause)}), so your data was put back exactly as it was before it. ` +
          `A copy of that data is also kept at ${copy}.`,
      )
    } catch (again) {
      log('putting the data back after a failed restore failed', again)
      recovery = {
        problem: {
          kind: 'damaged',
          message:
            `The restore failed and your data could not be put back automatically (${failureText(again)}). ` +
            `Your data as it was before the restore is safe in ${copy}.`,
          file: databaseFile,
        },
        // The copy was verified when it was made: the recovery screen offers it.
        backup: { name: revertCopy.name, path: copy, createdAt: revertCopy.createdAt, counts: sidecarCounts(copy) },
      }
      return new AppError('recovery', recovery.problem.message)
    }
  }

  const after = options.integrityCheckAfterMs === undefined ? INTEGRITY_CHECK_AFTER_MS : options.integrityCheckAfterMs
  const check = scheduleCheck(live ? after : null, () => fullCheck())

  /** The full integrity check, on the live connection (its exclusive lock keeps others out). */
  async function fullCheck(): Promise<Verdict> {
    if (closed || !live) return 'skipped'
    let found: string
    try {
      const rows = live.db.pragma('integrity_check') as { integrity_check: string }[]
      found = rows.map((r) => r.integrity_check).join('; ')
    } catch (error) {
      found = failureText(error)
    }
    if (found === 'ok') return 'ok'
    log('the background integrity check failed', new Error(found))
    // Damaged: stop writing to it at once and show the recovery screen.
    for (const job of host.jobs.running()) job.cancelRequested = true
    live.db.close()
    live = null
    recovery = await recoveryFor({ kind: 'damaged', detail: found }, place)
    return 'damaged'
  }

  return {
    get db() {
      return current().db
    },
    get repos() {
      return current().repos
    },
    get recovery() {
      return recovery?.problem ?? null
    },
    integrity: check.done,
    grants,
    dispatch: (method, payload) => (live ? live.dispatch(method, payload) : recoveryDispatch(method, payload)),
    dataDir,
    databaseFile,
    backups,
    restore,
    close: () => {
      closed = true
      check.stop()
      // Running jobs stop at their next turn and find the connection closed; they write nothing more.
      for (const job of host.jobs.running()) job.cancelRequested = true
      if (live?.db.open) live.db.close()
    },
  }
}

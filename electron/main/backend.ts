// Opens the coach's data and builds everything that answers the renderer. Plain Node: the Electron
// entry, the tests, the e2e harness and the benchmark all start Backstride's back end through here.
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { openDatabase, type Db } from './db/connection'
import { loadMigrations, migrate, type Migration } from './db/migrate'
import { rowCounts } from './db/content'
import { createRepositories, type Repositories } from './db/repositories'
import { createDispatcher, type Dispatch } from './ipc/dispatcher'
import { createHandlers } from './services'
import { prepareRestore } from './services/backup/restore'
import { backupService, type BackupService } from './services/backup/service'
import { stamp } from './services/backup/names'
import { jobRegistry } from './services/import/jobs'
import type { Dialogs, TransferHost } from './services/transfer/host'
import type { RestoreResult } from '#shared/transfer'

export const DATABASE_FILE = 'backstride.db'

export interface Backend {
  /** The live connection; a restore replaces it, so read it from here each time. */
  readonly db: Db
  readonly repos: Repositories
  /** Always answers with the live handlers, before and after a restore. */
  dispatch: Dispatch
  dataDir: string
  databaseFile: string
  backups: BackupService
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
}

/** Where the data lives: BACKSTRIDE_DATA_DIR when set, otherwise the platform's user-data folder. */
export function resolveDataDir(env: NodeJS.ProcessEnv, userDataDir: string): string {
  const override = env.BACKSTRIDE_DATA_DIR?.trim()
  return override ? override : userDataDir
}

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

export async function openBackend(options: BackendOptions): Promise<Backend> {
  const { dataDir } = options
  const log = options.log ?? console.error
  mkdirSync(dataDir, { recursive: true })
  const databaseFile = join(dataDir, DATABASE_FILE)
  const existed = existsSync(databaseFile)
  const migrations = loadMigrations(options.migrationsDir)
  let db: Db | null = null
  const backups = backupService({
    dir: join(dataDir, 'backups'),
    db: () => {
      if (!db) throw new Error('The database is not open.')
      return db
    },
    log,
  })
  db = await openMigrated(databaseFile, migrations, backups)
  if (existed && options.startupBackup !== false) {
    try {
      // Quick when a backup less than a day old exists: one folder listing.
      await backups.ensureRecent()
    } catch (error) {
      // The coach's data opened fine; a failed safety copy must not keep the app from starting.
      log('the start-up backup failed', error)
    }
  }

  const host: TransferHost = {
    jobs: jobRegistry(),
    backups,
    restore: (path) => restore(path),
    dialogs: options.dialogs ?? null,
    log,
  }
  const location = { dataDir, databaseFile }
  const build = (connection: Db) => {
    const repos = createRepositories(connection)
    return { db: connection, repos, dispatch: createDispatcher(createHandlers(repos, location, host), log) }
  }
  let live = build(db)

  async function restore(path: string): Promise<RestoreResult> {
    const tmp = join(dataDir, `restoring-${stamp(new Date())}.db`)
    try {
      await prepareRestore(path, { tmp, migrations, currentFile: databaseFile })
      const revertCopy = await backups.create('before-restore', { db: live.db })
      // From here to the reopen everything is synchronous: no request can reach a closed connection.
      live.db.close()
      try {
        rmSync(`${databaseFile}-wal`, { force: true })
        rmSync(`${databaseFile}-shm`, { force: true })
        renameSync(tmp, databaseFile)
        db = openDatabase(databaseFile)
      } catch (error) {
        // Put the data back as it was: the revert copy was verified a moment ago.
        copyFileSync(revertCopy.path, databaseFile)
        db = openDatabase(databaseFile)
        live = build(db)
        throw error
      }
      live = build(db)
      return { restoredFrom: path, revertCopy, counts: rowCounts(db) }
    } finally {
      rmSync(tmp, { force: true })
    }
  }

  return {
    get db() {
      return live.db
    },
    get repos() {
      return live.repos
    },
    dispatch: (method, payload) => live.dispatch(method, payload),
    dataDir,
    databaseFile,
    backups,
    restore,
    close: () => {
      // Running jobs stop at their next turn and find the connection closed; they write nothing more.
      for (const job of host.jobs.running()) job.cancelRequested = true
      if (live.db.open) live.db.close()
    },
  }
}

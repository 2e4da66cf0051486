// Opens the coach's data and builds everything that answers the renderer. Plain Node: the Electron
// entry, the tests, the e2e harness and the benchmark all start Backstride's back end through here.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { backupTo } from './db/backup'
import { openDatabase, type Db } from './db/connection'
import { loadMigrations, migrate } from './db/migrate'
import { createRepositories, type Repositories } from './db/repositories'
import { createDispatcher, type Dispatch } from './ipc/dispatcher'
import { createHandlers } from './services'

export const DATABASE_FILE = 'backstride.db'

export interface Backend {
  db: Db
  repos: Repositories
  dispatch: Dispatch
  dataDir: string
  databaseFile: string
  close(): void
}

export interface BackendOptions {
  dataDir: string
  migrationsDir: string
  log?: (message: string, error: unknown) => void
}

/** Where the data lives: BACKSTRIDE_DATA_DIR when set, otherwise the platform's user-data folder. */
export function resolveDataDir(env: NodeJS.ProcessEnv, userDataDir: string): string {
  const override = env.BACKSTRIDE_DATA_DIR?.trim()
  return override ? override : userDataDir
}

function stamp(date = new Date()): string {
  return date.toISOString().replace(/[:.]/g, '-')
}

export async function openBackend(options: BackendOptions): Promise<Backend> {
  const { dataDir } = options
  mkdirSync(dataDir, { recursive: true })
  const databaseFile = join(dataDir, DATABASE_FILE)
  const db = openDatabase(databaseFile)
  try {
    await migrate(db, loadMigrations(options.migrationsDir), {
      // A copy through SQLite's backup API, never a file copy of a live WAL database.
      beforeMigrating: async (fromVersion) => {
        const dir = join(dataDir, 'backups')
        mkdirSync(dir, { recursive: true })
        await backupTo(db, join(dir, `before-migration-v${String(fromVersion)}-${stamp()}.db`))
      },
    })
  } catch (error) {
    db.close()
    throw error
  }
  const repos = createRepositories(db)
  const dispatch = createDispatcher(createHandlers(repos, { dataDir, databaseFile }), options.log)
  return {
    db,
    repos,
    dispatch,
    dataDir,
    databaseFile,
    close: () => {
      if (db.open) db.close()
    },
  }
}

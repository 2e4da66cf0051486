// Import, export and backups as contract handlers. What outlives one database connection (the import
// jobs, the backups folder, restore itself, the native dialogs) comes from the back end as a host, so a
// restore can swap the database and rebuild every handler while jobs and dialogs stay where they are.
import type { Unit } from '#shared/enums'
import type { FilePurpose } from '#shared/schemas/transfer'
import type { ChosenFiles, RecoveryResult, RecoveryStatus, RestoreResult } from '#shared/transfer'
import type { Repositories } from '../db/repositories'
import type { AthleteService } from './athletes'
import { backupService, type BackupService } from './backup/service'
import { AppError } from './errors'
import { exportService } from './export/service'
import { jobRegistry, type JobRegistry } from './import/jobs'
import { importService } from './import/service'
import type { DataLocation } from './settings'
import { join } from 'node:path'
import { grantRegistry, type GrantRegistry } from '../grants'
import { scanGranted, resolveRequest, exportFolder } from './import/granted'
import type { MethodName, MethodOutput, MethodParsed } from '#shared/contract'

/** Native open dialogs, answered by the Electron shell (electron/main/dialogs.ts); absent elsewhere. */
export interface Dialogs {
  choose(purpose: FilePurpose): Promise<string[]>
}

/** What only the desktop shell can do for the recovery screen. */
export interface Shell {
  quit(): void
  /** Asks for another data folder and restarts Backstride on it; false when the coach cancelled. */
  openAnotherFolder(): Promise<boolean>
}

export interface RecoveryHost {
  status(): RecoveryStatus
  restore(): Promise<RecoveryResult>
  openFolder(): Promise<{ chosen: boolean }>
  quit(): { quitting: boolean }
}

export interface TransferHost {
  jobs: JobRegistry
  /** Turns the renderer's grant ids into real paths; dialog results are granted through it. */
  grants: GrantRegistry
  backups: BackupService
  restore(path: string): Promise<RestoreResult>
  dialogs: Dialogs | null
  log: (message: string, error: unknown) => void
  recovery: RecoveryHost
}

type TransferMethod = Extract<MethodName, `${'files' | 'import' | 'export' | 'backups' | 'recovery'}.${string}`>
type TransferHandlers = {
  [M in TransferMethod]: (input: MethodParsed<M>) => MethodOutput<M> | Promise<MethodOutput<M>>
}

const unavailable = () => Promise.reject(new AppError('conflict', 'Recovery is not available here.'))

/** A host for handlers built on their own (tests of single services): no restore, no dialogs. */
export function standaloneHost(
  repos: Repositories,
  location: DataLocation,
  grants: GrantRegistry = grantRegistry(() => [location.databaseFile]),
): TransferHost {
  return {
    jobs: jobRegistry(),
    grants,
    backups: backupService({
      dir: join(location.dataDir, 'backups'),
      db: () => repos.db,
      grant: (path) => grants.add(path)?.grant ?? '',
    }),
    restore: () => Promise.reject(new AppError('conflict', 'Restoring is not available here.')),
    dialogs: null,
    log: console.error,
    recovery: {
      status: () => ({ problem: null, backup: null, shell: false }),
      restore: unavailable,
      openFolder: unavailable,
      quit: () => ({ quitting: false }),
    },
  }
}

export function transferHandlers(
  repos: Repositories,
  athletes: AthleteService,
  location: DataLocation,
  host: TransferHost,
): TransferHandlers {
  const units = (): Unit => (repos.settings.get('units') === 'mi' ? 'mi' : 'km')
  const imports = importService({ repos: () => repos, athletes, jobs: host.jobs, unit: units, log: host.log })
  const exports = exportService({ db: () => repos.db, dataDir: location.dataDir })

  return {
    'files.choose': async ({ purpose }): Promise<ChosenFiles> => {
      if (!host.dialogs) return { available: false, files: [] }
      // A dialog result is the coach's choice: the one place besides a drop where a grant is issued.
      const paths = await host.dialogs.choose(purpose)
      return { available: true, files: paths.map((path) => host.grants.add(path)).filter((f) => f !== null) }
    },

    'import.scan': ({ grants }) => scanGranted(host.grants, grants, imports.scan),
    'import.columns': ({ grant }) => imports.columns(host.grants.resolve(grant, 'file', 'grant')),
    'import.preview': (request) => imports.preview(resolveRequest(host.grants, request)),
    'import.start': (request) => imports.start(resolveRequest(host.grants, request)),
    'import.status': ({ jobId, from }) => imports.status(jobId, from),
    'import.cancel': ({ jobId }) => imports.cancel(jobId),
    'import.unrated': ({ jobId }) => imports.unrated(jobId),

    'export.csv': ({ groupId, folder }) => exports.csv({ groupId, folder: exportFolder(host.grants, folder) }),
    'export.json': ({ groupId, folder }) => exports.json({ groupId, folder: exportFolder(host.grants, folder) }),

    'backups.list': () => host.backups.list(),
    'backups.create': () => host.backups.create('manual'),
    'backups.restore': ({ grant }) => {
      const path = host.grants.resolve(grant, 'file', 'grant')
      if (imports.busy()) {
        throw new AppError('conflict', 'An import is running. Wait for it to finish or cancel it, then restore.')
      }
      return host.restore(path)
    },

    'recovery.status': () => host.recovery.status(),
    'recovery.restore': () => host.recovery.restore(),
    'recovery.openFolder': () => host.recovery.openFolder(),
    'recovery.quit': () => host.recovery.quit(),
  }
}

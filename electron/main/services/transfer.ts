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
export function standaloneHost(repos: Repositories, location: DataLocation): TransferHost {
  return {
    jobs: jobRegistry(),
    backups: backupService({ dir: join(location.dataDir, 'backups'), db: () => repos.db }),
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
    'files.choose': async ({ purpose }): Promise<ChosenFiles> =>
      host.dialogs ? { available: true, paths: await host.dialogs.choose(purpose) } : { available: false, paths: [] },

    'import.scan': ({ paths }) => imports.scan(paths),
    'import.columns': ({ path }) => imports.columns(path),
    'import.preview': (request) => imports.preview(request),
    'import.start': (request) => imports.start(request),
    'import.status': ({ jobId, from }) => imports.status(jobId, from),
    'import.cancel': ({ jobId }) => imports.cancel(jobId),
    'import.unrated': ({ jobId }) => imports.unrated(jobId),

    'export.csv': (request) => exports.csv(request),
    'export.json': (request) => exports.json(request),

    'backups.list': () => host.backups.list(),
    'backups.create': () => host.backups.create('manual'),
    'backups.restore': ({ path }) => {
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

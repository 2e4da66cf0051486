// Import, export and backups as contract handlers. What outlives one database connection (the import
// jobs, the backups folder, restore itself, the shell's dialogs and print port) comes from the back end as
// a host, so a restore can swap the database and rebuild every handler while these stay where they are.
import type { Unit } from '#shared/enums'
import type { FilePurpose } from '#shared/schemas/transfer'
import type { ChosenFiles, RestoreResult } from '#shared/transfer'
import type { Repositories } from '../db/repositories'
import type { AthleteService } from './athletes'
import { backupService, type BackupService } from './backup/service'
import { AppError } from './errors'
import { exportService } from './export/service'
import { jobRegistry, type JobRegistry } from './import/jobs'
import { importService } from './import/service'
import { createPrintPort, type PrintAdapter, type PrintPort } from './programs/printPort'
import type { DataLocation } from './settings'
import { join } from 'node:path'
import type { MethodName, MethodOutput, MethodParsed } from '#shared/contract'

/** Native open dialogs, answered by the Electron shell (electron/main/dialogs.ts); absent elsewhere. */
export interface Dialogs {
  choose(purpose: FilePurpose): Promise<string[]>
}

/**
 * What the back end asks of the desktop shell: its native dialogs and its print window. The one way
 * from the back end to the shell; in the app it is answered by messages to the main process
 * (electron/main/worker/), elsewhere it is absent and the methods say so.
 */
export interface ShellPort {
  dialogs: Dialogs
  printToPdf: PrintAdapter['savePdf']
}

export interface TransferHost {
  jobs: JobRegistry
  backups: BackupService
  restore(path: string): Promise<RestoreResult>
  dialogs: Dialogs | null
  print: PrintPort
  log: (message: string, error: unknown) => void
}

type TransferMethod = Extract<MethodName, `${'files' | 'import' | 'export' | 'backups'}.${string}`>
type TransferHandlers = {
  [M in TransferMethod]: (input: MethodParsed<M>) => MethodOutput<M> | Promise<MethodOutput<M>>
}

/** A host for handlers built on their own (tests of single services): no restore, no dialogs. */
export function standaloneHost(repos: Repositories, location: DataLocation): TransferHost {
  return {
    jobs: jobRegistry(),
    backups: backupService({ dir: join(location.dataDir, 'backups'), db: () => repos.db }),
    restore: () => Promise.reject(new AppError('conflict', 'Restoring is not available here.')),
    dialogs: null,
    print: createPrintPort(),
    log: console.error,
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
  }
}
